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

/** Finds a code in free text ("Termin absagen ABC123", "code: ach-346"). */
export function findAppointmentCode(text: string): string | null {
  for (const match of text.toUpperCase().matchAll(/\b([A-Z0-9]{3})[-\s]?([A-Z0-9]{3})\b/g)) {
    const code = `${match[1] ?? ''}${match[2] ?? ''}`;
    if (CODE_PATTERN.test(code)) return code;
  }
  return null;
}
