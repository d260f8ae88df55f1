import type { FactRecord } from '../model/records.js';
import { pushTo } from '../model/multimap.js';

/**
 * Facts are about 70 % of a snapshot and only /ask reads them, so a start from a snapshot leaves
 * each article's facts as bytes and parses them when first asked for. The store makes that cost
 * and its failure part of the type: counts are known without parsing; reading facts is a method
 * call that may parse, and may fail with FactsUnreadable; `settle` parses the rest in the
 * background and hands back a failure as a value.
 */
export interface FactStore {
  /** How many facts there are in all, known without parsing. */
  readonly count: number;
  /** How many articles' facts are still unparsed bytes. */
  readonly unparsed: number;
  /** How many facts an article has (0 for one the store does not hold), known without parsing. */
  countFor(articleId: string): number;
  /** An article's facts, parsed now if they were not yet. @throws FactsUnreadable */
  forArticle(articleId: string): readonly FactRecord[];
  /** Every article's facts, in article order, parsed now if they were not yet. @throws FactsUnreadable */
  all(): readonly FactRecord[];
  /** Parses what is still unparsed, pausing between articles; the first failure, or null. */
  settle(): Generator<void, FactsUnreadable | null>;
}

/** Saved facts that cannot be read back (a damaged snapshot): the message says which and what to do. */
export class FactsUnreadable extends Error {
  override name = 'FactsUnreadable';

  constructor(
    readonly articleId: string,
    message: string,
  ) {
    super(message);
  }
}

/** One article's facts: already parsed, or a count and a parser for when they are first read. */
export type FactEntry = { articleId: string; facts: readonly FactRecord[] } | { articleId: string; count: number; parse: () => readonly FactRecord[] };

interface Slot {
  articleId: string;
  count: number;
  facts: readonly FactRecord[] | null;
  parse: (() => readonly FactRecord[]) | null;
}

/** The FactStore: one slot per article, in article order. */
export class ArticleFacts implements FactStore {
  readonly count: number;
  private readonly slots: Slot[];
  private readonly byId = new Map<string, Slot>();
  private pending: number;
  private whole: readonly FactRecord[] | null = null;

  private constructor(entries: readonly FactEntry[], whole?: readonly FactRecord[]) {
    this.slots = entries.map((e) => ('facts' in e ? { articleId: e.articleId, count: e.facts.length, facts: e.facts, parse: null } : { ...e, facts: null }));
    for (const s of this.slots) this.byId.set(s.articleId, s);
    this.count = this.slots.reduce((n, s) => n + s.count, 0);
    this.pending = this.slots.filter((s) => !s.facts).length;
    if (whole?.length === this.count) this.whole = whole;
  }

  static of(entries: readonly FactEntry[]): ArticleFacts {
    return new ArticleFacts(entries);
  }

  /** Parsed parts' facts, each part's as it holds them. */
  static ofParts(parts: readonly { articleId: string; facts: readonly FactRecord[] }[]): ArticleFacts {
    return new ArticleFacts(parts.map((p) => ({ articleId: p.articleId, facts: p.facts })));
  }

  /**
   * A corpus-wide list cut into its articles (records of one article follow one another, in
   * `order`); `all()` then gives back the very list.
   */
  static ofList(facts: readonly FactRecord[], order: readonly string[]): ArticleFacts {
    const groups = new Map<string, FactRecord[]>(order.map((id) => [id, []]));
    for (const f of facts) {
      pushTo(groups, f.articleId, f);
    }
    return new ArticleFacts(
      [...groups].map(([articleId, list]) => ({ articleId, facts: list })),
      facts,
    );
  }

  get unparsed(): number {
    return this.pending;
  }

  countFor(articleId: string): number {
    return this.byId.get(articleId)?.count ?? 0;
  }

  forArticle(articleId: string): readonly FactRecord[] {
    const slot = this.byId.get(articleId);
    return slot ? this.read(slot) : [];
  }

  all(): readonly FactRecord[] {
    this.whole ??= this.slots.flatMap((s) => this.read(s));
    return this.whole;
  }

  *settle(): Generator<void, FactsUnreadable | null> {
    for (const slot of this.slots) {
      if (slot.facts) continue;
      try {
        this.read(slot);
      } catch (err) {
        if (err instanceof FactsUnreadable) return err;
        throw err;
      }
      yield;
    }
    return null;
  }

  private read(slot: Slot): readonly FactRecord[] {
    if (slot.facts) return slot.facts;
    const facts = (slot.parse as () => readonly FactRecord[])();
    if (facts.length !== slot.count) throw new FactsUnreadable(slot.articleId, `The saved facts of ${slot.articleId} do not match their count; run /reindex.`);
    slot.facts = facts;
    slot.parse = null;
    this.pending--;
    return facts;
  }
}
