/**
 * Issue 13, precision: the one who reports a sentence ("…, Lee said") is not the one who does what
 * it reports; named as its reporter, a person answers only a question about speech or one whose
 * words are bound to them (invented text).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { onlyReports } from '../../src/answer/ask/precision.js';
import { analyseQuestion } from '../../src/answer/question.js';
import type { TypedValue } from '../../src/model/records.js';
import { useIndexOver } from '../helpers/indexed.js';
import { recordOver, valueIn } from '../helpers/records.js';

const ARTICLES: Record<string, string> = {
  'talks.txt': ` date 2024-05-02

Tariff talks drag on in Velland

Talks with Brazil over tariffs are being negotiated by the commerce office, Tomas Lee said.

The ferry levy will cost $3 million, said Ines Varga, the county's budget director.
`,
};

const index = useIndexOver(ARTICLES);

const person = (text: string, name: string): TypedValue => valueIn(text, 'person', name);
const record = recordOver;

const answer = (q: string) => {
  const a = ask(index(), q);
  return a.found ? a.results[0]?.values?.[0]?.normalized : null;
};

describe('a name standing as the reporter of a sentence', () => {
  it('does not answer who does what the sentence reports', () => {
    expect(answer('who is negotiating with brazil over tariffs')).not.toBe('Tomas Lee');
  });

  it('answers who said it', () => {
    expect(answer('who said the talks with brazil are negotiated by the commerce office')).toBe('Tomas Lee');
  });

  it('answers a question its apposition binds', () => {
    expect(answer("who is the county's budget director")).toBe('Ines Varga');
  });

  it('may be the one asked for when the sentence introduces them by a role', () => {
    const text = 'Kestrel Ferries has 30 days to appeal, and its chief executive, Owen Marsh, said the firm would weigh it.';
    const marsh = person(text, 'Owen Marsh');
    expect(onlyReports(analyseQuestion('who runs kestrel ferries'), record(text, [marsh]), marsh, 0)).toBe(false);
    const bare = 'Kestrel Ferries has 30 days to appeal, Owen Marsh said.';
    expect(onlyReports(analyseQuestion('who runs kestrel ferries'), record(bare, [person(bare, 'Owen Marsh')]), person(bare, 'Owen Marsh'), 0)).toBe(true);
  });
});
