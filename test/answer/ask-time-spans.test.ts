/** Issue 13, recall: /ask answers "how long ago" and "how many weeks before" from spans anchored to an event. */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'weir.txt': ` date 2024-05-20

Millbrook weir repairs fall behind

Mayor Teodora Klein set out ten months ago to rebuild the Millbrook weir before the spring floods.

The river authority will rule on the permit just eight weeks before the town's regatta.

Engineer Paolo Ruiz spent a week surveying the riverbed.
`,
};

const index = useIndexOver(ARTICLES);
const answer = (q: string) => {
  const a = ask(index(), q);
  return a.found ? a.results[0]?.values?.[0]?.normalized : null;
};

describe('/ask: spans of time anchored to an event (issue 13)', () => {
  it('answers "how long ago" with the span before "ago"', () => {
    expect(answer('how long ago did klein set out to rebuild the weir')).toBe('10 months');
  });

  it('answers "how many weeks before" with the span before "before"', () => {
    expect(answer('how many weeks before the regatta will the authority rule on the permit')).toBe('8 weeks');
  });

  it('answers "how long" with a span counted by an article', () => {
    expect(answer('how long did ruiz spend surveying the riverbed')).toBe('1 week');
  });

  it('does not answer how long something lasted with a span that dates it', () => {
    expect(answer('how long did klein rebuild the weir')).not.toBe('10 months');
  });
});
