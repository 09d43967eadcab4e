import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from '../applications/harness.js';

beforeAll(async () => {
  await realContent();
});

describe('"Meine Daten löschen" typed into the chat', () => {
  it('asks once, then deletes the conversation with its application in progress', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    await h.send('1 Sofa');
    const asked = await h.send('Lösch meine Daten');
    expect(asked).toMatch(/Soll ich dieses Gespräch mit allem, was dazu gespeichert ist, jetzt endgültig löschen\?[\s\S]*schon gesendeter Antrag bleibt/);
    expect(h.last.intent?.id).toBe('datenschutz');
    expect(await h.send('ja')).toMatch(/ist gelöscht/);
    expect((await h.app.request(`/api/conversations/${h.conversationId}`)).status).toBe(404);
  });

  it('keeps everything on "nein", and works in English', async () => {
    const h = await harness();
    await h.send('Was kostet ein Reisepass?');
    await h.send('delete my data');
    expect(await h.send('nein')).toMatch(/ich lösche nichts|I will not delete anything/);
    expect((await h.app.request(`/api/conversations/${h.conversationId}`)).status).toBe(200);
    const e = await harness();
    expect(await e.send('please delete my data', { locale: 'en' })).toMatch(/Shall I delete this conversation/);
    expect(await e.send('yes delete everything now', { locale: 'en' })).toMatch(/has been deleted/);
    const n = await harness();
    await n.send('Lösch meine Daten');
    expect(await n.send('ja, aber nicht den Antrag')).not.toMatch(/ist gelöscht/);
  });

  it('leaves a question about data protection to its answer', async () => {
    const h = await harness();
    expect(await h.send('Welche Daten speichern Sie?')).toMatch(/Meine Daten löschen/);
  });
});
