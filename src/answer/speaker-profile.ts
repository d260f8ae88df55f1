import type { Answer, SpeakerProfile } from '../model/answer.js';
import type { Entity, QuoteRecord } from '../model/records.js';
import type { CoverageIndex } from '../index/build.js';
import { STOP_WORDS, tokenize } from '../search/tokens.js';
import { cleanQuery } from './query.js';
import { quotedSpeakers } from './speakers.js';
import { groupQuotes } from './group.js';
import { quoteResult } from './quotes.js';
import { EMPTY_TOPIC_WORDS, QUESTION_STOP, WEAK_TERMS } from './lexicon.js';
import { topWithOthers } from './share-of-voice.js';

/** How many of a speaker's quotations the profile cites, and how many of their words it lists. */
const TOP_QUOTES = 3;
const TOP_WORDS = 8;
/** /speaker <name>: who the coverage quotes under that name, on what, where and when. */
export function speakerProfile(index: CoverageIndex, raw: string): Answer {
  const q = cleanQuery(raw, 'a speaker name');
  if (!q.ok) return { command: 'speaker', query: raw, found: false, message: q.message, results: [] };
  const hits = quotedSpeakers(index, q.text, 5);
  const best = hits[0];
  if (!best || best.score < 0.6) {
    return {
      command: 'speaker',
      query: q.text,
      found: false,
      message: `No speaker called “${q.text}” is quoted in the coverage.`,
      suggestions: quotedSpeakers(index, '', 3).map((h) => h.record.name),
      results: [],
    };
  }
  const entity = best.record;
  // The search keeps each speaker's quotations together: no pass over every quotation.
  const quotes = index.search.findQuotes({ text: '', mode: 'topic', speakerId: entity.id, limit: Number.MAX_SAFE_INTEGER }).map((h) => h.record);
  const profile = profileOf(index, entity, quotes);
  // Most-carried first: a quotation several articles repeat is what the coverage made of them.
  const groups = groupQuotes(quotes.map((record) => ({ record, score: 1 })))
    .map((g, at) => ({ g, at }))
    .sort((a, b) => b.g.others.length - a.g.others.length || a.at - b.at)
    .slice(0, TOP_QUOTES);
  const results = groups.map(({ g }) => quoteResult(index, g, ''));
  const same = hits.filter((h) => h !== best && h.score >= best.score - 1e-6).map((h) => h.record.name);
  const span = profile.first ? (profile.first === profile.last ? ` on ${profile.first}` : ` from ${profile.first} to ${profile.last}`) : '';
  const outlets = profile.outlets.length ? ` and ${profile.outlets.length} outlet${profile.outlets.length === 1 ? '' : 's'}` : '';
  const lines = [
    `${profile.quotations} quotation${profile.quotations === 1 ? '' : 's'} in ${profile.articles} article${profile.articles === 1 ? '' : 's'}${outlets}${span}.`,
  ];
  if (same.length) lines.push(`The name also matches ${same.join(', ')}: give the full name to see them.`);
  return {
    command: 'speaker',
    query: q.text,
    found: true,
    answer: entity.name,
    message: lines.join(' '),
    profile,
    chart: profile.topics.length
      ? {
          kind: 'bars',
          title: `What ${entity.name} is quoted on`,
          measure: 'quotations',
          rows: profile.topics.map((t) => ({ label: t.topic, count: t.quotations })),
        }
      : undefined,
    results,
  };
}

function profileOf(index: CoverageIndex, entity: Entity, quotes: QuoteRecord[]): SpeakerProfile {
  const articleIds = [...new Set(quotes.map((r) => r.articleId))];
  const articles = articleIds.flatMap((id) => index.search.articles.get(id) ?? []);
  const dates = articles.flatMap((a) => (a.date ? [a.date] : [])).sort();
  const outlets = [...new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))].sort();
  return {
    name: entity.name,
    descriptions: descriptionsOf(entity, quotes),
    quotations: quotes.length,
    articles: articleIds.length,
    outlets,
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    topics: topicWords(index, entity, quotes),
  };
}

/**
 * How the coverage describes the speaker: the aliases that are more than parts of their name
 * ("Harbour Board chair"), and description mentions a quotation is attributed through ("the
 * chair"), each as written, commonest first.
 */
function descriptionsOf(entity: Entity, quotes: QuoteRecord[]): string[] {
  const nameWords = new Set(tokenize(entity.name));
  const counts = new Map<string, number>();
  const add = (text: string): void => {
    const words = tokenize(text);
    if (words.length === 0 || words.every((w) => nameWords.has(w) || STOP_WORDS.has(w))) return;
    if (words.length === 1 && STOP_WORDS.has(words[0])) return;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  };
  for (const alias of entity.aliases) add(alias);
  for (const q of quotes) {
    const m = q.speakerMention?.text;
    if (m && /^(?:the|a|an)\s/i.test(m)) add(m.replace(/\s+/g, ' ').trim());
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([text]) => text);
}

/**
 * The words the speaker's quotations are about: in how many of their quotations each word
 * appears, weighted by how rare it is across all quotations, so a word everyone says ranks below
 * one that is theirs. Their own name's words and words of saying are left out.
 */
function topicWords(index: CoverageIndex, entity: Entity, quotes: QuoteRecord[]): SpeakerProfile['topics'] {
  const own = new Set(tokenize([entity.name, ...entity.aliases].join(' ')));
  const counts = new Map<string, number>();
  for (const q of quotes) {
    for (const w of new Set(tokenize(q.text))) {
      if (w.length < 4 || /^\d+$/.test(w) || own.has(w) || STOP_WORDS.has(w) || QUESTION_STOP.has(w) || WEAK_TERMS.has(w) || EMPTY_TOPIC_WORDS.has(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  // A word in one quotation only is that quotation's, not a topic, once there are several.
  const floor = quotes.length >= 4 ? 2 : 1;
  const terms = index.search.topicTerms;
  const weight = (w: string, n: number): number => n * (terms?.rarity(w) ?? 1);
  const ranked = [...counts].filter(([, n]) => n >= floor).sort((a, b) => weight(b[0], b[1]) - weight(a[0], a[1]) || a[0].localeCompare(b[0]));
  const top = new Map(ranked.slice(0, TOP_WORDS));
  return topWithOthers(top, TOP_WORDS)
    .filter((r) => r.label !== 'others')
    .map((r) => ({ topic: r.label, quotations: r.count }));
}
