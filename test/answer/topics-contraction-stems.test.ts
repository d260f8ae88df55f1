import { describe, expect, it } from 'vitest';
import { readTopic } from '../../src/answer/topic-read.js';

describe('/quote topics: what a contraction leaves when the tokenizer splits it', () => {
  it('reads "don’t" as no idea, even where "Don" is a quoted person’s name', () => {
    const topic = readTopic('residents don’t trust the harbour board', undefined, new Set(['don', 'reyes']));
    expect(topic.words.map((w) => w.text)).toEqual(['residents', 'trust', 'harbour', 'board']);
  });
});
