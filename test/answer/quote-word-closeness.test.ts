import { describe, expect, it } from 'vitest';
import { wordCloseness } from '../../src/answer/topic-meaning.js';
import type { QuoteRecord } from '../../src/model/records.js';

// Invented local news: a topic typed in the reader's own words, and quotations of the council's
// spokeswoman. The one meant names each idea in other words ("officers", "shoved and kicked",
// "marchers", "Main Street"); another, longer, echoes one word of the topic among unrelated ones.
const ideas = ['cops', 'roughing', 'protesters', 'downtown'];
const meant = 'Officers shoved and kicked the marchers on Main Street';
const echo = 'We will keep the libraries open late on Thursdays and the pool will stay open through September downtown';

/** A quotation alone, its passage its own words. */
const bare = (text: string): QuoteRecord => ({ text, passage: { start: 0, end: text.length, text } }) as QuoteRecord;

describe("/quote reads each of the topic's ideas against the quotation's nearest word", () => {
  it('finds a quotation naming each idea in near words closer than a longer one echoing one of them', () => {
    const [near, far] = wordCloseness(ideas, [bare(meant), bare(echo)]) ?? [];
    expect(near).toBeGreaterThan(far);
  });

  it('finds a quotation holding the words typed closest of all', () => {
    const [typed, near] = wordCloseness(ideas, [bare('Cops were roughing up protesters downtown'), bare(meant)]) ?? [];
    expect(typed).toBeGreaterThan(near);
  });
});
