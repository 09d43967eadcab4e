import { loadContentFromDisk } from '/work/main/src/runtime/node/content-fs.js';
import { answerText } from '/work/main/src/core/answer.js';
import { toSsml } from '/work/main/src/core/ssml.js';
const c = await loadContentFromDisk('/work/main', { profile: 'dueren' });
for (const id of ['buergerbuero_info', 'ausweis_verloren', 'hundesteuer']) { const i = c.intents.find((x) => x.id === id)!; for (const l of ['de', 'en'] as const) console.log(toSsml(answerText(i, l, false)!, l), '\n'); }
