import { beforeAll, describe, expect, it } from 'vitest';
import { languageRequest } from '../../src/core/language-request.js';
import { nonAnswer } from '../../src/dialogs/non-answers.js';
import { harness, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

describe('messages that answer no free-text question', () => {
  it.each([
    ['danke', 'courtesy'],
    ['Hallo', 'courtesy'],
    ['ja', 'courtesy'],
    ['Ich verstehe die Frage nicht', 'confused'],
    ['ich nicht verstehen', 'confused'],
    ["I don't understand", 'confused'],
    ['English please', 'language'],
    ['auf Deutsch bitte', 'language'],
    ['😡😡😡', 'no_words'],
  ])('"%s" is %s', (text, kind) => {
    expect(nonAnswer(text, undefined, [])?.kind).toBe(kind);
  });

  it.each(['Erika Mustermann', '2 Matratzen, 1 Sofa', 'Die Laterne flackert', 'Ja, ein Sofa und zwei Stühle', 'Hallo Welt GmbH'])('"%s" may be an answer', (text) => {
    expect(nonAnswer(text, undefined, [])).toBeNull();
  });

  it('takes a pressed button only when the question offers it', () => {
    expect(nonAnswer('ja', 'ja', [])?.kind).toBe('old_button');
    expect(nonAnswer('überspringen', 'überspringen', ['überspringen'])).toBeNull();
    expect(nonAnswer('Wohngeld', 'intent:wohngeld', [])).toBeNull();
  });

  it('reads a wish for the other language, in both languages', () => {
    expect(languageRequest('Can you speak English?')).toBe('en');
    expect(languageRequest('Sprechen Sie Englisch?')).toBe('en');
    expect(languageRequest('Deutsch bitte')).toBe('de');
    expect(languageRequest('Ich spreche kein gutes Deutsch')).toBeNull();
  });
});

describe('non-answers in the applications', () => {
  it('does not store greetings, a double-pressed "ja" or "Mitarbeiter" as the name or the items', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Hund anmelden');
    expect(await h.send('Hallo')).toMatch(/Dazu brauche ich noch Ihre Antwort[\s\S]*Wie heißt die Halterin/);
    expect(await h.send('', { action: 'ja' })).toMatch(/Dieser Knopf gehört zu einer früheren Frage/);
    expect(h.last.dialog?.step).toBe('name');
    const s = await harness();
    await s.send('Ich möchte Sperrmüll anmelden');
    expect(await s.send('Mitarbeiter')).toMatch(/Ich bin ein Programm und kann Sie nicht selbst mit einem Menschen verbinden[\s\S]*DSB/);
    expect(s.last.dialog?.step).toBe('gegenstaende');
  });

  it('asks for a person without saying that something went wrong', async () => {
    const h = await harness();
    await h.send('Graffiti melden');
    const reply = await h.send('Ich will mit einem Menschen sprechen');
    expect(reply).not.toMatch(/klappt gerade nicht/);
    expect(reply).toMatch(/Online-Portal/);
  });

  it('switches the language on request and asks the same question again', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Hund anmelden');
    expect(await h.send('English please')).toMatch(/Of course, I will continue in English[\s\S]*What is the name of the dog's owner/);
    expect(await h.send('Jana Schmidt')).toMatch(/Got it: Owner: Jana Schmidt/);
  });

  it('gives general help and whom to ask where a step has no explanation of its own', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Hund anmelden');
    expect(await h.send('hilfe')).toMatch(/Antworten Sie einfach in Ihren eigenen Worten[\s\S]*Steueramt/);
    expect(await h.send('zurükc')).toMatch(/erste Frage|Wie heißt/);
  });

  it('says that answers already sent cannot be changed, instead of starting a second request', async () => {
    const h = await harness();
    for (const m of ['Ich möchte Sperrmüll anmelden', '1 Sofa', 'Hauptstraße 5, 52349 Düren', 'nächste Woche', 'Max Mustermann', '0176 1234567', 'ja']) await h.send(m);
    const reference = h.last.dialog?.reference ?? '';
    expect(await h.send('das war falsch, ich will das ändern')).toMatch(new RegExp(`schon gesendet \\(Vorgangsnummer ${reference}\\)[\\s\\S]*Dürener Service Betrieb`));
    expect(h.last.dialog?.done).toBe(true);
    expect((await h.store.db.all('SELECT reference FROM submissions')).length).toBe(1);
  });
});

describe('answers given one question early, or with fillers', () => {
  it('refuses a name as the pickup period and takes the name without "äh ja also ich bin"', async () => {
    const h = await harness();
    for (const m of ['Ich möchte Sperrmüll anmelden', '1 Schrank', 'Schenkelstraße 12, 52349 Düren']) await h.send(m);
    expect(await h.send('Erika Mustermann')).toMatch(/Darin habe ich keinen Tag und keinen Zeitraum gefunden/);
    expect(h.last.dialog?.step).toBe('zeitraum');
    expect(await h.send('so bald wie möglich')).toMatch(/Wunschzeitraum: so bald wie möglich/);
    expect(await h.send('äh ja also ich bin erika mustermann')).toMatch(/Name: erika mustermann\./);
  });
});

describe('commands with no application running', () => {
  it('says that nothing is running instead of claiming to stop it or reading "zurück" as a topic', async () => {
    const h = await harness();
    await h.send('Was kostet ein Reisepass?');
    expect(await h.send('zurück')).toMatch(/Gerade läuft kein Antrag/);
    expect(await h.send('abbrechen')).toMatch(/Gerade läuft kein Antrag/);
    expect(h.last.intent?.id).toBe('abbrechen');
    expect(await h.send('Weitermachen')).toMatch(/Gerade läuft kein Antrag/);
  });

  it('ends a paused application on "abbrechen"', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    await h.send('Was kostet ein Reisepass?');
    await h.send('nein');
    expect(await h.send('abbrechen')).toMatch(/verworfen|abgebrochen/);
    expect(await h.send('weiter')).not.toMatch(/Was soll abgeholt werden/);
  });
});

describe('voice transcripts', () => {
  it('keeps the hesitations out of free-text answers', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    expect(await h.send('ähm also zwei matratzen äh und ein sofa')).toMatch(/Gegenstände: zwei matratzen und ein sofa\./);
  });

  it('takes a house number and a postcode spoken as words', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    await h.send('ein Sofa');
    expect(await h.send('schenkelstraße vierzehn')).toMatch(/Abholadresse: schenkelstraße 14[\s\S]*Postleitzahl/);
    expect(await h.send('fünf zwei drei vier neun')).toMatch(/Postleitzahl: 52349/);
  });
});

describe('starting again', () => {
  it('starts the application again on "von vorne", with the answers deleted, instead of ending it', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    await h.send('1 Sofa');
    const reply = await h.send('Ich möchte nochmal von vorne anfangen');
    expect(reply).toMatch(/wir fangen von vorne an[\s\S]*Was soll abgeholt werden/);
    expect(h.last.dialog?.step).toBe('gegenstaende');
    expect(await h.send('2 Stühle')).toMatch(/Gegenstände: 2 Stühle/);
  });

  it.each(['Bitte alles noch einmal von vorne', 'alles nochmal von vorne', 'noch mal alles von vorne'])('starts again on "%s", without asking whether to cancel (smoke19 B10)', async (text) => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    await h.send('1 Sofa');
    const reply = await h.send(text);
    expect(reply).toMatch(/wir fangen von vorne an[\s\S]*Was soll abgeholt werden/);
    expect(reply).not.toMatch(/wirklich abbrechen/);
    expect(h.last.dialog?.step).toBe('gegenstaende');
  });
});

describe('questions and other languages at free-text steps (found by the re-test)', () => {
  it('answers "Wie viel kostet das?" at the items question instead of storing it as the items', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    expect(await h.send('Wie viel kostet das?')).toMatch(/Sperrmüll holt[\s\S]*weitermachen/);
    expect(h.last.dialog?.step).toBe('gegenstaende');
  });

  it('does not store a Turkish sentence as the owner’s name', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Hund anmelden');
    expect(await h.send('Merhaba, köpeğimi kaydettirmek istiyorum')).toMatch(/nur Deutsch und Englisch[\s\S]*Wie heißt die Halterin/);
    expect(h.last.dialog?.step).toBe('name');
  });

  it('answers an English question and "Wer bist du?" at the first question, and "I don’t understand" is help, not "abbrechen"', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    expect(await h.send('What does a passport cost?')).toMatch(/Reisepass/);
    const w = await harness();
    await w.send('Ich möchte Sperrmüll anmelden');
    expect(await w.send('Wer bist du?')).toMatch(/Ich beantworte Fragen/);
    const c = await harness();
    for (const m of ['Ich möchte ein Schlagloch melden', 'Kaiserplatz 2']) await c.send(m);
    expect(await c.send('I don’t understand')).not.toMatch(/abbrechen/);
  });

  it('keeps a question as a problem’s description, where the step takes questions', async () => {
    const h = await harness();
    for (const m of ['Ich möchte ein Schlagloch melden', 'Kaiserplatz 2']) await h.send(m);
    expect(await h.send('Können Sie das Loch bitte schnell reparieren?')).toMatch(/Beschreibung: Können Sie das Loch bitte schnell reparieren\?/);
  });
});
