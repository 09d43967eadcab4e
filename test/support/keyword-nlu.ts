/**
 * A deterministic test double for the NLU port: the first intent whose keyword occurs in the text
 * wins. HTTP and pipeline tests use it so they test routing and storage, not classification.
 */
import type { Nlu } from '../../src/core/ports.js';
import { prepareText } from '../../src/nlu/features.js';
import { sentenceLanguage } from '../../src/nlu/language.js';

export function keywordNlu(keywords: Record<string, string[]>): Nlu {
  return {
    parse(text, options) {
      const lower = text.toLowerCase();
      const hit = Object.entries(keywords).find(([, words]) => words.some((word) => lower.includes(word)));
      const language = options?.locale ?? (/\b(the|my|is|how|what)\b/.test(lower) ? 'en' : 'de');
      const written = sentenceLanguage(prepareText(text).folded);
      return {
        ...(written ? { sentenceLanguage: written } : {}),
        intents: hit ? [{ id: hit[0], confidence: 0.9 }, { id: 'unknown', confidence: 0.1 }] : [{ id: 'unknown', confidence: 0.8 }],
        entities: [],
        language,
      };
    },
  };
}
