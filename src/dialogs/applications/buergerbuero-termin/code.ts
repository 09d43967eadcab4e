/** Confirmation codes a citizen can read out on the phone: no 0/O, 1/I/L, 5/S, 2/Z, 8/B. */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 6;
/** Letters and at least one digit, so that no six-letter word in a message is taken for a code. */
export const CODE_PATTERN = new RegExp(`^(?=.*[0-9])(?=.*[A-Z])[${ALPHABET}]{${CODE_LENGTH}}$`);

/** About 200 million codes from crypto.getRandomValues; collisions are retried by the caller. */
export function newAppointmentCode(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  for (;;) {
    let code = '';
    while (code.length < CODE_LENGTH) {
      for (const byte of random(CODE_LENGTH)) {
        // Rejection sampling keeps every character equally likely (250 = 10 * 25).
        if (byte < 250 && code.length < CODE_LENGTH) code += ALPHABET[byte % ALPHABET.length];
      }
    }
    if (CODE_PATTERN.test(code)) return code;
  }
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words and figures of an upper-case message with their place (umlauts stay letters: "TÜR" is one word). */
function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const CODE_CHAR = new RegExp(`^[${ALPHABET}]+$`);

/** A piece of a spelled or spaced code: one code character, or code characters with a digit ("W7", "DF4"). */
function isFragment(token: Token | undefined): boolean {
  return token !== undefined && CODE_CHAR.test(token.text) && (token.text.length === 1 || /\d/.test(token.text));
}

/** Words that may stand around a code given as the whole answer ("mein Code ist …, danke"). */
const AROUND_CODE = new Set(
  'CODE BESTÄTIGUNGSCODE BESTAETIGUNGSCODE MEIN DER IST LAUTET HIER BITTE DANKE MY THE CONFIRMATION IS HERE PLEASE THANKS'.split(' '),
);
const CODE_CUE = new Set(['CODE', 'BESTÄTIGUNGSCODE', 'BESTAETIGUNGSCODE']);

/** Letters and digits in one token ("W7", "MDF4"): no German or English word looks like that. */
function isMixed(token: Token): boolean {
  return /\d/.test(token.text) && /\p{L}/u.test(token.text);
}

/**
 * Whether the tokens i..j (together a valid code) are meant as the code: they are the whole answer apart from
 * words like "Code" and "bitte"; or, with no further piece of a code next to them, they follow the word
 * "Code", or are all pieces of a code ("W 7 M D F 4") or one of them mixes letters and digits ("W7 MDF 4").
 * Ordinary words and figures ("am 3 um 4") are no pieces, so a sentence does not become a code.
 */
function meantAsCode(tokens: Token[], i: number, j: number): boolean {
  const outside = [...tokens.slice(0, i), ...tokens.slice(j + 1)];
  if (outside.every((t) => AROUND_CODE.has(t.text))) return true;
  const pieces = tokens.slice(i, j + 1);
  const cue = tokens.slice(Math.max(0, i - 2), i).some((t) => CODE_CUE.has(t.text));
  const bounded = !isFragment(tokens[i - 1]) && !isFragment(tokens[j + 1]);
  return bounded && (cue || pieces.every(isFragment) || pieces.some(isMixed));
}

/** The code in a spaced or spelled form: tokens joined only by spaces or hyphens that make up six characters. */
function spacedCode(message: string): string | null {
  // Upper case first: the places of the tokens and the gaps between them are read from the same string.
  const text = message.toUpperCase();
  const tokens = tokensOf(text);
  for (let i = 0; i < tokens.length; i++) {
    let code = '';
    for (let j = i; j < tokens.length && code.length < CODE_LENGTH; j++) {
      if (j > i && !/^[\s\-–]+$/.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0))) break;
      code += tokens[j]?.text ?? '';
      if (code.length === CODE_LENGTH && CODE_PATTERN.test(code) && meantAsCode(tokens, i, j)) return code;
    }
  }
  return null;
}

/**
 * Finds a code in free text: "Termin absagen ABC123", "code: ach-346", and as citizens read it out or type
 * it from paper: "W 7 M D F 4", "w7 mdf4", "W7-MD-F4".
 */
export function findAppointmentCode(text: string): string | null {
  for (const match of text.toUpperCase().matchAll(/\b([A-Z0-9]{3})[-\s]?([A-Z0-9]{3})\b/g)) {
    const code = `${match[1] ?? ''}${match[2] ?? ''}`;
    if (CODE_PATTERN.test(code)) return code;
  }
  return spacedCode(text);
}
