import type { Entity, Extraction, FactRecord, QuoteRecord } from '../model/records.js';
import type { ArticleExtraction } from './index.js';
import { deletionKeys, nameKey, withinEdits } from './namekeys.js';

/** Something that lets other work run now and then: the Slicer of src/index/slices.ts. */
export interface Yielder {
  maybeYield(): Promise<void>;
}

/**
 * One corpus-wide entity per real-world speaker. Article-local entities with the same full
 * name join; a bare surname joins the full name that dominates it across the corpus; a
 * misspelt surname (edit distance 1–2) joins the better-attested spelling. Plain maps, no NLP.
 */
export function mergeEntities(parts: ArticleExtraction[]): Extraction {
  const run = merge(parts);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/**
 * The same merge in slices: it runs on the main thread over the whole corpus during a reindex,
 * so it hands the thread back (`yielder.maybeYield`) between small steps and answers keep flowing.
 */
export async function mergeEntitiesSliced(parts: ArticleExtraction[], yielder: Yielder): Promise<Extraction> {
  const run = merge(parts);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
    await yielder.maybeYield();
  }
}

/** The merge as a generator: each `yield` is a point where a sliced caller may pause. */
function* merge(parts: ArticleExtraction[]): Generator<void, Extraction> {
  const names = new Names();
  const clusters = new Clusters(names);
  for (const p of parts) {
    for (const e of p.entities) if (e.kind === 'group' || names.tokens(e.name).length > 1) clusters.add(e);
    yield;
  }
  yield* clusters.linkMisspellings();
  for (const p of parts) {
    for (const e of p.entities) if (e.kind !== 'group' && names.tokens(e.name).length <= 1) clusters.addShort(e);
    yield;
  }
  const globals: Entity[] = [];
  for (const c of clusters.roots()) {
    globals.push(toEntity(c, `e${globals.length + 1}`, names));
    if (globals.length % 64 === 0) yield;
  }
  const byLocal = clusters.globalOf(globals);
  const quotes: QuoteRecord[] = [];
  const facts: FactRecord[] = [];
  for (const p of parts) {
    for (const q of p.quotes) quotes.push(rewriteQuote(q, byLocal));
    if (p.facts.length) {
      const byName = localNames(p.entities, byLocal);
      for (const f of p.facts) facts.push(rewriteFact(f, byName));
    }
    yield;
  }
  return { quotes, facts, entities: globals };
}

/**
 * Name keys and display forms, worked out once per distinct written name: the same names recur
 * across thousands of articles, and the Unicode normalisation behind them is the costly part.
 */
class Names {
  private readonly tokenMemo = new Map<string, string[]>();
  private readonly tidyMemo = new Map<string, string>();

  tokens(name: string): string[] {
    let t = this.tokenMemo.get(name);
    if (!t) {
      t = nameKey(name).split(' ').filter(Boolean);
      this.tokenMemo.set(name, t);
    }
    return t;
  }

  tidy(name: string): string {
    let t = this.tidyMemo.get(name);
    if (t === undefined) {
      t = tidy(name);
      this.tidyMemo.set(name, t);
    }
    return t;
  }
}

interface Cluster {
  kind: Entity['kind'];
  members: Entity[];
  /** Articles the cluster is seen in, kept up to date as members join. */
  articles: Set<string>;
  /** Set when this cluster was folded into another (a misspelling). */
  into: Cluster | null;
  /** First and last name keys of its first member (members only ever append). */
  first: string | undefined;
  surname: string;
}

class Clusters {
  private readonly all: Cluster[] = [];
  private readonly byKey = new Map<string, Cluster>();
  /** Surname → clusters of full names ending in it. */
  private readonly bySurname = new Map<string, Cluster[]>();
  private readonly local = new Map<string, Cluster>();

  constructor(private readonly names: Names) {}

  add(e: Entity): void {
    const tokens = this.names.tokens(e.name);
    const key = e.kind === 'group' ? `group:${e.id}` : `${e.kind}:${fullKey(e.kind, tokens)}`;
    let c = this.byKey.get(key);
    if (!c) {
      c = { kind: e.kind, members: [], articles: new Set(), into: null, first: tokens[0], surname: tokens[tokens.length - 1] ?? '' };
      this.byKey.set(key, c);
      this.all.push(c);
      if (e.kind !== 'group') push(this.bySurname, `${e.kind}:${tokens[tokens.length - 1]}`, c);
    }
    join(c, e);
    this.local.set(e.id, c);
  }

  /** A bare surname joins the full name it most likely means; otherwise it stands alone. */
  addShort(e: Entity): void {
    const [token = nameKey(e.name)] = this.names.tokens(e.name);
    const target = dominant(this.bySurname.get(`${e.kind}:${token}`) ?? []) ?? this.nearSurname(e.kind, token);
    if (target) {
      join(target, e);
      this.local.set(e.id, target);
      return;
    }
    this.add(e);
  }

  private nearSurname(kind: Entity['kind'], token: string): Cluster | null {
    const found = new Set<Cluster>();
    for (const k of deletionKeys(token)) for (const c of this.surnameIndex().get(`${kind}:${k}`) ?? []) found.add(resolve(c));
    const near = [...found].filter((c) => withinEdits(c.surname, token));
    return dominant(near);
  }

  private deletionIndex: Map<string, Cluster[]> | null = null;

  private surnameIndex(): Map<string, Cluster[]> {
    if (this.deletionIndex) return this.deletionIndex;
    const index = new Map<string, Cluster[]>();
    for (const c of this.all) if (c.kind !== 'group' && !c.into) for (const k of deletionKeys(c.surname)) push(index, `${c.kind}:${k}`, c);
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
      for (const k of deletionKeys(surname)) {
        for (const other of index.get(`${c.kind}:${k}`) ?? []) {
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

  /** Local entity id → global entity. */
  globalOf(globals: Entity[]): Map<string, Entity> {
    const byCluster = new Map<Cluster, Entity>();
    this.roots().forEach((c, n) => byCluster.set(c, globals[n]));
    const out = new Map<string, Entity>();
    for (const [id, c] of this.local) {
      const g = byCluster.get(resolve(c));
      if (g) out.set(id, g);
    }
    return out;
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

function toEntity(c: Cluster, id: string, names: Names): Entity {
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
  return { id, name, kind: c.kind, aliases: [...aliases.values()], articles };
}

/** Display form of a name: straight apostrophes, single spaces. */
function tidy(name: string): string {
  return name.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

function rewriteQuote(q: QuoteRecord, byLocal: Map<string, Entity>): QuoteRecord {
  const g = q.speakerId ? byLocal.get(q.speakerId) : undefined;
  return g ? { ...q, speaker: g.name, speakerId: g.id } : q;
}

/** Every written form of an article's entities (lower-cased) → the global name it now has. */
function localNames(local: Entity[], byLocal: Map<string, Entity>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const e of local) {
    const g = byLocal.get(e.id);
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
