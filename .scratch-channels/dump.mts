import { loadContentFromDisk } from '/work/main/src/runtime/node/content-fs.js';
import { answerText } from '/work/main/src/core/answer.js';
const c = await loadContentFromDisk('/work/main', { profile: 'dueren' });
for (const i of c.intents) for (const [l, p] of [['de', false], ['en', false], ['de', true]] as const) { const t = answerText(i, l, p); if (t) console.log(`${i.id}/${l}${p?'/plain':''}: ${t}`); }
