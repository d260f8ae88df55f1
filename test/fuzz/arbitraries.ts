import fc from 'fast-check';

/** `npm test` runs a fixed-seed sample; `npm run fuzz` raises FUZZ_RUNS for a larger run. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
export const SEED = Number(process.env.FUZZ_SEED ?? 20170128);

export const NASTY = [
  '',
  ' ',
  '\t\n',
  'x'.repeat(6000),
  '\u0000\u0007\u001b[31m',
  '\ud800',
  '\udfff abc',
  'مرحبا بالعالم',
  'e\u0301\u0301\u0301\u0301',
  '👩‍👩‍👧 🇺🇸',
  'a\u200b\u200c\u200db',
  '```js\nalert(1)\n```',
  '**bold** __u__ ~~s~~ ||spoiler||',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile input on purpose
  '<@&123456789012345678>',
  '<#1>',
  'https://example.com/?q=1&x=<script>',
  '.*+?^${}()|[]\\',
  "'; DROP TABLE quotes; --",
  '../../etc/passwd',
  'C:\\Windows\\system32',
  '%s%n%x',
  '\u202eevil',
  'null',
  'undefined',
  '[object Object]',
  '__proto__',
  'constructor',
];

/** Strings people (and attackers) actually send: mixes of the nasty cases and arbitrary Unicode. */
export const queryArb = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...NASTY, 'harbour', 'refugees', 'who', 'signed'), { maxLength: 8 }).map((a) => a.join(' ')),
);
