/**
 * The Nlu port implementation: intent ranking from the classifier, an out-of-scope gate, entities, and
 * the message language. Stateless after construction, so one instance serves concurrent requests.
 */
import type { Nlu, NluParseOptions, NluResult } from '../core/ports.js';
import type { IntentScore } from '../core/types.js';
import { extractEntities } from './entities/index.js';
import type { Classification, IntentClassifier } from './intent-classifier.js';
import { isThanks, withoutCourtesy } from './courtesy.js';
import { withoutRuledOut } from './contrast.js';
import { MIN_LETTERS_WITH_TOPIC, mostlyOtherScript, otherLanguage } from './other-language.js';
import { looksDutch } from './dutch.js';
import { isQuestion, questions, sentences } from './sentences.js';

export const UNKNOWN_INTENT = 'unknown';

/**
 * Calibrated top confidence below which a message counts as out of scope. Chosen on held-out in-scope
 * and out-of-scope messages (bench/nlu-bench.ts, docs/benchmarks.md), never on the test data.
 */
export const DEFAULT_OOS_THRESHOLD = 0.5;

/** The out-of-scope gate: the unknown class wins, nothing is known, or the best guess is too unsure. */
export function isOutOfScope(result: Classification, threshold: number): boolean {
  const top = result.ranking[0];
  const unseen = result.knownFeatures === 0 || (result.contentWords > 0 && result.knownWords === 0);
  return top === undefined || top.id === UNKNOWN_INTENT || unseen || top.confidence < threshold;
}

export interface NluEngineOptions {
  threshold: number;
  /**
   * Topic intents (FAQ answers and applications, not conversation such as greetings or help). A request
   * wrapped in greetings or thanks is read without them only when that finds one of these; absent: none.
   */
  topics?: readonly string[];
}

type Ranked = Pick<NluResult, 'intents' | 'language' | 'sentenceLanguage' | 'otherLanguage'>;

/**
 * Content words an out-of-scope rest needs to count as a request of its own, so "Moin, na?" stays a greeting.
 * Chosen on the dev half of test/nlu/data/courtesy.tsv (docs/benchmarks.md, revision 7): 56.0 of 58 right,
 * against 55.0 when any rest counts and 51.0 when none does.
 */
const MIN_REQUEST_WORDS = 2;

/**
 * Confidence a sentence needs to stand for a message that as a whole is out of scope. On the dev half of
 * test/nlu/data/small-talk.tsv, 0.5, 0.65 and 0.8 all gave 61.0 of 65 (60.0 without sentence reading); taken
 * out of its message, an out-of-scope question's last sentence often lands at 0.5-0.7 on some topic ("Wie wird
 * das Wetter morgen? Ich will grillen." -> events, 0.6), and the rejected message still offers its likely topics
 * ("Meinten Sie ...?"), so the stricter value stands (docs/benchmarks.md, revision 9).
 */
const MIN_SENTENCE_CONFIDENCE = 0.8;

/**
 * Words by which a question points back to the one before ("Wo ist der Antrag dafür?", "how do I register
 * it?"): it asks about the same matter, which read on its own looks like a topic of its own.
 */
const REFERS_BACK = /\b(?:dafür|dazu|dabei|damit|darum|dort|it|its|her|him|them|that)\b/iu;

export class NluEngine implements Nlu {
  private readonly topics: ReadonlySet<string>;

  constructor(
    readonly classifier: IntentClassifier,
    readonly options: NluEngineOptions,
  ) {
    this.topics = new Set(options.topics ?? []);
  }

  /**
   * Intent ranking and language only (no entities): what the benchmark and the gate measurements use.
   * A request wrapped in greetings or thanks is read without them when that finds a topic, or a request of
   * its own that is out of scope; otherwise the whole message counts, so "Hallo, ist da jemand?" stays a
   * greeting rather than a call for a person, and "Moin, na?" too. What is out of scope then is read once
   * more sentence by sentence (topicSentence).
   */
  rank(text: string, options: NluParseOptions = {}): Ranked {
    if (this.topics.size === 0) return this.rankText(text, options).ranked;
    // "keinen Termin, sondern ...": when the rest names no topic ("Keine Frage zum Grundsteuerwert, sondern wann
    // die Raten fällig sind"), the ruled-out words carried it, so the whole message counts.
    const wanted = this.readPart(withoutRuledOut(text), options, false);
    if (wanted) return wanted;
    // "Hallo, haben Sie ein Rezept für Apfelkuchen? Danke" is a question the city cannot answer, not thanks.
    const ranked = this.readPart(withoutCourtesy(text), options, true) ?? this.rankText(text, options).ranked;
    // Out of scope as a whole, also after a greeting ("Guten Morgen, schönes Wetter heute. Hat das Bürgerbüro
    // über Mittag offen?"): a sentence may still name a topic.
    const sentence = ranked.intents[0]?.id === UNKNOWN_INTENT ? (this.topicSentence(text, options) ?? this.closingSentence(text, options)) : undefined;
    if (!sentence) return ranked;
    // Another language around one German sentence ("Merhaba, ... Wo ist das Bürgerbüro?") still gets the note.
    return ranked.otherLanguage && !sentence.otherLanguage ? { ...sentence, otherLanguage: ranked.otherLanguage } : sentence;
  }

  /**
   * The most confident sentence that names a topic on its own with at least MIN_SENTENCE_CONFIDENCE, for a
   * message that as a whole is out of scope: small talk beside a request ("Schmuddelwetter heute. Hat die
   * Stadtbücherei offen?").
   */
  private topicSentence(text: string, options: NluParseOptions): Ranked | undefined {
    let best: Ranked | undefined;
    const parts = sentences(text);
    // When the message asks something, the statements around it are context, not the request: "Ich baue in
    // Minecraft das Rathaus nach. Welche Blöcke nimmt man für die Fassade?" is no question for the town hall.
    const questions = parts.filter(isQuestion);
    for (const sentence of questions.length > 0 ? questions : parts) {
      const { ranked } = this.rankText(sentence, options);
      const top = ranked.intents[0];
      if (top && this.topics.has(top.id) && top.confidence >= MIN_SENTENCE_CONFIDENCE && top.confidence > (best?.intents[0]?.confidence ?? 0)) best = ranked;
    }
    return best;
  }

  /**
   * The last sentence, when it is a conversation formula on its own (a goodbye, a call for a person) and the
   * message asks nothing: "Okay, das war's für heute, mein Bus kommt gleich. Tschüss!" says goodbye. Not
   * thanks: "Bestell mir eine Pizza. Danke!" still asks for something the city does not do.
   */
  private closingSentence(text: string, options: NluParseOptions): Ranked | undefined {
    const parts = sentences(text);
    const last = parts[parts.length - 1];
    if (last === undefined || isThanks(last) || parts.some(isQuestion)) return undefined;
    const { ranked } = this.rankText(last, options);
    const top = ranked.intents[0];
    return top && top.id !== UNKNOWN_INTENT && !this.topics.has(top.id) && top.confidence >= MIN_SENTENCE_CONFIDENCE ? ranked : undefined;
  }

  /**
   * `part` of a message read on its own, when that finds a topic or, with `ownRequest`, an out-of-scope request
   * of at least MIN_REQUEST_WORDS content words; otherwise undefined, and the whole message counts.
   */
  private readPart(part: string | undefined, options: NluParseOptions, ownRequest: boolean): Ranked | undefined {
    if (part === undefined) return undefined;
    const { ranked, contentWords } = this.rankText(part, options);
    const id = ranked.intents[0]?.id ?? UNKNOWN_INTENT;
    if (this.topics.has(id)) return ranked;
    return ownRequest && id === UNKNOWN_INTENT && contentWords >= MIN_REQUEST_WORDS ? ranked : undefined;
  }

  private rankText(text: string, options: NluParseOptions): { ranked: Ranked; contentWords: number } {
    const result = this.classifier.classify(text, options.locale);
    const ranking = result.ranking;
    const top = ranking[0];
    let intents: IntentScore[];
    const outOfScope = isOutOfScope(result, this.options.threshold);
    // Another script decides on its own, also when a German word in it names a topic ("... Bürgerbüro");
    // Latin text needs one function word at most and at most one known word in three (spelling correction
    // finds German words in foreign ones: "kartę" -> "karte").
    // Dutch shares function words with German, so it would never pass the gate below (dutch.ts).
    const other = looksDutch(text)
      ? 'nld'
      : mostlyOtherScript(text) || (result.functionWords <= 1 && result.knownWords * 3 < Math.max(1, result.contentWords))
        ? otherLanguage(text, outOfScope ? undefined : MIN_LETTERS_WITH_TOPIC, (t) => this.classifier.lexicon.withoutKnownWords(t))
        : undefined;
    if (!outOfScope) {
      intents = ranking.slice(0, 5);
    } else {
      const topConfidence = top?.confidence ?? 0;
      const classProbability = ranking.find((r) => r.id === UNKNOWN_INTENT)?.confidence ?? 0;
      const confidence = top?.id === UNKNOWN_INTENT ? topConfidence : Math.max(classProbability, 1 - topConfidence, topConfidence);
      intents = [{ id: UNKNOWN_INTENT, confidence }, ...ranking.filter((r) => r.id !== UNKNOWN_INTENT).slice(0, 4)];
    }
    const ranked: Ranked = {
      intents,
      language: result.language,
      ...(result.sentenceLanguage ? { sentenceLanguage: result.sentenceLanguage } : {}),
      ...(other ? { otherLanguage: other } : {}),
    };
    return { ranked, contentWords: result.contentWords };
  }

  /**
   * `main` and another topic, in the order asked, when the message asks at least two questions and one of
   * them asks about that other topic on its own with at least MIN_SENTENCE_CONFIDENCE. `main` may be told
   * before the questions ("Mein Ausweis ist weg. Was muss ich tun? Und kann ich mein Auto trotzdem
   * ummelden?"). A single question with context is one question ("Ich bin umgezogen. Muss ich den Hund
   * ummelden?" asks about the dog only). The other topic's question needs words of its own; one that points
   * back ("Wo ist der Antrag dafür?") asks about the same matter. Chosen on the dev half of
   * test/nlu/data/two-questions.tsv (docs/benchmarks.md, revision 10).
   */
  private askedTopics(text: string, options: NluParseOptions, main: IntentScore | undefined): [IntentScore, IntentScore] | undefined {
    if (main === undefined || !this.topics.has(main.id)) return undefined;
    const asked = questions(text);
    if (asked.length < 2) return undefined;
    let mainAt = -1;
    let other: { score: IntentScore; at: number } | undefined;
    asked.forEach((question, at) => {
      // The classifier alone: the language checks of rankText say nothing about the topic.
      const result = this.classifier.classify(question, options.locale);
      const top = result.ranking[0];
      if (!top || isOutOfScope(result, this.options.threshold) || !this.topics.has(top.id) || top.confidence < MIN_SENTENCE_CONFIDENCE) return;
      if (top.id === main.id) mainAt = mainAt < 0 ? at : mainAt;
      else if (result.contentWords >= MIN_REQUEST_WORDS && !REFERS_BACK.test(question) && top.confidence > (other?.score.confidence ?? 0)) other = { score: top, at };
    });
    if (!other) return undefined;
    // A topic told before the questions ("Mein Ausweis ist weg. Was muss ich tun? Und ...") comes first.
    return mainAt >= 0 && other.at < mainAt ? [other.score, main] : [main, other.score];
  }

  offTopicWords(text: string): number {
    return this.classifier.analyze(text).offTopicWords;
  }

  parse(text: string, options: NluParseOptions = {}): NluResult {
    const ranked = this.rank(text, options);
    const asked = this.askedTopics(text, options, ranked.intents[0]);
    const entities = extractEntities(text, { locale: ranked.language, now: options.now ?? new Date() });
    return { ...ranked, ...(asked ? { asked } : {}), entities };
  }
}
