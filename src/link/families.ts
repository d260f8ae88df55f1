import type { Entity } from '../model/records.js';
import type { ArticleExtraction } from '../extract/index.js';
import type { Names } from './name-memo.js';
import { withinEdits } from '../extract/namekeys.js';
import { pushTo } from '../model/multimap.js';

/**
 * Which speakers the corpus-wide merge can ever join is decided by surnames alone: a full name
 * joins its exact key, a misspelt surname joins one within a few edits, a bare surname joins a
 * full name ending in it or in a near spelling. So the entities fall into name families (kind
 * plus surnames linked by "within edits"), and each family's outcome depends only on its own
 * entities, in corpus order. When a reindex adds or drops a few articles, only the families they
 * touch are merged again; every other family keeps its entities, and the result is the same as a
 * merge from scratch (test/link/merge-equivalence.test.ts checks that).
 */

/** A corpus-wide entity with where the merge from scratch would have created it, which fixes its place in the entity list. */
export interface Root {
  entity: Entity;
  /** 0: made by a full name (or a group); 1: by a bare name that joined nothing. */
  phase: 0 | 1;
  /** The local entity that created it: its article and its place in that article's list. */
  articleId: string;
  index: number;
  /** Its name family node (see Names.node). */
  node: string;
}

/** One merge's families, kept for the next. Never changed once made, except the grow-only surname index. */
export interface FamilyState {
  /** Node → id of its family. */
  family: ReadonlyMap<string, string>;
  /** Family id → its nodes. */
  nodes: ReadonlyMap<string, readonly string[]>;
  /** Family id → its entities. */
  roots: ReadonlyMap<string, readonly Root[]>;
  /** Node → how many local entities are in it: the nodes in use. */
  universe: ReadonlyMap<string, number>;
  /** Shared by every state: surnames only ever join it, and look-ups check they are still in use. */
  index: SurnameIndex;
}

/** What a merge redoes: these nodes' entities, replacing the results of these old families. */
export interface Plan {
  /** Every node in use now, with its count of local entities. */
  universe: ReadonlyMap<string, number>;
  redo: ReadonlySet<string>;
  dropped: ReadonlySet<string>;
  /** Old parts whose local entities are gone or replaced. */
  gone: readonly ArticleExtraction[];
}

/** Per kind, each surname's one-letter deletions → surnames (as nodes): near spellings meet here. */
export class SurnameIndex {
  private readonly byKey = new Map<string, string[]>();
  private readonly known = new Set<string>();

  constructor(private readonly names: Names) {}

  add(node: string): void {
    if (this.known.has(node) || node.startsWith('group:')) return;
    this.known.add(node);
    const [kind, token] = split(node);
    for (const k of this.names.deletions(token)) {
      const key = `${kind}:${k}`;
      pushTo(this.byKey, key, node);
    }
  }

  /** Nodes in `universe` whose surname is within edits of this node's: the merge may join them. */
  *neighbours(node: string, universe: InUse): Generator<string> {
    if (node.startsWith('group:')) return;
    const [kind, token] = split(node);
    for (const k of this.names.deletions(token)) {
      for (const other of this.byKey.get(`${kind}:${k}`) ?? []) {
        if (other !== node && universe.has(other) && withinEdits(split(other)[1], token)) yield other;
      }
    }
  }
}

/** The nodes in use, as a set or as counts (never holding a zero). */
type InUse = Pick<ReadonlySet<string>, 'has'>;

/** Every node the parts' entities are in, with their counts; new ones join the surname index. */
export function* census(parts: readonly ArticleExtraction[], names: Names, index: SurnameIndex): Generator<void, Map<string, number>> {
  const universe = new Map<string, number>();
  for (let n = 0; n < parts.length; n++) {
    for (const e of parts[n].entities) {
      const node = names.node(e);
      universe.set(node, (universe.get(node) ?? 0) + 1);
    }
    if (n % 256 === 255) yield;
  }
  for (const node of universe.keys()) index.add(node);
  return universe;
}

function split(node: string): [string, string] {
  const at = node.indexOf(':');
  return [node.slice(0, at), node.slice(at + 1)];
}

/**
 * The nodes whose entities must be merged again: those of changed articles, every node of the
 * families they were in, and whatever those reach in the corpus as it is now.
 */
export function plan(parts: readonly ArticleExtraction[], previous: readonly ArticleExtraction[], state: FamilyState, names: Names): Plan {
  const before = new Map(previous.map((p) => [p.articleId, p]));
  const changed = new Set<string>();
  const gone: ArticleExtraction[] = [];
  const universe = new Map(state.universe);
  const touch = (p: ArticleExtraction, by: 1 | -1): void => {
    for (const e of p.entities) {
      const node = names.node(e);
      changed.add(node);
      const count = (universe.get(node) ?? 0) + by;
      if (count > 0) universe.set(node, count);
      else universe.delete(node);
      if (by > 0) state.index.add(node);
    }
  };
  for (const p of parts) {
    const old = before.get(p.articleId);
    before.delete(p.articleId);
    if (old === p) continue;
    touch(p, 1);
    if (old) {
      touch(old, -1);
      gone.push(old);
    }
  }
  for (const old of before.values()) {
    touch(old, -1);
    gone.push(old);
  }
  const seeds = new Set(changed);
  for (const n of changed) for (const m of state.nodes.get(state.family.get(n) ?? '') ?? []) seeds.add(m);
  const redo = reach(
    [...seeds].filter((n) => universe.has(n)),
    universe,
    state.index,
  );
  const dropped = new Set<string>();
  for (const n of [...redo, ...changed]) {
    const f = state.family.get(n);
    if (f !== undefined) dropped.add(f);
  }
  return { universe, redo, dropped, gone };
}

/** Every node reachable from `start` through near surnames. */
function reach(start: readonly string[], universe: InUse, index: SurnameIndex): Set<string> {
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length) {
    const n = queue.pop() as string;
    for (const m of index.neighbours(n, universe)) {
      if (seen.has(m)) continue;
      seen.add(m);
      queue.push(m);
    }
  }
  return seen;
}

/**
 * The next state: the previous one's families but the dropped, plus the families of the nodes
 * just merged (with their new roots). Without a previous state, `fresh` covers every node.
 */
export function nextState(
  previous: FamilyState | null,
  plan: Plan | null,
  universe: ReadonlyMap<string, number>,
  merged: InUse & Iterable<string>,
  fresh: readonly Root[],
  index: SurnameIndex,
): FamilyState {
  const family = new Map(previous?.family ?? []);
  const nodes = new Map(previous?.nodes ?? []);
  const roots = new Map(previous?.roots ?? []);
  for (const f of plan?.dropped ?? []) {
    for (const n of nodes.get(f) ?? []) family.delete(n);
    nodes.delete(f);
    roots.delete(f);
  }
  for (const n of merged) {
    if (family.has(n)) continue;
    const members = [...reach([n], merged, index)];
    for (const m of members) family.set(m, n);
    nodes.set(n, members);
    roots.set(n, []);
  }
  for (const r of fresh) (roots.get(family.get(r.node) as string) as Root[]).push(r);
  return { family, nodes, roots, universe, index };
}
