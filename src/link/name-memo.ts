import type { Entity } from '../model/records.js';
import { deletionKeys, nameKey } from '../extract/namekeys.js';

/**
 * Name keys and display forms, worked out once per distinct written name: the same names recur
 * across thousands of articles and every reindex, and the Unicode normalisation behind them is
 * the costly part. Kept between merges (a pure cache: results never depend on what it holds).
 */
export class Names {
  private static readonly LIMIT = 200_000;
  private readonly tokenMemo = new Map<string, string[]>();
  private readonly tidyMemo = new Map<string, string>();
  private readonly deletionMemo = new Map<string, string[]>();
  /** Per entity object: records are never changed in place, so an entity's family never changes. */
  private readonly nodeMemo = new WeakMap<Entity, string>();
  private readonly keyMemo = { person: new Map<string, string>(), organization: new Map<string, string>() };

  tokens(name: string): string[] {
    let t = this.tokenMemo.get(name);
    if (!t) {
      t = nameKey(name).split(' ').filter(Boolean);
      this.remember(this.tokenMemo, name, t);
    }
    return t;
  }

  /**
   * The name family an entity belongs to (see families.ts): its kind and surname, the last token
   * of a full name or a bare name's only token; a group is a family of its own.
   */
  node(e: Entity): string {
    let n = this.nodeMemo.get(e);
    if (n === undefined) {
      const tokens = this.tokens(e.name);
      n = e.kind === 'group' ? `group:${e.id}` : `${e.kind}:${tokens[tokens.length - 1] ?? ''}`;
      this.nodeMemo.set(e, n);
    }
    return n;
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

  /** `word` and every form of it with one letter deleted (see namekeys.ts), worked out once per word. */
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

export const sharedNames = new Names();

/** Display form of a name: single spaces, apostrophes as the text writes them ("O\u2019Neil" stays curly; keys ignore the difference). */
function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** First and last name: "Jo B. Smith" and "Jo Smith" are one person. */
function fullKey(kind: Entity['kind'], tokens: string[]): string {
  return kind === 'person' && tokens.length > 2 ? `${tokens[0]} ${tokens[tokens.length - 1]}` : tokens.join(' ');
}
