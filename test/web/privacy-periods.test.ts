import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composedApp, type ComposedApp } from '../support/composed-app.js';

let app: ComposedApp;
beforeAll(async () => {
  app = await composedApp();
});
afterAll(() => app.close());

describe('/datenschutz with the Düren content', () => {
  it('names each application\'s storage period as its YAML sets it, so the page cannot state another', async () => {
    const html = await (await app.request('/datenschutz')).text();
    const body = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(body).toMatch(/gezählt ab dem Absenden: [^.]*Wohngeld nach 180 Tagen/);
    expect(body).toMatch(/Sperrmüll[^,.]* nach 90 Tagen/);
    expect(body).toMatch(/Termin im Bürgerbüro nach 60 Tagen/);
  });
});
