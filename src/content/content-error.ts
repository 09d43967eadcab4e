import type { ContentProblem } from './model.js';

/** Invalid content: start-up stops and prints every problem with file, path and reason. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.reason}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
