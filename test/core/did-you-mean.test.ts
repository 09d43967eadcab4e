import { describe, expect, it } from 'vitest';
import { alternativeTopic, DID_YOU_MEAN_FLOOR, didYouMeanTopics, listTopics, MAX_TOPICS } from '../../src/core/did-you-mean.js';
import { fallbackOutcome, faqHandler } from '../../src/core/faq-handler.js';
import type { TurnContext } from '../../src/core/turn-handler.js';
import type { IntentScore, Locale } from '../../src/core/types.js';
import { realContent, transcriptHarness } from '../support/transcript-harness.js';

const topics = new Set(['wohngeld', 'meldebescheinigung', 'wohnsitz_anmelden', 'sperrmuell']);

describe('didYouMeanTopics', () => {
  it('offers service topics at or above the floor, best first, never unknown or meta intents', () => {
    const intents: IntentScore[] = [
      { id: 'unknown', confidence: 0.6 },
      { id: 'hilfe', confidence: 0.3 },
      { id: 'meldebescheinigung', confidence: 0.2 },
      { id: 'wohnsitz_anmelden', confidence: DID_YOU_MEAN_FLOOR },
      { id: 'wohngeld', confidence: DID_YOU_MEAN_FLOOR - 0.01 },
    ];
    expect(didYouMeanTopics(intents, topics)).toEqual(['meldebescheinigung', 'wohnsitz_anmelden']);
  });

  it(`offers at most ${MAX_TOPICS}`, () => {
    const intents = [...topics].map((id) => ({ id, confidence: 0.2 }));
    expect(didYouMeanTopics(intents, topics)).toHaveLength(MAX_TOPICS);
  });
});

describe('alternativeTopic', () => {
  it('is the best other topic at or above the floor, and only under a topic answer', () => {
    const intents: IntentScore[] = [
      { id: 'wohngeld', confidence: 0.6 },
      { id: 'hilfe', confidence: 0.2 },
      { id: 'sperrmuell', confidence: DID_YOU_MEAN_FLOOR },
    ];
    expect(alternativeTopic(intents, 'wohngeld', topics)).toBe('sperrmuell');
    expect(alternativeTopic(intents, 'hilfe', topics)).toBeUndefined();
    expect(alternativeTopic([{ id: 'wohngeld', confidence: 0.99 }, { id: 'sperrmuell', confidence: 0.01 }], 'wohngeld', topics)).toBeUndefined();
  });
});

describe('listTopics', () => {
  it('quotes each title and joins the last with "oder" or "or"', () => {
    expect(listTopics(['Wohngeld'], 'de')).toBe('„Wohngeld“');
    expect(listTopics(['Wohngeld', 'Termin im Bürgerbüro', 'Sperrmüll'], 'de')).toBe('„Wohngeld“, „Termin im Bürgerbüro“ oder „Sperrmüll“');
    expect(listTopics(['Housing benefit', 'Bulky waste'], 'en')).toBe('"Housing benefit" or "Bulky waste"');
  });
});

async function contextFor(intents: IntentScore[], locale: Locale, plainLanguage = false): Promise<TurnContext> {
  const { content } = await realContent([]);
  return {
    turn: { conversationId: 'c', isNewConversation: false, text: 'x', locale, plainLanguage, channel: 'web', receivedAt: new Date() },
    nlu: { intents, entities: [], language: locale },
    conversation: { id: 'c', locale, plainLanguage, channel: 'web', createdAt: '', updatedAt: '', lastSeq: 0, state: {} },
    content,
    now: new Date(),
  } as TurnContext;
}

async function fallbackFor(intents: IntentScore[], locale: Locale, plainLanguage = false) {
  return fallbackOutcome(await contextFor(intents, locale, plainLanguage));
}

describe('the fallback reply', () => {
  const unsure: IntentScore[] = [
    { id: 'unknown', confidence: 0.7 },
    { id: 'meldebescheinigung', confidence: 0.2 },
    { id: 'hilfe', confidence: 0.1 },
    { id: 'wohnsitz_anmelden', confidence: 0.06 },
    { id: 'wohngeld', confidence: 0.01 },
  ];

  it('names the likely topics and offers them as the first buttons, keeping help and a person', async () => {
    const outcome = await fallbackFor(unsure, 'de');
    const [reply] = outcome.replies;
    expect(outcome.intent?.id).toBe('unknown');
    expect(reply?.text).toContain('Meinten Sie „Meldebescheinigung erhalten“ oder „Wohnsitz anmelden nach Umzug nach Düren“?');
    expect(reply?.suggestions?.map((s) => s.value)).toEqual(['intent:meldebescheinigung', 'intent:wohnsitz_anmelden', 'intent:hilfe', 'intent:mensch']);
    expect(reply?.text).not.toContain('{topics}');
  });

  it('speaks English and plain German from the same content', async () => {
    const english = (await fallbackFor(unsure, 'en')).replies[0];
    const { content } = await realContent([]);
    const title = (id: string) => content.intentsById.get(id)?.title.en;
    expect(english?.text).toContain(`Did you mean "${title('meldebescheinigung')}" or "${title('wohnsitz_anmelden')}"?`);
    expect(english?.suggestions?.[0]).toEqual({ title: title('meldebescheinigung'), value: 'intent:meldebescheinigung' });
    const plain = (await fallbackFor(unsure, 'de', true)).replies[0];
    expect(plain?.text).toMatch(/^Ich bin nicht sicher, was Sie meinen\. Meinen Sie „Meldebescheinigung erhalten“/);
  });

  it('is the usual answer when no topic reaches the floor', async () => {
    const outcome = await fallbackFor([{ id: 'unknown', confidence: 0.97 }, { id: 'wohngeld', confidence: 0.01 }], 'de');
    expect(outcome.replies[0]?.text).toMatch(/^Das habe ich leider nicht verstanden/);
    expect(outcome.replies[0]?.suggestions?.map((s) => s.value)).toEqual(['intent:hilfe', 'intent:mensch']);
  });
});

describe('an answer the classifier was torn about', () => {
  it('ends with the runner-up topic as a button, once', async () => {
    const torn: IntentScore[] = [
      { id: 'reisepass', confidence: 0.55 },
      { id: 'personalausweis', confidence: 0.3 },
      { id: 'ausweis_kind', confidence: 0.1 },
    ];
    const outcome = await faqHandler.handle(await contextFor(torn, 'de'));
    const values = outcome?.replies[0]?.suggestions?.map((s) => s.value) ?? [];
    expect(outcome?.intent?.id).toBe('reisepass');
    expect(values.at(-1)).toBe('intent:personalausweis');
    // A topic the answer already links to is not added twice.
    const linked = await faqHandler.handle(await contextFor([{ id: 'reisepass', confidence: 0.55 }, { id: 'ausweis_kind', confidence: 0.4 }], 'de'));
    expect(linked?.replies[0]?.suggestions?.filter((s) => s.value === 'intent:ausweis_kind')).toHaveLength(1);
  });

  it('is the plain answer when the classifier was sure', async () => {
    const sure = await faqHandler.handle(await contextFor([{ id: 'reisepass', confidence: 0.98 }, { id: 'personalausweis', confidence: 0.01 }], 'de'));
    const { content } = await realContent([]);
    expect(sure?.replies[0]?.suggestions?.map((s) => s.value) ?? []).toEqual(content.intentsById.get('reisepass')?.suggestions.map((s) => s.value) ?? []);
  });
});

describe('a message the assistant is not sure about', () => {
  it('gets topics to choose from, and a button press answers the topic', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    // A situation the classifier is unsure about (the content changes; any such message will do).
    const reply = await h.send('papier für den vermieter dass ich hier wohne', { locale: 'de' });
    expect(h.last.intent?.id).toBe('unknown');
    expect(reply).toMatch(/Meinten Sie [^?]*„Wohnsitz anmelden nach Umzug nach Düren“[^?]*\?/);
    expect(h.last.replies[0]?.speak).toMatch(/Wohnsitz anmelden nach Umzug nach Düren/);
    const button = h.last.replies[0]?.suggestions?.find((s) => s.value === 'intent:wohnsitz_anmelden');
    expect(button?.title).toBe('Wohnsitz anmelden nach Umzug nach Düren');
    await h.send('', { action: button?.value });
    expect(h.last.intent?.id).toBe('wohnsitz_anmelden');
  });
});
