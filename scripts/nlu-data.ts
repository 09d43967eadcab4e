/** Reads labelled utterances (JSONL: {"text", "intent", "split", "corpus"?}) for the NLU CLI and benchmark. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const rowSchema = z.object({
  text: z.string().min(1),
  intent: z.string().min(1),
  split: z.string().optional(),
  corpus: z.string().optional(),
});

export type LabelledRow = z.infer<typeof rowSchema>;

/** A data file that cannot be read or has a bad line: the message names the file, the line and the field. */
export class DataFileError extends Error {
  override readonly name = 'DataFileError';
}

export function readJsonl(path: string): LabelledRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataFileError(`${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))})`, { cause: error });
  }
  const rows: LabelledRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new DataFileError(`${path}:${i + 1}: not a JSON object (${(error as Error).message})`, { cause: error });
    }
    const parsed = rowSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'row';
      throw new DataFileError(`${path}:${i + 1}: field "${field}": ${issue?.message ?? 'invalid row'}`);
    }
    rows.push(parsed.data);
  });
  return rows;
}
