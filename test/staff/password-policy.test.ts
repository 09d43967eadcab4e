import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../../src/staff/crypto.js';

describe('the staff password policy (NIST SP 800-63B: long, and not one everybody tries first)', () => {
  it.each(['aaaaaaaaaaaa', '123456789012', 'abcdefghijkl', 'Passwort2026!', 'Sommer2026xyz', 'qwertz123456'])('refuses "%s"', (password) => {
    expect(passwordProblem(password)).toMatch(/zu leicht zu erraten/);
  });

  it.each(['correct horse battery staple', 'ein-langes-passwort', 'weiter-regen-tisch-blau', 'K7#fq9Lm2!vR'])('accepts "%s"', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it('still wants 12 characters', () => {
    expect(passwordProblem('kurz-4-x')).toMatch(/mindestens 12 Zeichen/);
  });
});
