import { describe, expect, it } from 'vitest';
import type { Entity, Extraction, FactRecord, QuoteRecord } from '../../src/model/records.js';
import { extractArticle, type ArticleExtraction } from '../../src/extract/index.js';
import { mergeEntities, mergeEntitiesSliced, type MergedExtraction, type PreviousMerge } from '../../src/link/speakers.js';
import { Slicer } from '../../src/runtime/slices.js';
import { generateCorpus } from '../../bench/generate.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { tempCorpus } from '../helpers/corpus.js';
import { referenceMergeEntities } from './merge-reference.js';
import { rng } from '../../bench/random.js';

/**
 * The corpus-wide merge was rewritten for speed; it must give exactly what the original
 * (kept in merge-reference.ts) gives, on generated name soups built to hit every rule —
 * full names, middle initials, bare surnames, misspellings, accents, apostrophes, groups —
 * and on the real extractors' output over generated articles.
 */

const FIRST = ['Rosa', 'Mateo', 'Ana', 'Jo', 'Li', 'Jean-Luc', 'Zoë', 'Émile', 'Kwame', 'Priya', 'Sam', 'Olu'];
const LAST = [
  'Delgado',
  'Smith',
  'Núñez',
  "O'Brien",
  'Kowalczyk',
  'Nguyen',
  'Li',
  'Okonkwo',
  'Hartmann',
  'Delgato',
  'Smyth',
  'Ng',
  'Van der Berg',
  'Fitzgerald',
  'Fitzgerld',
  'Abe',
];
const ORGS = ['The Ledger-Times', 'Ledger Times', 'Acme Corp', 'Acme Corp.', 'the Ministry of Health', 'Ministry of Heath', 'UN', "Smith's Bakery"];
const GROUPS = ['the campaign', 'officials', 'the police', 'residents'];

function misspell(word: string, r: () => number): string {
  if (word.length < 3) return word;
  const i = 1 + Math.floor(r() * (word.length - 1));
  const op = Math.floor(r() * 4);
  if (op === 0) return word.slice(0, i) + word.slice(i + 1);
  if (op === 1) return `${word.slice(0, i)}x${word.slice(i + 1)}`;
  if (op === 2 && i < word.length - 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return `${word.slice(0, i)}e${word.slice(i)}`;
}

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)];
}

function personName(r: () => number): { name: string; aliases: string[] } {
  const first = pick(FIRST, r);
  let last = pick(LAST, r);
  if (r() < 0.1) last = misspell(last, r);
  const shape = r();
  if (shape < 0.3) return { name: last, aliases: [] };
  if (shape < 0.4) return { name: `${first} ${pick(['M.', 'J.', 'de la'], r)} ${last}`, aliases: [last] };
  if (shape < 0.45) return { name: `${first.toUpperCase()} ${last}`, aliases: [] };
  if (shape < 0.5) return { name: `${first}  ${last}\u2019s`.replace('\u2019s', r() < 0.5 ? '\u2019s' : ''), aliases: [] };
  return { name: `${first} ${last}`, aliases: r() < 0.5 ? [last, first] : [last] };
}

function soup(seed: number, articles: number): ArticleExtraction[] {
  const r = rng(seed).next;
  const parts: ArticleExtraction[] = [];
  for (let a = 0; a < articles; a++) {
    const id = `a${a}`;
    const entities: Entity[] = [];
    const count = 1 + Math.floor(r() * 6);
    for (let n = 1; n <= count; n++) {
      const roll = r();
      const kind: Entity['kind'] = roll < 0.7 ? 'person' : roll < 0.9 ? 'organization' : 'group';
      const { name, aliases } =
        kind === 'person'
          ? personName(r)
          : kind === 'organization'
            ? { name: pick(ORGS, r), aliases: r() < 0.3 ? ['the firm'] : [] }
            : { name: pick(GROUPS, r), aliases: [] };
      // Now and then an article seen twice in an entity's list, or a second article listed.
      const seen = r() < 0.05 ? [id, `a${Math.floor(r() * articles)}`] : [id];
      entities.push({ id: `${id}:e${n}`, name, kind, aliases, articles: seen });
    }
    const span = { text: 'x', start: 0, end: 1 };
    const quotes: QuoteRecord[] = Array.from({ length: Math.floor(r() * 4) }, (_, q) => {
      const speaker = r() < 0.15 ? null : pick(entities, r);
      const unknown = r() < 0.05;
      return {
        id: `${id}:q${q}`,
        articleId: id,
        text: `quote ${q}`,
        start: 0,
        end: 1,
        speaker: speaker?.name ?? null,
        speakerId: unknown ? `${id}:e99` : (speaker?.id ?? null),
        speakerMention: null,
        cue: span,
        kind: 'direct',
        passage: span,
        confidence: 0.5,
      };
    });
    const facts: FactRecord[] = Array.from({ length: Math.floor(r() * 3) }, (_, f) => {
      const names = Array.from({ length: Math.floor(r() * 4) }, () => {
        const e = pick(entities, r);
        const roll = r();
        return roll < 0.4 ? e.name : roll < 0.6 ? e.name.toLowerCase() : roll < 0.8 ? (e.aliases[0] ?? e.name) : 'Somebody Else';
      });
      return { id: `${id}:f${f}`, articleId: id, statement: 's', passage: span, values: [], entities: names, subject: null, predicate: [], terms: [] };
    });
    parts.push({ articleId: id, hash: id, quotes, facts, entities });
  }
  return parts;
}

/** The records and entities: what the original merge gave (the fast one also returns its links). */
function records({ quotes, facts, entities }: Extraction): Extraction {
  return { quotes, facts, entities };
}

async function sliced(parts: ArticleExtraction[], previous?: PreviousMerge): Promise<Extraction> {
  return records(await mergeEntitiesSliced(parts, new Slicer(), previous));
}

describe('mergeEntities matches the original implementation', () => {
  for (const [seed, size] of [
    [1, 5],
    [2, 40],
    [3, 300],
    [4, 2000],
    [5, 6000],
  ] as const) {
    it(`on a generated name soup (seed ${seed}, ${size} articles)`, async () => {
      const parts = soup(seed, size);
      const expected = referenceMergeEntities(structuredClone(parts));
      expect(records(mergeEntities(structuredClone(parts)))).toStrictEqual(expected);
      expect(await sliced(structuredClone(parts))).toStrictEqual(expected);
    });
  }

  it('on the real extractors over generated articles', async () => {
    const { dir, cleanup } = await tempCorpus(Object.fromEntries(generateCorpus(11, 60).map((g) => [g.file, g.text])));
    const parts = (await loadCorpus(dir).finally(cleanup)).articles.map(extractArticle);
    expect(parts.length).toBe(60);
    const expected = referenceMergeEntities(structuredClone(parts));
    expect(records(mergeEntities(structuredClone(parts)))).toStrictEqual(expected);
    expect(await sliced(structuredClone(parts))).toStrictEqual(expected);
  });

  it('leaves its input untouched', () => {
    const parts = soup(9, 200);
    const before = structuredClone(parts);
    mergeEntities(parts);
    expect(parts).toStrictEqual(before);
  });
});

/** A corpus after a reindex: some articles gone, some new, some re-extracted (new objects). */
function edited(parts: ArticleExtraction[], seed: number): ArticleExtraction[] {
  const r = rng(seed).next;
  const fresh = soup(seed + 1000, 12).map((p) => ({ ...p, articleId: `n${p.articleId}` }));
  const kept = parts.filter(() => r() > 0.03).map((p) => (r() < 0.03 ? structuredClone(p) : p));
  return [...kept, ...fresh].sort((a, b) => a.articleId.localeCompare(b.articleId));
}

describe('a merge given the previous one', () => {
  for (const seed of [21, 22, 23]) {
    it(`equals a merge from scratch after articles are added, removed and changed (seed ${seed})`, async () => {
      const before = soup(seed, 800);
      const merged = mergeEntities(before);
      const after = edited(before, seed);
      const scratch = mergeEntities(after);
      expect(records(mergeEntities(after, { parts: before, merged }))).toStrictEqual(records(scratch));
      expect(await sliced(after, { parts: before, merged })).toStrictEqual(records(scratch));
    });
  }

  it('keeps the previous record objects of articles whose speakers did not change', () => {
    const before = soup(31, 400);
    const merged = mergeEntities(before);
    const again = mergeEntities(before, { parts: before, merged });
    expect(again.quotes.length).toBeGreaterThan(100);
    expect(again.quotes.every((q, i) => q === merged.quotes[i])).toBe(true);
    expect(again.facts.every((f, i) => f === merged.facts[i])).toBe(true);
  });

  it('rewrites the records whose speaker was renamed by a new article', () => {
    const speaker = (id: string, name: string): Entity => ({ id: `${id}:e1`, name, kind: 'person', aliases: [], articles: [id] });
    const part = (id: string, name: string): ArticleExtraction => {
      const span = { text: 'x', start: 0, end: 1 };
      const quote: QuoteRecord = {
        id: `${id}:q1`,
        articleId: id,
        text: 'we will rebuild the bridge',
        start: 0,
        end: 1,
        speaker: name,
        speakerId: `${id}:e1`,
        speakerMention: null,
        cue: span,
        kind: 'direct',
        passage: span,
        confidence: 0.9,
      };
      return { articleId: id, hash: id, quotes: [quote], facts: [], entities: [speaker(id, name)] };
    };
    // An entity is named by its most-seen written form: two new articles with the middle name outvote the old form.
    const before = [part('a1', 'Ada Okafor'), part('a2', 'Ada Okafor'), part('a3', 'Ada Nkem Okafor')];
    const merged = mergeEntities(before);
    expect(merged.quotes[0].speaker).toBe('Ada Okafor');
    const after = [...before, part('a4', 'Ada Nkem Okafor'), part('a5', 'Ada Nkem Okafor')];
    const again = mergeEntities(after, { parts: before, merged });
    expect(records(again)).toStrictEqual(records(mergeEntities(after)));
    expect(again.quotes[0].speaker).toBe('Ada Nkem Okafor');
  });
});

/** A part moved to another article id, its local entity ids too (they are unique per article, as the extractors make them). */
function renamed(p: ArticleExtraction, articleId: string): ArticleExtraction {
  const local = (id: string | null): string | null => (id ? id.replace(/^[^:]+:/, `${articleId}:`) : null);
  return {
    ...p,
    articleId,
    entities: p.entities.map((e) => ({ ...e, id: local(e.id) as string, articles: e.articles.map((a) => (a === p.articleId ? articleId : a)) })),
    quotes: p.quotes.map((q) => ({ ...q, articleId, speakerId: local(q.speakerId) })),
    facts: p.facts.map((f) => ({ ...f, articleId })),
  };
}

/** A merge's outcome as a merge from scratch must give it: records, entities in order, links, families. */
function outcome(m: MergedExtraction): unknown {
  const partition = [...m.families.nodes.values()].map((nodes) => [...nodes].sort().join(' ')).sort();
  return { ...records(m), links: [...m.links].sort(([a], [b]) => a.localeCompare(b)), partition };
}

function person(id: string, n: number, name: string): Entity {
  return { id: `${id}:e${n}`, name, kind: 'person', aliases: [], articles: [id] };
}

/** An article naming these people, each quoted once. */
function naming(id: string, ...names: string[]): ArticleExtraction {
  const span = { text: 'x', start: 0, end: 1 };
  const entities = names.map((name, i) => person(id, i + 1, name));
  const quotes: QuoteRecord[] = entities.map((e, i) => ({
    id: `${id}:q${i + 1}`,
    articleId: id,
    text: `words of ${e.name}`,
    start: 0,
    end: 1,
    speaker: e.name,
    speakerId: e.id,
    speakerMention: null,
    cue: span,
    kind: 'direct',
    passage: span,
    confidence: 0.9,
  }));
  const facts: FactRecord[] = [
    { id: `${id}#f0`, articleId: id, statement: 's', passage: span, values: [], entities: names, subject: null, predicate: [], terms: [] },
  ];
  return { articleId: id, hash: id, quotes, facts, entities };
}

describe('a merge that redoes only the name families a change touches', () => {
  it('equals a merge from scratch over a long chain of edits, each merge given the one before', () => {
    let parts = soup(41, 600);
    let merged = mergeEntities(parts);
    for (let round = 0; round < 8; round++) {
      const next = edited(parts, 41 + round).map((p) => (p.articleId.startsWith('n') ? renamed(p, `${p.articleId}r${round}`) : p));
      const incremental = mergeEntities(next, { parts, merged });
      expect(outcome(incremental)).toStrictEqual(outcome(mergeEntities(next)));
      parts = next;
      merged = incremental;
    }
  });

  it('joins two families when a new spelling lies between them, and parts them again when it goes', () => {
    // "Kowalsky" is one edit from both "Kowalski" and "Kowalskyy", which are two apart: it bridges them.
    const base = [naming('a1', 'Ewa Kowalski'), naming('a2', 'Ewa Kowalskyy'), naming('a3', 'Kowalski'), naming('a4', 'Ewa Kowalskyy')];
    const first = mergeEntities(base);
    const bridged = [...base, naming('a5', 'Ewa Kowalsky', 'Kowalsky')];
    const joined = mergeEntities(bridged, { parts: base, merged: first });
    expect(outcome(joined)).toStrictEqual(outcome(mergeEntities(bridged)));
    const parted = mergeEntities(base, { parts: bridged, merged: joined });
    expect(outcome(parted)).toStrictEqual(outcome(first));
  });

  it('moves a bare surname to the full name that comes to dominate it', () => {
    const base = [naming('a1', 'Lena Moreau'), naming('a2', 'Paul Moreau'), naming('a3', 'Moreau')];
    const first = mergeEntities(base);
    // Three more articles for Lena: she now outweighs Paul three to one, and the bare "Moreau" joins her.
    const after = [...base, naming('a4', 'Lena Moreau'), naming('a5', 'Lena Moreau'), naming('a6', 'Lena Moreau', 'Moreau')];
    const again = mergeEntities(after, { parts: base, merged: first });
    expect(outcome(again)).toStrictEqual(outcome(mergeEntities(after)));
    expect(again.quotes.find((q) => q.speakerId === 'person:lena moreau' && q.articleId === 'a3')).toBeDefined();
  });

  it('leaves the entities of untouched families as the very same objects', () => {
    const base = soup(43, 300);
    const first = mergeEntities(base);
    const after = [...base, naming('zz', 'Quentin Zabrowski')];
    const again = mergeEntities(after, { parts: base, merged: first });
    expect(outcome(again)).toStrictEqual(outcome(mergeEntities(after)));
    const before = new Set(first.entities);
    expect(again.entities.filter((e) => !before.has(e)).map((e) => e.id)).toEqual(['person:quentin zabrowski']);
  });

  it('merges every family again when the previous merge has none (an index restored from a snapshot)', () => {
    const base = soup(44, 200);
    const { families: _none, ...restored } = mergeEntities(base);
    const after = edited(base, 44);
    expect(outcome(mergeEntities(after, { parts: base, merged: { ...restored, families: null } }))).toStrictEqual(outcome(mergeEntities(after)));
  });
});
