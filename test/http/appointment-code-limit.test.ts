/** Trying appointment codes on the calendar route is limited like resume codes (tester-n 7). */
import { describe, expect, it } from 'vitest';
import { harness } from '../applications/harness.js';

describe('GET /api/appointments/<code>.ics', () => {
  it('answers 429 after 10 unknown codes from one client in 15 minutes, and counts other clients apart', async () => {
    const h = await harness();
    const ask = (code: string, client = '203.0.113.1') => h.app.request(`/api/appointments/${code}.ics`, { headers: { 'cf-connecting-ip': client } });
    const codes = ['AC3H46', 'AC3H47', 'AC3H49', 'AC3H4A', 'AC3H4C', 'AC3H4D', 'AC3H4E', 'AC3H4F', 'AC3H4G', 'AC3H4H'];
    for (const code of codes) expect((await ask(code)).status).toBe(404);
    const refused = await ask('AC3H4J');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('900');
    expect((await ask('AC3H4J', '203.0.113.2')).status).toBe(404);
  });
});
