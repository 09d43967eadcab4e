/** The reference for the HTTP benchmark: a bare Hono route on the same Node adapter, nothing else. */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.post('/bare', async (c) => c.json({ ok: true, echo: ((await c.req.json()) as { text?: string }).text ?? '' }));
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`Stadtlotse is running at http://127.0.0.1:${info.port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
