import { describe, expect, it } from 'vitest';
import { heldOutResults } from '../../bench/nlu-heldout.js';

describe('the Düren content NLU on held-out citizen messages', () => {
  it('keeps every held-out file above a floor a few points under the measured figures', async () => {
    const results = Object.fromEntries((await heldOutResults('.')).map((r) => [r.file, r]));
    const share = (file: string): number => {
      const r = results[file];
      if (!r || r.total === 0) throw new Error(`${file}: no held-out lines`);
      return r.right / r.total;
    };
    // Measured 63/63, 66/66, 222/228 (0.974), 319/325 (0.982), 68/100 near-misses, blind2-de 115/120 and 113/118,
    // blind2-mixed 119/119 and 116/118; blind3-a 110/111 and 111/114, blind3-b 112/114 and 111/114, courtesy
    // 56/58 and 55/56, split-words 50/50 and 50/50, blind4 119/123 and 113/122, blind5 109/113 and 107/115,
    // blind6 119/122 and 117/123, small-talk 60/65 and 63/65, two-questions 79/80 and 80/80 (either topic first); other seeds move each by 1-3 lines (docs/benchmarks.md).
    expect(share('test/contract/examples.tsv')).toBe(1);
    expect(share('test/nlu/data/in-scope.tsv')).toBeGreaterThanOrEqual(0.95);
    // Its test rows are the blind half (190/194 and 33/34 measured).
    expect(share('test/nlu/data/out-of-scope.tsv (dev half)')).toBeGreaterThanOrEqual(0.93);
    expect(share('test/nlu/data/out-of-scope.tsv (blind half)')).toBeGreaterThanOrEqual(0.9);
    expect(share('test/nlu/data/blind.tsv')).toBeGreaterThanOrEqual(0.94);
    expect(share('test/nlu/data/near-miss.tsv')).toBeGreaterThanOrEqual(0.6);
    for (const half of ['dev', 'blind']) {
      expect(share(`test/nlu/data/blind2-de.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.9);
      expect(share(`test/nlu/data/blind2-mixed.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.93);
      expect(share(`test/nlu/data/blind3-a.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.93);
      expect(share(`test/nlu/data/blind3-b.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.92);
      // Without reading the request inside greetings and thanks (src/nlu/courtesy.ts) this was 0.82 and 0.92.
      expect(share(`test/nlu/data/courtesy.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.93);
      // Without joining words written apart ("wohn geld", Lexicon.joinSplitCompounds) this was 0.86 and 0.93.
      expect(share(`test/nlu/data/split-words.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.94);
      // Without the profile's regional words (src/nlu/regional.ts) this was 0.94 and 0.89.
      expect(share(`test/nlu/data/blind4.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.9);
      // Without reading past ruled-out alternatives ("keinen Termin, sondern ...", src/nlu/contrast.ts) and the two
      // synonym edits of revision 8, this was 0.95 and 0.93 (means of seeds 1-3: 107.0/113, 107.3/115).
      expect(share(`test/nlu/data/blind5.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.9);
      expect(share(`test/nlu/data/blind6.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.92);
      expect(share(`test/nlu/data/small-talk.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.88);
      expect(share(`test/nlu/data/two-questions.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.93);
      // Written after revision 12 and measured once before any edit: 90/91 and 113/115, 93/93 and 119/127, 120/124 and 117/121.
      expect(share(`test/nlu/data/blind7-de.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.94);
      expect(share(`test/nlu/data/blind7-mixed.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.9);
      expect(share(`test/nlu/data/blind8-mixed.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.92);
      // Written in revision 17, measured once before any edit (means of seeds 1-3): 138.3/143 and 135.7/136, 142.7/148 and 134.3/139.
      expect(share(`test/nlu/data/blind9-de.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.93);
      expect(share(`test/nlu/data/blind9-mixed.tsv (${half} half)`)).toBeGreaterThanOrEqual(0.92);
    }
    // content:check rejects examples that copy a held-out line; this catches a copy that differs only in case or punctuation.
    for (const r of Object.values(results)) expect(r.overlap, r.file).toBe(0);
  });
});
