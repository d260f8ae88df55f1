/**
 * Issue 13, reaching the asked article: a reader names a person by the short or familiar form of
 * the given name ("tim", "ron") or spells it as it sounds ("terrance"), while the story writes it
 * out ("Timothy L. Ostrander", "Terence Wibble"). Every name of the question must be in the
 * article, so the story was never chosen. Precision: another person of that surname whose given
 * name starts otherwise is not the one asked about (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'press.txt': ` date 2024-05-02

Harbor biographer revises his book on the Kestell family

Timothy L. Ostrander, a former editor at the Marrow Bay Ledger, said on Tuesday that he would publish a revised edition of his biography in June 2024.

The first edition sold 40,000 copies, his publisher said.
`,
  'council.txt': ` date 2024-05-03

Council weighs new ferry fares

Council member Hilda Varrow said on Wednesday that the ferry fare would rise to $4 in July.

Terence Wibble, the ferry board's treasurer, said the board had lost $1.2 million in 2023.
`,
});

describe('/ask: a short or sounded-out given name reaches the person the story names in full', () => {
  it('answers "tim ostrander" from the story about Timothy L. Ostrander', () => {
    expect(askedValue(index(), 'in what month will tim ostrander publish the revised edition of his biography')).toBe('2024-06');
  });

  it('answers "terrance wibble" from the story about Terence Wibble', () => {
    expect(askedValue(index(), 'how much did terrance wibble say the board lost')).toBe('USD 1200000');
  });

  it('does not read "bill varrow" as Hilda Varrow', () => {
    expect(askedValue(index(), 'what did bill varrow say the ferry fare would rise to')).toBeNull();
  });
});
