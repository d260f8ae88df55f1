/**
 * Issue 13, recall: a question asking for many ("which senators …", "which two ports …") is answered
 * by the list at the top of its candidates though the ranker, which weighs a list as one value,
 * leaves it under the threshold: the sentence listing the names carries most of the question's
 * words but seldom all of them. The list must be of the asked kind, clear of every other value, and
 * as long as the question's number says. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { useIndexOver } from '../helpers/indexed.js';
import { askedItems } from '../helpers/asked.js';

const index = useIndexOver({
  'dredging-vote.txt': ` date 2025-03-11

Council splits over harbor dredging

The Brookmere council voted 5-2 on Monday to fund the harbor dredging project, ending a year of delays.

Critics of the dredging, like council members Nora Delgado, a former oyster farmer, and Victor Hale, a retired ferry captain, warned that the silt would smother the oyster beds near the south pier.

Mayor Ada Ruiz said the dredging would let larger cargo ships dock at the port by next spring.

The harbor authority said ships from Halden and Portvale were already asking for berths.

`,
});

describe('a list the ranker leaves under the threshold', () => {
  it('answers a plural question whose list sentence lacks some of its words', () => {
    expect(askedItems(index(), 'which council members fear the dredging will hurt the oyster beds')).toEqual(['Nora Delgado', 'Victor Hale']);
  });

  it('gives no list when the question asks for another number of items', () => {
    expect(askedItems(index(), 'which three council members fear the dredging will hurt the oyster beds')).toBeNull();
  });
});
