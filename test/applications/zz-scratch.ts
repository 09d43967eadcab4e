import { harness } from './harness.js';
const scripts: Record<string, string[]> = JSON.parse(process.argv[2] ?? '{}');
for (const [name, lines] of Object.entries(scripts)) {
  const h = await harness();
  console.log(`=== ${name}`);
  for (const line of lines) {
    const reply = await h.send(line);
    console.log(`> ${line}\n${reply}\n   [dialog=${JSON.stringify(h.last.dialog)} sugg=${JSON.stringify(h.last.replies.at(-1)?.suggestions?.map((s) => s.value))} intent=${h.last.intent?.id}]`);
  }
}
