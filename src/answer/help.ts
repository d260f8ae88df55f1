import type { Answer } from '../model/answer.js';
import type { CoverageIndex } from '../index/build.js';
import type { FactRecord } from '../model/records.js';
import { ask } from './ask.js';

export interface HelpExample {
  command: string;
  text: string;
}

/**
 * Examples drawn from the live index (a real quotation fragment, a real speaker), so they
 * always work on whatever corpus is loaded.
 */
export function helpExamples(index: CoverageIndex): HelpExample[] {
  const cached = examplesByIndex.get(index);
  if (cached) return cached;
  const made = makeExamples(index);
  examplesByIndex.set(index, made);
  return made;
}

/** Examples are worked out once per index: the /ask one runs a few questions to find one that works. */
const examplesByIndex = new WeakMap<CoverageIndex, HelpExample[]>();

function makeExamples(index: CoverageIndex): HelpExample[] {
  // The first suitable quotation is enough; /help must not walk every record of a large index.
  const sample = index.extraction.quotes.find((q) => q.speaker && q.kind === 'direct' && q.text.split(/\s+/).length >= 6);
  const examples: HelpExample[] = [];
  if (sample) {
    const words = sample.text
      .split(/\s+/)
      .slice(1, 6)
      .join(' ')
      .replace(/[^\p{L}\p{N}' ]/gu, '');
    examples.push({ command: 'whosaid', text: `/whosaid ${words}` });
    examples.push({ command: 'quote', text: `/quote ${topicWord(sample.text)} speaker: ${sample.speaker}` });
  } else {
    examples.push({ command: 'whosaid', text: '/whosaid <a few words you remember>' });
  }
  const question = askExample(index);
  examples.push({ command: 'ask', text: question ? `/ask ${question}` : '/ask <who, when, how many, how long…>' });
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

/** Facts looked at, and questions tried, before /help settles for a placeholder: /help must stay quick. */
const ASK_FACTS = 40;
const ASK_TRIES = 12;

/**
 * A question the index really answers: built from a stated count ("how many sailings?"; other
 * shapes read badly when made by rule), then asked, and kept only when /ask answers it with that very value
 * from that article. Never a fixed question that may mean nothing in this corpus.
 */
export function askExample(index: CoverageIndex): string | null {
  let tries = 0;
  let seen = 0;
  for (const [i, part] of index.data.parts.entries()) {
    const text = index.data.articles[i]?.text ?? '';
    for (const fact of index.data.facts.forArticle(part.articleId)) {
      if (++seen > ASK_FACTS || tries >= ASK_TRIES) return null;
      for (const question of questionsFor(fact, text)) {
        tries++;
        if (answersWith(index, question, fact)) return question;
      }
    }
  }
  return null;
}

function questionsFor(fact: FactRecord, text: string): string[] {
  const out: string[] = [];
  for (const v of fact.values) {
    if (v.type === 'number') {
      const noun = countedNoun(text.slice(v.end, v.end + 60));
      if (noun) out.push(`how many ${noun}?`);
    }
  }
  return out.slice(0, 1);
}

function answersWith(index: CoverageIndex, question: string, fact: FactRecord): boolean {
  const a = ask(index, question);
  const top = a.results[0];
  return (
    a.found &&
    !a.sourcesDiffer &&
    top?.source.id === fact.articleId &&
    fact.values.some((v) => v.normalized !== undefined && v.normalized === top.values?.[0]?.normalized)
  );
}

/** The thing a number counts, as written after it: the first plural of the next three words ("two additional rescue boats" → boats), else the first. */
function countedNoun(after: string): string | null {
  const words = /^\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?(?:\s+([a-z][a-z-]+))?/i.exec(after)?.slice(1).filter(Boolean) ?? [];
  const noun = words.find((w) => /[^s]s$/i.test(w)) ?? words[0];
  return noun && noun.length > 3 ? noun : null;
}
