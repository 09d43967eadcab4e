import { describe, expect, it } from 'vitest';
import { harness } from './harness.js';

describe('needs survey (umfrage)', () => {
  it('stores answers anonymously, redacts free text and counts them for staff', async () => {
    const h = await harness();
    await h.send('Ich möchte an der Umfrage teilnehmen');
    expect(await h.send('Personalausweis und Wohngeld')).toMatch(/Personalausweis[\s\S]*Wohngeld/);
    await h.send('Chat');
    await h.send('Leichte Sprache');
    await h.send('Bitte rufen Sie mich an: 0176 12345678');
    expect(await h.send('ja')).toMatch(/anonym gespeichert/);
    expect(h.last.dialog?.reference).toBeUndefined();
    const results = await h.store.surveyResults('umfrage');
    expect(results.responses).toBe(1);
    expect(results.questions.services?.map((s) => s.value).sort()).toEqual(['personalausweis', 'wohngeld']);
    expect(results.questions.channel).toEqual([{ value: 'chat', count: 1 }]);
    expect(results.comments[0]).not.toContain('12345678');
    expect(await h.store.db.all('SELECT * FROM submissions')).toEqual([]);
  });
});
