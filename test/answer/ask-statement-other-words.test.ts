/**
 * Issue 13, recall ("sentence lacks a word"): "what did Lee say about …" is answered by the passage
 * of Lee's words that says it in other words ("put off" for "postpone"),
 * when that passage carries most of the question and stands clear of every other passage; a
 * passage carrying only a few of the question's words is still no answer (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedPassage, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'harbor.txt': ` date 2024-09-03

Harbor board delays ferry decision

The Brookmere harbor board met on Tuesday to weigh the ferry to Alder Island, where 900 people live year round.

"We had no choice but to put off the ferry vote until the tide survey is finished," said Ines Varga, the board chair.

Dock workers who lost their jobs last winter asked the board for $2 million in retraining money.

Varga said the survey crews had lost two weeks to storms in August.
`,
});

const passageOf = (q: string): string | null => askedPassage(index(), q);

describe('/ask: the asked person’s words in other words than the question’s', () => {
  it('reads "put off" for postpone', () => {
    expect(passageOf('what did varga say about postponing the ferry vote')).toContain('put off the ferry vote');
  });

  it('gives no passage carrying only a few of the words', () => {
    expect(passageOf('what did varga say about ferry fares for island students')).toBeNull();
  });
});
