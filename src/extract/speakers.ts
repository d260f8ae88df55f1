import type { Entity, Extraction, FactRecord, QuoteRecord } from '../model/records.js';
import type { ArticleExtraction } from './index.js';
import { deletionKeys, nameKey, withinEdits } from './namekeys.js';

/** Something that lets other work run now and then: the Slicer of src/index/slices.ts. */
export interface Yielder {
  maybeYield(): Promise<void>;
}

/** Article-local entity id → the corpus-wide entity id it joined. */
export type EntityLinks = ReadonlyMap<string, string>;

/** A merge's output plus what lets the next merge reuse the records of articles it left alone. */
export interface MergedExtraction extends Extraction {
  links: EntityLinks;
}

/** The previous merge, when there is one: its input parts and its output. */
export interface PreviousMerge {
  parts: readonly ArticleExtraction[];
  merged: MergedExtraction;
}

/**
 * One corpus-wide entity per real-world speaker. Article-local entities with the same full
 * name join; a bare surname joins the full name that dominates it across the corpus; a
 * misspelt surname (edit distance 1–2) joins the better-attested spelling. Plain maps, no NLP.
 *
 * Given the previous merge, an unchanged article whose entities all joined the same entities
 * under the same names keeps its previous records (the same objects): the output equals a merge
 * from scratch, but adding one article to a large corpus rewrites almost nothing.
 */
export function mergeEntities(parts: ArticleExtraction[], previous?: PreviousMerge): MergedExtraction {
  const run = merge(parts, previous);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/**
 * The same merge in slices: it runs on the main thread over the whole corpus during a reindex,
 * so it hands the thread back (`yielder.maybeYield`) between small steps and answers keep flowing.
 */
export async function mergeEntitiesSliced(parts: ArticleExtraction[], yielder: Yielder, previous?: PreviousMerge): Promise<MergedExtraction> {
  const run = merge(parts, previous);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
    await yielder.maybeYield();
  }
}

/** The merge as a generator: each `yield` is a point where a sliced caller may pause. */
function* merge(parts: ArticleExtraction[], previous?: PreviousMerge): Generator<void, MergedExtraction> {
  const names = sharedNames;
  const clusters = new Clusters(names);
  // Bare surnames wait until every full name is in: which one they join depends on all of them.
  const short: Entity[] = [];
  for (const p of parts) {
    for (const e of p.entities) {
      if (e.kind === 'group' || names.tokens(e.name).length > 1) clusters.add(e);
      else short.push(e);
    }
    yield;
  }
  yield* clusters.linkMisspellings();
  for (let i = 0; i < short.length; i++) {
    clusters.addShort(short[i]);
    if (i % 1024 === 1023) yield;
  }
  const globals: Entity[] = [];
  for (const c of clusters.roots()) {
    c.entity = toEntity(c, names);
    globals.push(c.entity);
    if (globals.length % 64 === 0) yield;
  }
  const links = new Map<string, string>();
  const entityOf = (local: string): Entity | undefined => clusters.entityOf(local);
  const reuse = previous ? reusable(previous, entityOf) : () => null;
  const quotes: QuoteRecord[] = [];
  const facts: FactRecord[] = [];
  for (let n = 0; n < parts.length; n++) {
    const p = parts[n];
    for (const e of p.entities) {
      const g = entityOf(e.id);
      if (g) links.set(e.id, g.id);
    }
    const kept = reuse(p);
    if (kept) {
      for (let i = kept.q; i < kept.q + p.quotes.length; i++) quotes.push(kept.merged.quotes[i]);
      for (let i = kept.f; i < kept.f + p.facts.length; i++) facts.push(kept.merged.facts[i]);
    } else {
      for (const q of p.quotes) quotes.push(rewriteQuote(q, entityOf));
      if (p.facts.length) {
        const byName = localNames(p.entities, entityOf);
        for (const f of p.facts) facts.push(rewriteFact(f, byName));
      }
    }
    // Kept parts are quick, but ten thousand of them still want a pause now and then.
    if (!kept || n % 64 === 63) yield;
  }
  return { quotes, facts, entities: globals, links };
}

/** Where a part's records start in the previous merge's output. */
interface KeptRecords {
  merged: Extraction;
  q: number;
  f: number;
}

/**
 * The previous merge's records for a part, when rewriting it now would give the same: the part
 * is the very object merged last time, and every local entity it mentions joined the same
 * corpus-wide entity, whose name (what records carry) did not change.
 */
function reusable(previous: PreviousMerge, entityOf: (local: string) => Entity | undefined): (p: ArticleExtraction) => KeptRecords | null {
  const { parts, merged } = previous;
  const oldName = new Map(merged.entities.map((e) => [e.id, e.name]));
  const ranges = new Map<string, { part: ArticleExtraction; q: number; f: number }>();
  let q = 0;
  let f = 0;
  for (const part of parts) {
    ranges.set(part.articleId, { part, q, f });
    q += part.quotes.length;
    f += part.facts.length;
  }
  if (q !== merged.quotes.length || f !== merged.facts.length) return () => null;
  const same = (local: string | null): boolean => {
    if (local === null) return true;
    const now = entityOf(local);
    const before = merged.links.get(local);
    return now === undefined ? before === undefined : now.id === before && now.name === oldName.get(before);
  };
  return (p) => {
    const r = ranges.get(p.articleId);
    if (!r || r.part !== p || !p.entities.every((e) => same(e.id)) || !p.quotes.every((x) => same(x.speakerId))) return null;
    return { merged, q: r.q, f: r.f };
  };
}

/**
 * Name keys and display forms, worked out once per distinct written name: the same names recur
 * across thousands of articles and every reindex, and the Unicode normalisation behind them is
 * the costly part. Kept between merges (a pure cache: results never depend on what it holds).
 */
class Names {
  private static readonly LIMIT = 200_000;
  private readonly tokenMemo = new Map<string, string[]>();
  private readonly tidyMemo = new Map<string, string>();
  private readonly deletionMemo = new Map<string, string[]>();
  private readonly keyMemo = { person: new Map<string, string>(), organization: new Map<string, string>() };

  tokens(name: string): string[] {
    let t = this.tokenMemo.get(name);
    if (!t) {
      t = nameKey(name).split(' ').filter(Boolean);
      this.remember(this.tokenMemo, name, t);
    }
    return t;
  }

  /** A person's or organisation's cluster key (the same string object each time, so map lookups skip hashing it again). */
  key(kind: 'person' | 'organization', name: string): string {
    const memo = this.keyMemo[kind];
    let k = memo.get(name);
    if (k === undefined) {
      k = `${kind}:${fullKey(kind, this.tokens(name))}`;
      this.remember(memo, name, k);
    }
    return k;
  }

  /** Every form of `word` with one or two letters deleted (see namekeys.ts), worked out once per word. */
  deletions(word: string): string[] {
    let d = this.deletionMemo.get(word);
    if (!d) {
      d = deletionKeys(word);
      this.remember(this.deletionMemo, word, d);
    }
    return d;
  }

  tidy(name: string): string {
    let t = this.tidyMemo.get(name);
    if (t === undefined) {
      t = tidy(name);
      this.remember(this.tidyMemo, name, t);
    }
    return t;
  }

  private remember<V>(memo: Map<string, V>, key: string, value: V): void {
    if (memo.size >= Names.LIMIT) memo.clear();
    memo.set(key, value);
  }
}

const sharedNames = new Names();

interface Cluster {
  /** What made it a cluster (kind and name key, or a group's local id): its entity's stable id. */
  key: string;
  kind: Entity['kind'];
  members: Entity[];
  /** Articles the cluster is seen in, kept up to date as members join. */
  articles: Set<string>;
  /** Set when this cluster was folded into another (a misspelling). */
  into: Cluster | null;
  /** First and last name keys of its first member (members only ever append). */
  first: string | undefined;
  surname: string;
  /** The corpus-wide entity it became, once the clusters are final. */
  entity?: Entity;
}

class Clusters {
  private readonly all: Cluster[] = [];
  private readonly byKey = new Map<string, Cluster>();
  /** Per kind, surname → clusters of full names ending in it. */
  private readonly bySurname = byKind<Cluster[]>();
  private readonly local = new Map<string, Cluster>();

  constructor(private readonly names: Names) {}

  add(e: Entity): void {
    const tokens = this.names.tokens(e.name);
    const key = e.kind === 'group' ? `group:${e.id}` : this.names.key(e.kind, e.name);
    let c = this.byKey.get(key);
    if (!c) {
      c = { key, kind: e.kind, members: [], articles: new Set(), into: null, first: tokens[0], surname: tokens[tokens.length - 1] ?? '' };
      this.byKey.set(key, c);
      this.all.push(c);
      if (e.kind !== 'group') push(this.bySurname[e.kind], c.surname, c);
    }
    join(c, e);
    this.local.set(e.id, c);
  }

  /** A bare surname joins the full name it most likely means; otherwise it stands alone. */
  addShort(e: Entity): void {
    const [token = nameKey(e.name)] = this.names.tokens(e.name);
    const target = dominant(this.bySurname[e.kind].get(token) ?? []) ?? this.nearSurname(e.kind, token);
    if (target) {
      join(target, e);
      this.local.set(e.id, target);
      return;
    }
    this.add(e);
  }

  private nearSurname(kind: Entity['kind'], token: string): Cluster | null {
    const found = new Set<Cluster>();
    for (const k of this.names.deletions(token)) for (const c of this.surnameIndex()[kind].get(k) ?? []) found.add(resolve(c));
    const near = [...found].filter((c) => withinEdits(c.surname, token));
    return dominant(near);
  }

  private deletionIndex: Record<Entity['kind'], Map<string, Cluster[]>> | null = null;

  /** Per kind, each surname's one- and two-letter deletions → clusters with that surname (misspellings meet here). */
  private surnameIndex(): Record<Entity['kind'], Map<string, Cluster[]>> {
    if (this.deletionIndex) return this.deletionIndex;
    const index = byKind<Cluster[]>();
    for (const c of this.all) if (c.kind !== 'group' && !c.into) for (const k of this.names.deletions(c.surname)) push(index[c.kind], k, c);
    this.deletionIndex = index;
    return index;
  }

  /** Full names equal but for a surname within 1–2 edits fold into the better-attested spelling. */
  *linkMisspellings(): Generator<void, void> {
    const index = this.surnameIndex();
    yield;
    let n = 0;
    for (const c of this.all) {
      if (++n % 256 === 0) yield;
      if (c.kind === 'group' || c.into) continue;
      const surname = c.surname;
      if (!/^\p{L}+$/u.test(surname)) continue;
      for (const k of this.names.deletions(surname)) {
        for (const other of index[c.kind].get(k) ?? []) {
          const o = resolve(other);
          if (o === c || o.into || o.first !== c.first || !withinEdits(o.surname, surname)) continue;
          const [big, small] = weight(o) >= weight(c) ? [o, c] : [c, o];
          small.into = big;
          for (const m of small.members) join(big, m);
        }
      }
    }
  }

  /** Clusters that stand as entities, in the order they were first seen. */
  roots(): Cluster[] {
    return this.all.filter((c) => !c.into);
  }

  /** The corpus-wide entity an article-local entity joined (once every root has its entity). */
  entityOf(localId: string): Entity | undefined {
    const c = this.local.get(localId);
    return c && resolve(c).entity;
  }
}

/** First and last name: "Jo B. Smith" and "Jo Smith" are one person. */
function fullKey(kind: Entity['kind'], tokens: string[]): string {
  return kind === 'person' && tokens.length > 2 ? `${tokens[0]} ${tokens[tokens.length - 1]}` : tokens.join(' ');
}

function join(c: Cluster, e: Entity): void {
  c.members.push(e);
  for (const a of e.articles) c.articles.add(a);
}

function byKind<V>(): Record<Entity['kind'], Map<string, V>> {
  return { person: new Map(), organization: new Map(), group: new Map() };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function resolve(c: Cluster): Cluster {
  let r = c;
  while (r.into) r = r.into;
  return r;
}

/** How many articles a cluster is seen in. */
function weight(c: Cluster): number {
  return c.articles.size;
}

/** The one candidate that clearly dominates (three times the runner-up), or null. */
function dominant(candidates: Cluster[]): Cluster | null {
  if (candidates.length === 1) return resolve(candidates[0]);
  const unique = [...new Set(candidates.map(resolve))].sort((a, b) => weight(b) - weight(a));
  if (!unique.length) return null;
  if (unique.length === 1 || weight(unique[0]) >= 3 * weight(unique[1])) return unique[0];
  return null;
}

/**
 * The entity's id is its cluster's key, not its position: it stays the same when other articles
 * come and go, so a reindex can tell which records need rewriting (see `reusable`).
 */
function toEntity(c: Cluster, names: Names): Entity {
  const counts = new Map<string, number>();
  for (const m of c.members) {
    if (c.kind === 'group' || names.tokens(m.name).length > 1 || c.members.length === 1) {
      const t = names.tidy(m.name);
      counts.set(t, (counts.get(t) ?? 0) + m.articles.length);
    }
  }
  let name: string | undefined;
  let best = -1;
  // The most-seen written form; on a tie the longer one, then the first seen (as the stable sort it replaces ranked them).
  for (const [n, count] of counts) {
    if (name === undefined || count > best || (count === best && n.length > name.length)) {
      name = n;
      best = count;
    }
  }
  name ??= names.tidy(c.members[0].name);
  const aliases = new Map<string, string>();
  for (const m of c.members) {
    const t = names.tidy(m.name);
    if (t !== name) aliases.set(t.toLowerCase(), t);
    for (const a of m.aliases) {
      const ta = names.tidy(a);
      if (ta !== name) aliases.set(ta.toLowerCase(), ta);
    }
  }
  aliases.delete(name.toLowerCase());
  const articles = [...c.articles];
  return { id: c.key, name, kind: c.kind, aliases: [...aliases.values()], articles };
}

/** Display form of a name: straight apostrophes, single spaces. */
function tidy(name: string): string {
  return name.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

function rewriteQuote(q: QuoteRecord, entityOf: (local: string) => Entity | undefined): QuoteRecord {
  const g = q.speakerId ? entityOf(q.speakerId) : undefined;
  return g ? { ...q, speaker: g.name, speakerId: g.id } : q;
}

/** Every written form of an article's entities (lower-cased) → the global name it now has. */
function localNames(local: Entity[], entityOf: (local: string) => Entity | undefined): Map<string, string> {
  const byName = new Map<string, string>();
  for (const e of local) {
    const g = entityOf(e.id);
    if (!g) continue;
    byName.set(e.name.toLowerCase(), g.name);
    for (const n of e.aliases) byName.set(n.toLowerCase(), g.name);
  }
  return byName;
}

function rewriteFact(f: FactRecord, byName: Map<string, string>): FactRecord {
  if (!f.entities.length) return f;
  return { ...f, entities: [...new Set(f.entities.map((n) => byName.get(n.toLowerCase()) ?? n))] };
}
