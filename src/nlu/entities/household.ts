/**
 * Household size: how many persons live together (rules in types.ts). Two readers: fixed phrases ("zu
 * dritt", "wir sind 4 Personen", "vierköpfige Familie", "ich wohne alleine") and lists of the people
 * themselves ("ich wohne mit meiner Frau und zwei Kindern", "mein Mann, ich und unsere Tochter",
 * "Ehepaar mit drei Kindern"), which are summed up.
 */
import { candidate, type Candidate } from './candidate.js';
import { parseCount } from './number-words.js';
import { wordRegex } from './patterns.js';

const N = '(\\d{1,2}|[\\p{L}]{1,14})';

const ORDINAL_GROUP: Record<string, number> = {
  zweit: 2, dritt: 3, viert: 4, fünft: 5, fuenft: 5, sechst: 6, siebt: 7, acht: 8, neunt: 9, zehnt: 10,
};

type Reader = (m: RegExpMatchArray) => number | null;
const count = (w: string | undefined) => (w === undefined ? null : parseCount(w));
/** Like `count`, but "we are a …" / "wir sind eine …" is no number. */
const strict = (w: string | undefined) => (w === undefined || /^(?:an?|one|eine?[nmrs]?)$/i.test(w) ? null : parseCount(w));

const PATTERNS: [RegExp, Reader][] = [
  [wordRegex(`(?:wir\\s+sind\\s+)?zu\\s+(zweit|dritt|viert|fünft|fuenft|sechst|siebt|acht|neunt|zehnt)`), (m) => ORDINAL_GROUP[(m[1] ?? '').toLowerCase()] ?? null],
  [wordRegex(`(?:wir\\s+sind|we\\s+are|there\\s+are)\\s+${N}(?:\\s+(?:personen|leute|people|persons|of\\s+us))?`), (m) => strict(m[1])],
  [wordRegex(`(?:(?:we\\s+are\\s+)?an?\\s+)?(?:family|household)\\s+of\\s+${N}`), (m) => count(m[1])],
  [wordRegex(`${N}\\s?-?\\s?(?:personen|person|people|persons)(?:\\s?-?\\s?(?:haushalt|household))?`), (m) => count(m[1])],
  [wordRegex('(\\d{1,2}|[\\p{L}]{3,12}?)\\s?-?köpfigen?\\s+(?:familie|haushalt)'), (m) => count(m[1])],
  [wordRegex('(?:ich\\s+(?:wohne|lebe)\\s+)?(?:ganz\\s+)?(?:allein(?:e|stehend)?|(?:ich\\s+bin\\s+|i\\s+am\\s+|i\'m\\s+|bin\\s+)single|single\\s?-?\\s?(?:haushalt|household)|(?:i\\s+live\\s+)?alone|nur\\s+ich|just\\s+me)'), () => 1],
];

// ---- Lists of people -------------------------------------------------------------------------------

interface Token {
  /** Lower-cased word or punctuation mark. */
  w: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+|[,;.!?:&()]/gu;
const words = (list: string) => new Set(list.split(' '));

const SELF = words('ich i me mir mich myself');
const POSSESSIVE = words('mein meine meinen meinem meiner meines unser unsere unseren unserem unserer unsre unsren unsrem my our');
/** Before a counted group only: "mit den 2 Kindern", "the two kids". */
const ARTICLE = words('den die the');
/** One person each, after a possessive: "meine Frau", "mit mein Sohn", "our daughter". */
const ONE_PERSON = words(
  'frau ehefrau mann ehemann gatte gattin partner partnerin lebenspartner lebenspartnerin freund freundin lebensgefährte ' +
    'lebensgefährtin lebensgefährten verlobte verlobten verlobter wife husband spouse partner girlfriend boyfriend fiance fiancee ' +
    'sohn tochter kind baby mutter vater mama papa mami mutti vati oma opa großmutter grossmutter großvater grossvater schwester ' +
    'bruder schwiegermutter schwiegervater enkel enkelin enkelkind nichte neffe stiefsohn stieftochter stiefkind pflegekind ' +
    'son daughter child kid mother father mum mom mummy mommy dad daddy grandmother grandfather grandma grandpa granny sister ' +
    'brother grandchild stepson stepdaughter stepchild niece nephew',
);
/** Children and other relatives after a count: "2 Kindern", "1 kind", "zwei Söhne", "three kids". */
const COUNTED = words(
  'kind kinder kindern kid kids child children söhne söhnen soehne soehnen töchter töchtern toechter toechtern sons daughters ' +
    'babys babies enkel enkelkinder enkelkindern grandchildren stiefkinder stiefkindern pflegekinder pflegekindern ' +
    'geschwister geschwistern brüder brüdern brueder bruedern schwestern brothers sisters',
);
/** Two persons in one word: "meine Eltern", "mit Zwillingen". */
const TWO_PERSONS = words('eltern großeltern grosseltern zwillinge zwillingen parents grandparents twins');
/** "mit Kind", "mit Baby": a singular child needs no possessive. */
const BARE_CHILD = words('kind baby');
const ADULTS = words('erwachsene erwachsenen erwachsener adults');
const SEPARATOR = words('und and mit with plus sowie &');
const ANCHOR = words('mit with');
const LIVE_VERB = words('wohne wohn lebe leb live');
const LIVE_FILLER = words('hier zusammen together noch');
const ALONE = words('allein alleine alone');
const SINGLE_PARENT = words('alleinerziehend alleinerziehende alleinerziehender');
const PARENT_NOUN = words('mutter vater mama papa mother father parent mum mom dad');
const COUPLE = words('ehepaar paar pärchen couple');
const HAVE = words('habe hab haben have has');
const SENTENCE_END = words('. ! ? ;');

type Lead = 'live' | 'we-live' | 'single' | 'couple' | 'neutral';

interface Item {
  persons: number;
  self?: boolean;
  adults?: boolean;
}

/** A count before a group: digits, number words, articles as 1, "beide"/"both" as 2. */
function groupCount(w: string): number | null {
  if (w === 'beide' || w === 'beiden' || w === 'both') return 2;
  if (/^\d{1,2}$/.test(w)) return Number(w);
  if (/\d/.test(w)) return null;
  const n = parseCount(w);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 15 ? n : null;
}

/** The person or group at token `i`, and the index after it. */
function itemAt(t: readonly Token[], i: number, afterJoin: boolean): { item: Item; next: number } | null {
  const w = t[i]?.w;
  if (w === undefined) return null;
  if (SELF.has(w)) return { item: { persons: 1, self: true }, next: i + 1 };
  const hasDeterminer = POSSESSIVE.has(w) || ARTICLE.has(w);
  const j = hasDeterminer ? i + 1 : i;
  const head = t[j]?.w;
  if (head === undefined) return null;
  if (TWO_PERSONS.has(head) && (hasDeterminer || afterJoin)) return { item: { persons: 2 }, next: j + 1 };
  if (POSSESSIVE.has(w) && ONE_PERSON.has(head)) return { item: { persons: 1 }, next: j + 1 };
  if (!hasDeterminer && afterJoin && BARE_CHILD.has(head)) return { item: { persons: 1 }, next: j + 1 };
  const n = groupCount(head);
  const noun = t[j + 1]?.w;
  if (n === null || noun === undefined) return null;
  // "zwei Kindern", "einem Sohn", "a daughter"
  if (COUNTED.has(noun) || (n === 1 && ONE_PERSON.has(noun))) return { item: { persons: n }, next: j + 2 };
  if (!hasDeterminer && ADULTS.has(noun)) return { item: { persons: n, adults: true }, next: j + 2 };
  return null;
}

/** The words that open a list: "ich wohne (allein) mit", "alleinerziehend,", "Ehepaar mit", "wir sind". */
function leadAt(t: readonly Token[], i: number): { lead: Lead; next: number; paar?: boolean } | null {
  const w = (k: number) => t[i + k]?.w;
  // "ich wohne mit …", "wohne allein mit …", "I live with …"
  let k = w(0) === 'ich' || w(0) === 'i' ? 1 : 0;
  if (LIVE_VERB.has(w(k) ?? '') && !(w(k) === 'live' && k === 0)) {
    k++;
    while (LIVE_FILLER.has(w(k) ?? '')) k++;
    if (w(k) === 'ganz') k++;
    if (ALONE.has(w(k) ?? '')) k++;
    return { lead: 'live', next: i + k };
  }
  // "bei mir wohnt meine Mutter"
  if (w(0) === 'bei' && w(1) === 'mir' && /^(?:wohn|leb)(?:en|t)$/.test(w(2) ?? '')) {
    k = 3;
    while (LIVE_FILLER.has(w(k) ?? '') || w(k) === 'auch') k++;
    return { lead: 'live', next: i + k };
  }
  // "wir wohnen mit unseren zwei Kindern": "wir" are the two of us.
  if ((w(0) === 'wir' || w(0) === 'we') && /^(?:wohnen|leben|live)$/.test(w(1) ?? '')) {
    k = 2;
    while (LIVE_FILLER.has(w(k) ?? '')) k++;
    return ANCHOR.has(w(k) ?? '') ? { lead: 'we-live', next: i + k } : null;
  }
  // "alleinerziehend, 1 Kind", "alleinerziehende Mutter mit 2 Kindern", "single mother of two"
  if (SINGLE_PARENT.has(w(0) ?? '') || (w(0) === 'single' && PARENT_NOUN.has(w(1) ?? ''))) {
    k = w(0) === 'single' ? 2 : 1;
    if (PARENT_NOUN.has(w(k) ?? '')) k++;
    if (w(k) === ',') k++;
    if (w(k) === 'und' || w(k) === 'and') k++;
    if (SELF.has(w(k) ?? '') && HAVE.has(w(k + 1) ?? '')) k++;
    if (HAVE.has(w(k) ?? '')) k++;
    if (w(k) === 'of') k++;
    return { lead: 'single', next: i + k };
  }
  // "wir sind ein Paar", "Ehepaar mit …", "we are a (married) couple with …"; never "a couple of", "ein paar Fragen".
  k = 0;
  const we = (w(0) === 'wir' && w(1) === 'sind') || (w(0) === 'we' && w(1) === 'are');
  if (we) k = 2;
  if (/^(?:ein|eine|a|an)$/.test(w(k) ?? '')) k++;
  if (w(k) === 'married') k++;
  if (COUPLE.has(w(k) ?? '') && w(k + 1) !== 'of') {
    const paar = w(k) === 'paar' && !we;
    return { lead: 'couple', next: i + k + 1, paar };
  }
  if (we) return { lead: 'neutral', next: i + 2 };
  return null;
}

/** "und", ",", "mit", ", und": the index after the separator, or null. */
function separatorAt(t: readonly Token[], i: number): { next: number; anchor: boolean } | null {
  let k = i;
  if (t[k]?.w === ',') k++;
  const w = t[k]?.w ?? '';
  if (SEPARATOR.has(w)) return { next: k + 1, anchor: ANCHOR.has(w) };
  return k > i ? { next: k, anchor: false } : null;
}

/** "ich und mein Mann haben 2 Kinder": whether the children live there too is not said. */
function childrenHadAfter(t: readonly Token[], i: number): boolean {
  if (!HAVE.has(t[i]?.w ?? '')) return false;
  for (let k = i + 1; k <= i + 4 && k < t.length; k++) if (COUNTED.has(t[k]?.w ?? '')) return true;
  return false;
}

/** The household a list starting at token `i` describes, with its span. */
function listAt(t: readonly Token[], i: number): { persons: number; start: number; end: number } | null {
  const lead = leadAt(t, i);
  let k = lead?.next ?? i;
  let anchored = false;
  const anchor = separatorAt(t, k);
  if (anchor?.anchor) {
    anchored = true;
    k = anchor.next;
  } else if (lead && anchor) {
    // "alleinerziehend, 1 Kind"
    k = anchor.next;
  }
  const items: Item[] = [];
  let end = -1;
  let afterJoin = anchored || lead !== null;
  for (let guard = 0; guard < 8; guard++) {
    const found = itemAt(t, k, afterJoin);
    if (!found) break;
    items.push(found.item);
    end = found.next;
    const sep = separatorAt(t, found.next);
    if (!sep || !itemAt(t, sep.next, true)) break;
    k = sep.next;
    afterJoin = true;
  }
  const first = t[i];
  if (!first) return null;
  const couple = lead?.lead === 'couple' || lead?.lead === 'we-live';
  if (items.length === 0) {
    // "wir sind ein Paar." / "Ehepaar": the couple alone.
    const after = t[lead?.next ?? 0]?.w;
    const alone = lead?.lead === 'couple' && !lead.paar && !anchored && (after === undefined || SENTENCE_END.has(after) || after === ',');
    const lastLead = t[(lead?.next ?? 0) - 1];
    return alone && lastLead ? { persons: 2, start: first.start, end: lastLead.end } : null;
  }
  if (lead?.paar && !anchored) return null;
  if (childrenHadAfter(t, end)) return null;
  const self = items.some((it) => it.self);
  const adults = items.some((it) => it.adults);
  const others = items.filter((it) => !it.self).length;
  const speakerLeads = lead?.lead === 'live' || lead?.lead === 'single';
  const implicitSelf = !self && !adults && (speakerLeads || (anchored && (lead === null || lead.lead === 'live')));
  const clear = others > 0 && (self || adults || couple || speakerLeads || (anchored && lead === null));
  if (!clear) return null;
  const persons = items.reduce((sum, it) => sum + it.persons, 0) + (couple ? 2 : 0) + (implicitSelf ? 1 : 0);
  const last = t[end - 1];
  return last ? { persons, start: first.start, end: last.end } : null;
}

function detectLists(text: string): Candidate[] {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = listAt(tokens, i);
    if (found && found.persons >= 1 && found.persons <= 20) out.push(candidate('household_size', found.persons, found.start, found.end));
  }
  return out;
}

/** Household sizes from 1 to 20 persons. */
export function detectHouseholdSizes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [re, read] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const n = read(m);
      if (n !== null && Number.isInteger(n) && n >= 1 && n <= 20) out.push(candidate('household_size', n, m.index, m.index + m[0].length));
    }
  }
  return [...out, ...detectLists(text)];
}
