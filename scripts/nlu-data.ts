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

export function readJsonl(path: string): LabelledRow[] {
  const rows: LabelledRow[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = rowSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid row'}`);
      rows.push(parsed.data);
    });
  return rows;
}
