/**
 * What one page of the inbox shows: the open questions grouped, one page of groups, and the languages of
 * foreign questions. Anonymous citizens can fill the inbox with thousands of long junk texts (tester-n 2), so
 * every step is bounded or done in slices that let citizens' turns run, and the expensive NLU guess is made
 * only for the groups shown and the most frequent ones.
 */
import { decisionKey, groupMessages, slicer, textKey, type InboxGroup, type InboxMessage } from './inbox.js';

export const PAGE_SIZE = 50;
/** The language summary looks at the most frequent groups only: each guess is a full NLU parse. */
export const LANGUAGE_GROUPS = 200;
/** A language shows in a question's first sentences; the rest of a 1,000-character text adds only cost. */
export const LANGUAGE_CHARS = 300;

export interface InboxLoadInput {
  messages: InboxMessage[];
  /** Decision keys (hashes) of the questions staff have dealt with. */
  decided: Set<string>;
  /** Pressed topic buttons that name a topic; others ("help", "a person") are dropped. */
  topics: ReadonlySet<string>;
  /** The language code when a text is in another language than German or English. */
  otherLanguage: (text: string) => string | undefined;
  /** 0-based; clamped to the pages there are. */
  page: number;
  pause?: () => Promise<void>;
  sliceMs?: number;
}

export interface InboxView {
  /** The groups of this page. */
  groups: InboxGroup[];
  /** All open groups. */
  total: number;
  page: number;
  pages: number;
  /** Distinct questions not compared with others: the grouping's work limit was reached. */
  ungrouped: number;
  /** The estimated language of this page's groups that are in another language, by group key. */
  otherLanguages: Map<string, string>;
  /** Questions per other language among the first `languageGroups` groups. */
  perLanguage: Map<string, number>;
  languageGroups: number;
  /** The decision key (hash) of a text key. */
  hashed: (key: string) => string;
}

export async function loadInbox(input: InboxLoadInput): Promise<InboxView> {
  const tick = slicer(input.pause, input.sliceMs);
  // Each distinct text is keyed and hashed once: the inbox repeats questions, and keying a long text costs.
  const keyOfText = new Map<string, string>();
  const hashOfKey = new Map<string, string>();
  for (const { text } of input.messages) {
    if (keyOfText.has(text)) continue;
    const key = textKey(text);
    keyOfText.set(text, key);
    if (!hashOfKey.has(key)) hashOfKey.set(key, await decisionKey(key));
    await tick();
  }
  const keyOf = (text: string) => keyOfText.get(text) ?? textKey(text);
  const hashed = (key: string) => hashOfKey.get(key) ?? '';
  const open = input.messages.filter((m) => !input.decided.has(hashed(keyOf(m.text)))).map((m) => (m.chosen && !input.topics.has(m.chosen) ? { ...m, chosen: null } : m));
  const { groups, ungrouped } = await groupMessages(open, { keyOf, pause: input.pause, sliceMs: input.sliceMs });

  const pages = Math.max(1, Math.ceil(groups.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, Math.floor(input.page) || 0), pages - 1);
  const shown = groups.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  // A question in another language is no example for a German or English intent: the page says so (the
  // guess can be wrong, so staff decide); the counts show the city which languages citizens write in.
  const guessed = new Map<string, string | undefined>();
  const guess = async (group: InboxGroup) => {
    if (guessed.has(group.key)) return guessed.get(group.key);
    const code = input.otherLanguage(group.text.slice(0, LANGUAGE_CHARS));
    guessed.set(group.key, code);
    await tick();
    return code;
  };
  const perLanguage = new Map<string, number>();
  const languageGroups = Math.min(groups.length, LANGUAGE_GROUPS);
  for (const group of groups.slice(0, languageGroups)) {
    const code = await guess(group);
    if (code) perLanguage.set(code, (perLanguage.get(code) ?? 0) + group.count);
  }
  const otherLanguages = new Map<string, string>();
  for (const group of shown) {
    const code = await guess(group);
    if (code) otherLanguages.set(group.key, code);
  }
  return { groups: shown, total: groups.length, page, pages, ungrouped, otherLanguages, perLanguage, languageGroups, hashed };
}
