import type { Answer } from '../model/answer.js';
import type { CoverageIndex } from '../index/build.js';

export interface HelpExample {
  command: string;
  text: string;
}

/**
 * Examples drawn from the live index (a real quotation fragment, a real speaker), so they
 * always work on whatever corpus is loaded.
 */
export function helpExamples(index: CoverageIndex): HelpExample[] {
  // The first suitable quotation is enough; /help must not walk every record of a large index.
  const sample = index.extraction.quotes.find((q) => q.speaker && q.kind === 'direct' && q.text.split(/\s+/).length >= 6);
  const examples: HelpExample[] = [];
  if (sample) {
    const words = sample.text.split(/\s+/).slice(1, 6).join(' ').replace(/[^\p{L}\p{N}' ]/gu, '');
    examples.push({ command: 'whosaid', text: `/whosaid ${words}` });
    examples.push({ command: 'quote', text: `/quote ${topicWord(sample.text)} speaker: ${sample.speaker}` });
  } else {
    examples.push({ command: 'whosaid', text: '/whosaid <a few words you remember>' });
  }
  examples.push({ command: 'ask', text: '/ask who signed the order?' }, { command: 'ask', text: '/ask when did it happen?' });
  return examples;
}

function topicWord(text: string): string {
  const words = text.match(/\p{L}{6,}/gu) ?? ['news'];
  return words.sort((a, b) => b.length - a.length)[0].toLowerCase();
}

export function help(index?: CoverageIndex): Answer {
  const examples = index ? helpExamples(index) : [];
  return {
    command: 'help',
    query: '',
    found: true,
    answer: 'Ask about the news coverage; every answer cites the passage and article it comes from. When the coverage does not say, you are told so.',
    message: examples.length ? `Try: ${examples.map((e) => e.text).join('  ·  ')}` : undefined,
    results: [],
  };
}
