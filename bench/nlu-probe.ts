/**
 * What the trained Düren NLU makes of a few messages: detected language and the top three intents with their
 * calibrated confidence (after the out-of-scope gate). For content editors checking short or tricky queries.
 * Usage: npx tsx bench/nlu-probe.ts "Umzug" "my bin was stolen" ...
 */
import { trainNlu } from '../src/nlu/index.js';
import { loadBenchContent } from './nlu-content.js';

const { content } = await loadBenchContent('.');
const nlu = trainNlu(content);
for (const text of process.argv.slice(2)) {
  const result = nlu.rank(text);
  const top = result.intents.slice(0, 3).map((i) => `${i.id} ${i.confidence.toFixed(2)}`);
  console.log(`${text.padEnd(40)} ${result.language}  ${top.join('  ')}`);
}
