/**
 * Fuzzing the composed app (as `npm start` builds it, on an in-memory database) with thousands of hostile
 * requests against every public route it registers: none may fail with a 5xx, every client error is JSON
 * naming the field, replies' SSML stays ours, nothing is polluted, and the server still works afterwards.
 * Deterministic: one fixed seed, no timing assertions.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composedApp, type ComposedApp } from '../support/composed-app.js';
import { ATTACK_STRINGS, hostileContentType, hostileHeaders, hostileString, malformedBody, mutatedBody, PATH_ATTACKS } from './hostile-inputs.js';
import { responseProblems, type Problem } from './response-checks.js';

const SEED = 20_260_611;
const MIN_REQUESTS = 2000;

interface Route {
  method: string;
  path: string;
}

/** Valid bodies of the JSON routes; unknown POST routes get a chat-like body. */
function validBodies(conversationId: string, serviceUrl: string): Record<string, Record<string, unknown>> {
  return {
    '/api/chat': { conversationId, text: 'Hallo', locale: 'de', plainLanguage: false },
    '/api/nlu/parse': { text: 'Was kostet ein Personalausweis?', locale: 'de' },
    '/api/feedback': { conversationId, rating: 'up', intent: 'personalausweis', seq: 1 },
    '/api/wohngeld/estimate': { members: 2, rent: 600, countedIncome: 1500 },
    '/api/resume': { code: 'ABCD-EFGH' },
    '/api/voice/turn': { conversationId, text: 'Hallo', locale: 'de' },
    '/api/messages': { type: 'message', text: 'Hallo', from: { id: 'u1' }, conversation: { id: 'c1' }, channelId: 'emulator', serviceUrl },
  };
}

/** Public routes as registered on the app; staff routes are fuzzed too (they must answer 401, not fail). */
function publicRoutes(app: ComposedApp): Route[] {
  const seen = new Map<string, Route>();
  for (const route of app.node.app.routes) {
    if (route.path === '/*' || route.path === '*') continue;
    const methods = route.method === 'ALL' ? ['GET', 'POST'] : [route.method];
    for (const method of methods) seen.set(`${method} ${route.path}`, { method, path: route.path });
  }
  return [...seen.values()];
}

/** encodeURIComponent throws on lone surrogates; a URL carries them as U+FFFD anyway. */
function encodeUri(value: string): string {
  return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
}

function fillPath(path: string, values: string[]): string {
  let i = 0;
  return path.replace(/:[A-Za-z_]+(\{[^}]*\})?\??|\*/g, () => values[i++ % values.length] ?? 'x');
}

describe('hostile requests against the composed app', () => {
  let app: ComposedApp;
  const conversations: string[] = [];
  // A local stand-in for the Bot Framework Emulator, so that /api/messages can deliver its replies.
  let emulator: Server;
  let serviceUrl = '';

  beforeAll(async () => {
    emulator = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1"}'));
    });
    await new Promise<void>((resolve) => emulator.listen(0, '127.0.0.1', resolve));
    serviceUrl = `http://127.0.0.1:${(emulator.address() as AddressInfo).port}`;
    app = await composedApp();
    // Conversations in every dialog, so hostile text reaches the dialog engine and not only the FAQ.
    const starts = ['Hallo', ...app.node.content().dialogs.flatMap((d) => ((d as { trigger?: string[] }).trigger ?? []).map((intent) => `intent:${intent}`))];
    for (const start of starts) {
      const body = start.startsWith('intent:') ? { action: start } : { text: start };
      const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      conversations.push(((await res.json()) as { conversationId: string }).conversationId);
    }
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) => emulator?.close(resolve));
  });

  it(`answers ${MIN_REQUESTS}+ hostile requests without a 5xx, with JSON errors naming the field and safe SSML`, async () => {
    const routes = publicRoutes(app);
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(expect.arrayContaining(['POST /api/chat', 'POST /api/nlu/parse', 'GET /api/conversations/:id', 'POST /api/feedback', 'GET /health']));

    const pathValue = fc.oneof(
      fc.constantFrom(...PATH_ATTACKS),
      fc.constantFrom(...conversations),
      hostileString.map((s) => encodeUri(s.slice(0, 200))),
    );
    const query = fc.oneof(
      fc.constant(''),
      fc.tuple(fc.constantFrom('token', 'city', 'lang', 'code', '__proto__', 'q'), hostileString).map(([k, v]) => `?${k}=${encodeUri(v.slice(0, 300))}`),
      fc.constantFrom('?token=a&token=b', '?city=dueren', '?lang=en', '?%zz=1', '?token=%E0%A4%A'),
    );
    const conversation = fc.constantFrom(...conversations);
    const perRoute = Math.ceil(MIN_REQUESTS / routes.length) + 20;
    let sent = 0;
    const problems: Problem[] = [];
    let seed = SEED;
    const statuses = new Map<number, number>();

    // Every attack string as the text of a turn in every dialog (first, before the fuzz
    // below may delete these conversations): the replies' SSML must stay ours.
    for (const conversationId of conversations) {
      for (const text of ATTACK_STRINGS) {
        const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId, text: text.slice(0, 1000) }) });
        if (res.status === 404) problems.push({ request: `chat in ${conversationId}`, problem: 'conversation vanished' });
        problems.push(...(await responseProblems(`chat in ${conversationId}: ${text.slice(0, 60)}`, res)));
        sent += 1;
      }
    }

    for (const route of routes) {
      const isBodyRoute = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
      const n = route.path === '/api/chat' ? perRoute * 4 : perRoute;
      const cases = fc.sample(
        fc.record({
          pathValues: fc.array(pathValue, { minLength: 1, maxLength: 3 }),
          query,
          headers: hostileHeaders,
          contentType: hostileContentType,
          conversationId: conversation,
          kind: fc.constantFrom('mutated', 'mutated', 'mutated', 'malformed'),
          mutationSeed: fc.integer(),
          malformed: malformedBody,
        }),
        { seed: seed++, numRuns: n },
      );
      for (const c of cases) {
        const path = fillPath(route.path, c.pathValues) + c.query;
        const init: RequestInit = { method: route.method, headers: { ...c.headers } };
        if (isBodyRoute) {
          const valid = validBodies(c.conversationId, serviceUrl)[route.path] ?? { text: 'Hallo' };
          const body = c.kind === 'malformed' ? c.malformed : fc.sample(mutatedBody(valid), { seed: c.mutationSeed, numRuns: 1 })[0] ?? '{}';
          init.body = body as BodyInit;
          if (c.contentType) (init.headers as Record<string, string>)['content-type'] = c.contentType;
        }
        const label = `${route.method} ${path.slice(0, 120)} ${typeof init.body === 'string' ? init.body.slice(0, 120) : init.body ? '<bytes>' : ''}`;
        const res = await app.request(path, init);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        problems.push(...(await responseProblems(label, res, path)));
        sent += 1;
      }
    }

    console.log(`fuzz: ${sent} requests on ${routes.length} routes (${paths.join(', ')}), statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}, ${problems.length} problems`);
    const kinds = new Map<string, string>();
    for (const p of problems) kinds.set(`${p.request.split(' ').slice(0, 2).join(' ').replace(/\/[^/]*$/, '/…')} ${p.problem.slice(0, 80)}`, p.request);
    if (kinds.size > 0) console.log([...kinds].map(([kind, example]) => `${kind}\n    e.g. ${example}`).join('\n'));
    expect(problems.slice(0, 20)).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS);
  }, 600_000);

  it('is still healthy afterwards: /health 200, a normal chat turn works, no prototype was polluted, nothing was logged in clear', async () => {
    expect((await app.request('/health')).status).toBe(200);
    const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Was kostet ein Personalausweis?' }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { replies: Array<{ text: string }>; intent: { id: string } | null };
    expect(body.replies.length).toBeGreaterThan(0);
    expect(body.intent?.id).toBe('personalausweis');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // Logs carry metadata only: no message text, no PII, no tokens from query strings.
    const leaked = app.logs.filter((line) => /DROP TABLE|max@example\.org|Mustermann|evil\.example|<script>/i.test(line));
    expect(leaked).toEqual([]);
  });
});
