/** Issue 13: a "not found" still shows the reader where the answer most likely is, asserting nothing. */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'ferry.txt': ` date 2024-05-06

Harbor County renews its ferry contract

Harbor County approved a new ferry contract on Monday.

The ferry contract with Bayline was debated for months by the county board.

Bayline has run the ferry under a county contract since 2009.

Critics of the Bayline ferry contract spoke at every meeting this spring.

The Bayline deal is worth $3.2 million over four years, the board's chair said.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask offers the likeliest passage when it is not sure of a value', () => {
  it('asserts no amount it is not sure of, but offers the sentence that states one', () => {
    const a = ask(index(), 'how much is the ferry contract with bayline worth');
    expect(a.found).toBe(false);
    const offered = a.message ?? '';
    expect(offered).toContain('Possibly relevant');
    expect(offered).toContain('worth $3.2 million');
  });
});
