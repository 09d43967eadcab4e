/**
 * "Können Sie das wiederholen?", "noch einmal bitte", "say that again": the last turn's replies again, on every
 * channel, without changing the conversation (tester-r B3).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isRepeatRequest } from '../../src/core/repeat-request.js';
import { readRun } from '../../src/dialogs/state.js';
import { harness, realContent } from '../applications/harness.js';
import { voiceCaller } from '../channels/support/voice-caller.js';

beforeAll(async () => {
  await realContent();
});

async function booked(h: Awaited<ReturnType<typeof harness>>): Promise<string> {
  await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
  await h.send('Donnerstag nach 14 Uhr');
  await h.send('1');
  await h.send('Erika Mustermann');
  return h.send('ja');
}

describe('a wish to hear the last answer again', () => {
  it.each([
    'wiederholen',
    'Wiederholen bitte',
    'Können Sie das bitte wiederholen?',
    'Können Sie den Code bitte wiederholen?',
    'Kannst du das nochmal sagen?',
    'noch einmal bitte',
    'Nochmal, bitte langsam',
    'Wie bitte? Können Sie das wiederholen?',
    'Entschuldigung, wie war die Nummer?',
    'Sagen Sie das bitte noch einmal',
    'repeat that',
    'Could you say that again, please?',
    'Sorry, what did you say?',
    'Wiederholen Sie bitte die letzte Frage',
    'Wiederholen Sie das bitte noch einmal',
    'Wiederhole die Frage',
  ])('is recognised in "%s"', (text) => {
    expect(isRepeatRequest(text)).toBe(true);
  });

  it.each([
    'Termin wiederholen',
    'Ich möchte den Antrag noch einmal stellen',
    'Können Sie den Antrag wiederholen?',
    'Noch einmal von vorne',
    'Was kostet ein Personalausweis noch mal?',
    'Ich habe das nicht verstanden',
    'Sperrmüll noch einmal anmelden',
    'repeat my application',
    'Wiederholen Sie meinen Antrag',
  ])('is not read into the request "%s"', (text) => {
    expect(isRepeatRequest(text)).toBe(false);
  });
});

describe('the last turn again', () => {
  it('repeats the booking confirmation with its code, and the booking stays the one booking', async () => {
    const h = await harness();
    const done = await booked(h);
    const code = /Ihr Bestätigungscode: ([A-Z0-9]{6})/.exec(done)?.[1] ?? 'none';
    const first = h.last;
    const repeated = await h.send('Können Sie den Code bitte wiederholen?');
    expect(repeated).toContain(`Ihr Bestätigungscode: ${code}`);
    expect(h.last.dialog).toEqual(first.dialog);
    expect(await h.send('noch einmal bitte')).toContain(code);
    expect(await h.store.db.all('SELECT * FROM appointments')).toHaveLength(1);
    expect(readRun((await h.store.getConversation(h.conversationId ?? ''))?.state ?? {})?.phase).toBe('done');
  });

  it('repeats a confirmation without the one-time summary link and its key, and says the link was shown once', async () => {
    const h = await harness();
    const done = await booked(h);
    const key = h.last.replies[0]?.links?.find((l) => l.url.includes('token='))?.url;
    expect(key).toMatch(/^\/zusammenfassung#reference=.+&token=/);
    const repeated = await h.send('wiederholen');
    expect(JSON.stringify(h.last)).not.toContain('token=');
    expect(repeated).toContain(/Ihr Bestätigungscode: [A-Z0-9]{6}/.exec(done)?.[0] ?? 'none');
    expect(repeated).toContain(h.last.dialog?.reference ?? 'none');
    expect(repeated).not.toMatch(/nur dieses eine Mal|Der Link funktioniert/);
    expect(repeated).toMatch(/Den Link zur Zusammenfassung habe ich nur einmal gezeigt\. Mit der Vorgangsnummer gibt die Stadt Ihnen Auskunft/);
    const transcript = await h.store.getTranscript(h.conversationId ?? '');
    expect(transcript.at(-1)?.text).toMatch(/habe ich nur einmal gezeigt/);
    expect(await h.send('repeat that', { locale: 'en' })).toMatch(/Den Link zur Zusammenfassung habe ich nur einmal gezeigt/);
  });

  it('repeats an FAQ answer, buttons included, instead of another topic ("noch einmal bitte" got the city bills)', async () => {
    const h = await harness();
    const answer = await h.send('Was kostet ein Reisepass?');
    const buttons = h.last.replies.at(-1)?.suggestions;
    expect(await h.send('noch einmal bitte')).toBe(answer);
    expect(h.last.intent?.id).toBe('reisepass');
    expect(h.last.replies.at(-1)?.suggestions).toEqual(buttons);
    // The topic stays for a follow-up.
    await h.send('Was kostet das?');
    expect(h.last.intent?.id).toBe('reisepass');
  });

  it('asks an application\'s question again without moving the application on, and its answer is taken after it', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    const offer = await h.send('Donnerstag nach 14 Uhr');
    expect(await h.send('Können Sie das wiederholen?')).toBe(offer);
    expect(h.last.dialog).toMatchObject({ step: 'termin', done: false });
    expect(h.last.expectingInput).toBe(true);
    expect(await h.send('2')).toMatch(/Termin: Donnerstag, 3\.12\.2026, 14:15 Uhr/);
  });

  it('repeats the summary with the name the citizen gave, but keeps the name out of the transcript', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    await h.send('Donnerstag nach 14 Uhr');
    await h.send('1');
    const summary = await h.send('Erika Mustermann');
    expect(await h.send('say that again')).toBe(summary);
    const transcript = await h.store.getTranscript(h.conversationId ?? '');
    expect(transcript.map((e) => e.text).join('\n')).not.toContain('Mustermann');
    expect(transcript.at(-1)?.text).toBe(transcript.at(-3)?.text);
  });

  it('after a restart repeats the texts as the transcript keeps them, with the buttons', async () => {
    const h = await harness();
    const answer = await h.send('Was kostet ein Reisepass?', { messageId: crypto.randomUUID() });
    const buttons = h.last.replies.at(-1)?.suggestions;
    const restarted = await harness({ store: h.store, conversationId: h.conversationId ?? '' });
    expect(await restarted.send('Wie bitte? Können Sie das wiederholen?', { messageId: crypto.randomUUID() })).toBe(answer);
    expect(restarted.last.replies.at(-1)?.suggestions).toEqual(buttons);
  });

  it('says there is nothing to repeat at the start of a conversation', async () => {
    const h = await harness();
    expect(await h.send('noch einmal bitte')).toMatch(/noch nichts gesagt, das ich wiederholen kann/);
  });

  it('leaves "wie bitte?" at an application\'s question to the application, which explains the question', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    expect(await h.send('wie bitte?')).toMatch(/^Antworten Sie einfach in Ihren eigenen Worten auf die Frage/);
  });

  it('gives a caller the code again, in speech (/api/voice/turn)', async () => {
    const say = voiceCaller(await harness());
    for (const t of ['Termin im Bürgerbüro buchen', 'Personalausweis', 'egal', 'Nummer eins', 'Erika Mustermann']) await say(t);
    const done = await say('ja');
    const code = /Bestätigungscode[^A-Z0-9]*([A-Z0-9]{6})/.exec(done.text)?.[1] ?? 'none';
    const again = await say('Können Sie den Code bitte wiederholen?');
    expect(again.text).toBe(done.text);
    expect(again.speak).toBe(done.speak);
    expect(again.text).toContain(code);
  });
});
