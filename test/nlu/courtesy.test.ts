import { beforeAll, describe, expect, it } from 'vitest';
import { isThanks, withoutCourtesy } from '../../src/nlu/courtesy.js';
import type { NluEngine } from '../../src/nlu/index.js';
import { loadNlu, serializeNlu, trainNlu } from '../../src/nlu/index.js';
import { loadBenchContent } from '../../bench/nlu-content.js';

describe('the request inside courtesy formulas', () => {
  it.each([
    ['Guten Tag, ich bin neu in Düren', 'ich bin neu in Düren'],
    ['wir haben ein Baby bekommen. Vielen Dank im Voraus', 'wir haben ein Baby bekommen'],
    ['Hallo! Wo melde ich meinen Hund an? Danke und viele Grüße, Anna Weber', 'Wo melde ich meinen Hund an'],
    ['Sehr geehrte Damen und Herren, ich möchte einen Bauantrag stellen. Mit freundlichen Grüßen Hans Meier', 'ich möchte einen Bauantrag stellen'],
    ['Hallo, guten Tag, ich brauche Wohngeld', 'ich brauche Wohngeld'],
    ['hey was kostet der perso thx', 'was kostet der perso'],
    ['Hi, I lost my passport, thanks in advance', 'I lost my passport'],
    ['Dear Sir or Madam, how do I register my car? Kind regards, Tom', 'how do I register my car'],
    ['Ok, und wo beantrage ich das?', 'und wo beantrage ich das?'],
  ])('reads "%s" as "%s"', (text, request) => {
    expect(withoutCourtesy(text)).toBe(request);
  });

  it.each([
    'Guten Tag',
    'Hallo, danke',
    // Small talk is courtesy too when nothing else is left.
    'Hallo, wie geht’s?',
    'Hi, how are you doing?',
    'Danke, tschüss',
    'Thanks and best regards',
    // Thanks in front belong to the message: this is thanks, not a question about "Info".
    'Danke für die Info',
    // Bare "Tag" and "Morgen" are no greetings.
    'Morgen ist Sperrmüll',
    'Tag der offenen Tür',
    'Halloween Kostüm',
    'hilfe',
    // Words after plain thanks are no signature.
    'Grüße an alle',
  ])('leaves "%s" whole', (text) => {
    expect(withoutCourtesy(text)).toBeUndefined();
  });
});

describe('a sentence of thanks', () => {
  it('is thanks in German and English, with or without more words', () => {
    for (const text of ['Danke!', 'Vielen Dank im Voraus.', '…danke dir', 'Thanks a lot', 'thx']) expect(isThanks(text), text).toBe(true);
  });

  it('is not a goodbye or a word that only starts like thanks', () => {
    for (const text of ['Tschüss!', 'Bye', 'Dankbarkeit ist wichtig', 'Thankful for the info']) expect(isThanks(text), text).toBe(false);
  });
});

describe('courtesy around a request on the Düren content', () => {
  let nlu: NluEngine;
  beforeAll(async () => {
    nlu = trainNlu((await loadBenchContent('.')).content);
  });

  it.each([
    ['Guten Tag, ich bin neu in Düren', 'wohnsitz_anmelden'], // was: begruessung 0.93
    ['Hallo, wir haben ein Baby bekommen', 'geburtsurkunde'], // was: begruessung 0.93
    ['wir haben ein Baby bekommen. Vielen Dank im Voraus', 'geburtsurkunde'], // was: danke 1.00
    ['Servus, ich will meinen Hund anmelden, danke', 'hundesteuer'],
  ])('answers the request in "%s" (%s)', (text, intent) => {
    expect(nlu.rank(text).intents[0]?.id).toBe(intent);
  });

  it.each([
    // The rest would be a call for a person or for help, which is conversation, not a topic.
    ['Hallo, ist da jemand?', 'begruessung'],
    ['Guten Tag, Herr Stadtlotse', 'begruessung'],
    ['Vielen Dank!', 'danke'],
    ['Danke für die Info', 'danke'],
  ])('keeps "%s" as conversation (%s)', (text, intent) => {
    expect(nlu.rank(text).intents[0]?.id).toBe(intent);
  });

  it('keeps the topic list through a JSON round trip, and a model without one reads whole messages', () => {
    const model = serializeNlu(nlu);
    expect(model.topics).toContain('geburtsurkunde');
    expect(model.topics).not.toContain('begruessung');
    expect(loadNlu(JSON.parse(JSON.stringify(model))).rank('Hallo, wir haben ein Baby bekommen').intents[0]?.id).toBe('geburtsurkunde');
    const { topics: _, ...older } = model;
    expect(loadNlu(older).rank('Hallo, wir haben ein Baby bekommen').intents[0]?.id).toBe('begruessung');
  });
});
