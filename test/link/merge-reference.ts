// The corpus-wide merge as it was before it was optimised (commit 8232b29), kept
// so test/extract/merge-equivalence.test.ts can check the fast one gives identical output.
// One change since: entity ids are their cluster's key instead of their position (`e1`, `e2`…),
// as in the fast merge, so ids stay stable across reindexes.
import type { Entity, Extraction, FactRecord, QuoteRecord } from '../../src/model/records.js';
import type { ArticleExtraction } from '../../src/extract/index.js';
// The string helpers are shared with the new code: only the merge algorithm is kept as it was.
import { deletionKeys, nameKey, withinEdits } from '../../src/extract/namekeys.js';

/**
 * One corpus-wide entity per real-world speaker. Article-local entities with the same full
 * name join; a bare surname joins the full name that dominates it across the corpus; a
 * misspelt surname (edit distance 1–2) joins the better-attested spelling. Plain maps, no NLP:
 * this runs on the main thread over the whole corpus.
 */
export function referenceMergeEntities(parts: ArticleExtraction[]): Extraction {
  const clusters = new Clusters();
  for (const p of parts) for (const e of p.entities) if (e.kind === 'group' || tokensOf(e).length > 1) clusters.add(e);
  clusters.linkMisspellings();
  for (const p of parts) for (const e of p.entities) if (e.kind !== 'group' && tokensOf(e).length <= 1) clusters.addShort(e);
  const globals = clusters.toEntities();
  const byLocal = clusters.globalOf(globals);
  return {
    quotes: parts.flatMap((p) => p.quotes.map((q) => rewriteQuote(q, byLocal))),
    facts: parts.flatMap((p) => p.facts.map((f) => rewriteFact(f, p.entities, byLocal))),
    entities: globals,
  };
}

interface Cluster {
  key: string;
  kind: Entity['kind'];
  members: Entity[];
  /** Articles the cluster is seen in, kept up to date as members join. */
  articles: Set<string>;
  /** Set when this cluster was folded into another (a misspelling). */
  into: Cluster | null;
}

/** First and last name: "Jo B. Smith" and "Jo Smith" are one person. */
function fullKey(e: Entity): string {
  const tokens = tokensOf(e);
  return e.kind === 'person' && tokens.length > 2 ? `${tokens[0]} ${tokens[tokens.length - 1]}` : tokens.join(' ');
}

function tokensOf(e: Entity): string[] {
  return nameKey(e.name).split(' ').filter(Boolean);
}

class Clusters {
  private readonly all: Cluster[] = [];
  private readonly byKey = new Map<string, Cluster>();
  /** Surname → clusters of full names ending in it. */
  private readonly bySurname = new Map<string, Cluster[]>();
  private readonly local = new Map<string, Cluster>();

  add(e: Entity): void {
    const key = e.kind === 'group' ? `group:${e.id}` : `${e.kind}:${fullKey(e)}`;
    let c = this.byKey.get(key);
    if (!c) {
      c = { key, kind: e.kind, members: [], articles: new Set(), into: null };
      this.byKey.set(key, c);
      this.all.push(c);
      const tokens = tokensOf(e);
      if (e.kind !== 'group') push(this.bySurname, `${e.kind}:${tokens[tokens.length - 1]}`, c);
    }
    join(c, e);
    this.local.set(e.id, c);
  }

  /** A bare surname joins the full name it most likely means; otherwise it stands alone. */
  addShort(e: Entity): void {
    const [token = nameKey(e.name)] = tokensOf(e);
    const target = dominant(this.bySurname.get(`${e.kind}:${token}`) ?? []) ?? this.nearSurname(e, token);
    if (target) {
      join(target, e);
      this.local.set(e.id, target);
      return;
    }
    this.add(e);
  }

  /** Near spellings of a bare surname count only within its own article. */
  private nearSurname(e: Entity, token: string): Cluster | null {
    const found = new Set<Cluster>();
    for (const k of deletionKeys(token)) for (const c of this.surnameIndex().get(`${e.kind}:${k}`) ?? []) found.add(resolve(c));
    const near = [...found].filter((c) => withinEdits(surnameOf(c), token) && e.articles.some((a) => c.articles.has(a)));
    return dominant(near);
  }

  private deletionIndex: Map<string, Cluster[]> | null = null;

  private surnameIndex(): Map<string, Cluster[]> {
    if (this.deletionIndex) return this.deletionIndex;
    const index = new Map<string, Cluster[]>();
    for (const c of this.all) if (c.kind !== 'group' && !c.into) for (const k of deletionKeys(surnameOf(c))) push(index, `${c.kind}:${k}`, c);
    this.deletionIndex = index;
    return index;
  }

  /** Full names equal but for a surname within 1–2 edits fold into the better-attested spelling. */
  linkMisspellings(): void {
    const index = this.surnameIndex();
    for (const c of this.all) {
      if (c.kind === 'group' || c.into) continue;
      const tokens = tokensOf(c.members[0]);
      const surname = tokens[tokens.length - 1];
      if (!/^\p{L}+$/u.test(surname)) continue;
      for (const k of deletionKeys(surname)) {
        for (const other of index.get(`${c.kind}:${k}`) ?? []) {
          const o = resolve(other);
          if (o === c || o.into || !withinEdits(surnameOf(o), surname) || tokensOf(o.members[0])[0] !== tokens[0]) continue;
          const [big, small] = weight(o) >= weight(c) ? [o, c] : [c, o];
          small.into = big;
          for (const m of small.members) join(big, m);
        }
      }
    }
  }

  toEntities(): Entity[] {
    return this.all.filter((c) => !c.into).map((c) => toEntity(c, c.key));
  }

  /** Local entity id → global entity. */
  globalOf(globals: Entity[]): Map<string, Entity> {
    const byCluster = new Map<Cluster, Entity>();
    this.all.filter((c) => !c.into).forEach((c, n) => byCluster.set(c, globals[n]));
    const out = new Map<string, Entity>();
    for (const [id, c] of this.local) {
      const g = byCluster.get(resolve(c));
      if (g) out.set(id, g);
    }
    return out;
  }
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

function surnameOf(c: Cluster): string {
  const tokens = tokensOf(c.members[0]);
  return tokens[tokens.length - 1] ?? '';
}

/** How many articles a cluster is seen in. */
function weight(c: Cluster): number {
  return c.articles.size;
}

/** The one candidate that clearly dominates (three times the runner-up), or null. */
function dominant(candidates: Cluster[]): Cluster | null {
  const unique = [...new Set(candidates.map(resolve))].sort((a, b) => weight(b) - weight(a));
  if (!unique.length) return null;
  if (unique.length === 1 || weight(unique[0]) >= 3 * weight(unique[1])) return unique[0];
  return null;
}

function toEntity(c: Cluster, id: string): Entity {
  const counts = new Map<string, number>();
  for (const m of c.members)
    if (c.kind === 'group' || tokensOf(m).length > 1 || c.members.length === 1) counts.set(tidy(m.name), (counts.get(tidy(m.name)) ?? 0) + m.articles.length);
  const name = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? tidy(c.members[0].name);
  const aliases = new Map<string, string>();
  for (const m of c.members) for (const a of [m.name, ...m.aliases]) if (tidy(a) !== name) aliases.set(tidy(a).toLowerCase(), tidy(a));
  aliases.delete(name.toLowerCase());
  const articles = [...c.articles];
  return { id, name, kind: c.kind, aliases: [...aliases.values()], articles };
}

/** Display form of a name: single spaces, apostrophes as the text writes them ("O\u2019Neil" stays curly; keys ignore the difference). */
function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

function rewriteQuote(q: QuoteRecord, byLocal: Map<string, Entity>): QuoteRecord {
  const g = q.speakerId ? byLocal.get(q.speakerId) : undefined;
  return g ? { ...q, speaker: g.name, speakerId: g.id } : q;
}

function rewriteFact(f: FactRecord, local: Entity[], byLocal: Map<string, Entity>): FactRecord {
  if (!f.entities.length) return f;
  const byName = new Map<string, string>();
  for (const e of local) {
    const g = byLocal.get(e.id);
    if (!g) continue;
    for (const n of [e.name, ...e.aliases]) byName.set(n.toLowerCase(), g.name);
  }
  return { ...f, entities: [...new Set(f.entities.map((n) => byName.get(n.toLowerCase()) ?? n))] };
}
