/**
 * Generators for hostile HTTP input (fast-check, fixed seed): strings that attack SQL, templates, SSML/XML
 * and HTML, control characters and broken Unicode, wrong JSON types, prototype-pollution keys, malformed
 * and deeply nested JSON, invalid UTF-8 bodies and lying headers.
 */
import fc from 'fast-check';

/** Known attack strings; the generators mix them with random text. */
export const ATTACK_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE conversations; --",
  '" ; DELETE FROM submissions WHERE 1=1; --',
  '1 UNION SELECT payload FROM submissions--',
  "Robert'); DROP TABLE transcript;--",
  '{{profile.phone_central}}',
  '{{constructor.constructor("return process")()}}',
  '${process.env.SUBMISSION_WEBHOOK_SECRET}',
  '<%= 7*7 %>',
  '#{7*7}',
  '</s></p></speak><speak><audio src="https://evil.example/a.mp3"/>',
  '<break time="99999s"/><prosody rate="x-slow">',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>',
  ']]><![CDATA[<audio/>',
  '&amp;&lt;&#0;&#x1F;&bogus;',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u0000\u0001\u0002\u0007\u0008\u000b\u000c\u001b[31m\u007f',
  '\ud800 lone high surrogate, \udfff lone low surrogate',
  '\u202e\u2066RTL override\u2069\u200b\u200d\ufeff',
  'A\u0301\u0308\u0323'.repeat(50),
  '%00%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '../../../../etc/passwd',
  'intent:wohngeld',
  'resume_code:ABCDEFGH',
  'Mein Name ist Max Mustermann, max@example.org, 0171 1234567, DE89 3704 0044 0532 0130 00',
  '𝕳𝖆𝖑𝖑𝖔 👨‍👩‍👧‍👦 🏳️‍🌈',
  'ja'.repeat(400),
  ' '.repeat(900),
];

export const PATH_ATTACKS = [
  '..%2F..%2Fetc%2Fpasswd',
  '%E0%A4%A',
  '%',
  '%00',
  '%ff%fe',
  "1'%20OR%20'1'%3D'1",
  '__proto__',
  'constructor',
  'x'.repeat(3000),
  '00000000-0000-0000-0000-000000000000',
  'DN-2026-000001',
  'ABC123.ics',
  '%3Cscript%3E',
  '..',
];

const attackString = fc.constantFrom(...ATTACK_STRINGS);

/** Any string a hostile client might send, including lone surrogates and control characters. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: attackString, weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 60 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 1 },
  { arbitrary: fc.tuple(attackString, fc.string({ unit: 'binary', maxLength: 20 }), attackString).map((parts) => parts.join(' ')), weight: 2 },
  { arbitrary: fc.integer({ min: 995, max: 20_000 }).map((n) => 'ä'.repeat(n)), weight: 1 },
);

/** A JSON value of any type, shallow or nested, for a field that expects something else. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, 1.5)), weight: 2 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}), weight: 2 },
  { arbitrary: fc.array(hostileString, { maxLength: 4 }), weight: 1 },
  { arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'text', 'a'), hostileString, { maxKeys: 3 }), weight: 1 },
);

const encoder = new TextEncoder();

/** A body the JSON reader must reject or survive: malformed, deeply nested, oversized, not UTF-8. */
export const malformedBody: fc.Arbitrary<Uint8Array | string> = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"text": "Hallo"',
    "{'text': 'Hallo'}",
    '{"text": "Hallo",}',
    '{"text": NaN}',
    '{"text": "\\ud800"}',
    '\ufeff{"text": "Hallo"}',
    'null',
    '[]',
    '"text"',
    '123',
    'true',
    '{"text": "a", "text": {"b": 1}}',
    '{"__proto__": {"polluted": "yes"}, "text": "Hallo"}',
    '{"constructor": {"prototype": {"polluted": "yes"}}, "text": "Hallo"}',
    '{"text": "Hallo", "__proto__": null}',
  ),
  fc.integer({ min: 100, max: 8000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 100, max: 3000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.integer({ min: 100, max: 3000 }).map((depth) => `{"text": ${'['.repeat(depth)}"x"${']'.repeat(depth)}}`),
  fc.integer({ min: 16 * 1024 - 20, max: 40_000 }).map((n) => `{"text": "${'a'.repeat(n)}"}`),
  fc.constantFrom(
    new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]),
    new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d]),
    new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
    new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xe2, 0x82, 0x22, 0x7d]),
    new Uint8Array([0x00, 0x00, 0x00, 0x7b]),
  ),
  fc.uint8Array({ minLength: 1, maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => encoder.encode(s)),
);

/** Replaces, adds or drops fields of a valid body; keys may be "__proto__" or "constructor". */
export function mutatedBody(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(valid);
  const key = fc.oneof(fc.constantFrom(...keys, '__proto__', 'constructor', 'prototype', 'extra'), fc.string({ maxLength: 12 }));
  return fc
    .record({ mode: fc.constantFrom('replace', 'replace', 'add', 'drop', 'hostile-text'), key, value: hostileValue, text: hostileString })
    .map(({ mode, key: k, value, text }) => {
      const entries: Array<[string, unknown]> = Object.entries(valid);
      if (mode === 'drop') return rawObject(entries.filter(([name]) => name !== (keys.includes(k) ? k : keys[0])));
      if (mode === 'hostile-text') return rawObject(entries.map(([name, v]) => [name, typeof v === 'string' ? text : v]));
      if (mode === 'replace' && keys.length > 0) return rawObject(entries.map(([name, v]) => [name, name === (keys.includes(k) ? k : keys[0]) ? value : v]));
      return rawObject([...entries, [k, value]]);
    });
}

/** JSON text with the keys exactly as given: JSON.stringify would drop a "__proto__" own key made by a literal. */
export function rawObject(entries: Array<[string, unknown]>): string {
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`;
}

export const hostileContentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/vnd.api+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/jsonx',
  '',
);

export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'x-request-id': fc.constantFrom('../../etc', 'a'.repeat(500), 'abc\tdef', 'valid-request-id-123'),
    origin: fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1:3000', 'https://www.dueren.de'),
    'x-forwarded-for': fc.constantFrom('1.2.3.4', '::1, 10.0.0.1', 'garbage'),
    'x-forwarded-proto': fc.constantFrom('https', 'http', 'gopher'),
    authorization: fc.constantFrom('Bearer x', 'Basic YWRtaW46YWRtaW4=', 'Bearer ' + 'a'.repeat(300)),
  },
  { requiredKeys: [] },
);
