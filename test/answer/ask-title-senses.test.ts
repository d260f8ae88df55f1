/**
 * /ask: a title says what its holder is in the noun a question asks with. "Gov. Marta Quill" is a
 * governor, "Sen. Otto Brenn" a senator, "the chairwoman" a chair, a police "officer" a cop; a
 * sentence that writes only the title still answers "which senator" or "who is the governor"
 * (invented text).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { kindTerms } from '../../src/answer/ask/candidates.js';
import { holdsRole } from '../../src/answer/ask/slot.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { factOver } from '../helpers/records.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'water.txt': ` date 2024-05-14

Velland water bill signed

Velland Gov. Marta Quill signed the water bill in Dunmore on Monday.

Sen. Otto Brenn praised the water bill at a town hall in Harlan.

Rep. Ines Caro voted against the water bill last spring.

"We will keep watching the rates," said Pia Lorne, the chairwoman of the Velland Farmers League.
`,
};

const index = useIndexOver(ARTICLES);

const answer = (question: string) => {
  const a = ask(index(), question);
  return a.found ? a.results[0]?.values?.[0]?.normalized : null;
};

describe('a title answers for the noun it abbreviates or stands for', () => {
  it('reads "Gov." as governor', () => {
    expect(answer('who is the governor of Velland')).toBe('Marta Quill');
  });

  it('reads "Sen." as senator', () => {
    expect(answer('which senator praised the water bill')).toBe('Otto Brenn');
  });

  it('reads a chairwoman as the chair', () => {
    expect(answer('who is the chair of the velland farmers league')).toBe('Pia Lorne');
  });

  it('does not make a representative a senator', () => {
    expect(answer('which senator voted against the water bill')).not.toBe('Ines Caro');
  });
});

describe('an abbreviated title', () => {
  const pair = factOver('Sen. Otto Brenn and Ada Voss toured the Harlan dam.', 'person', ['Otto Brenn', 'Ada Voss']);
  const senator = kindTerms(analyseQuestion('which senator toured the harlan dam'));

  it('makes the name it runs into what it stands for', () => {
    expect(holdsRole(senator, pair, pair.values[0])).toBe(true);
  });

  it('says nothing of a name further on', () => {
    expect(holdsRole(senator, pair, pair.values[1])).toBe(false);
  });
});
