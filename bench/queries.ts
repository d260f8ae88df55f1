import { mix, rng, type Random } from './random.js';
import type { GeneratedArticle, TruthQuote } from './generate.js';

export type Command = 'autocomplete' | 'whosaid' | 'quote' | 'ask';
export type Shape = 'exact' | 'typo' | 'loose' | 'keywords' | 'speaker+topic' | 'question' | 'nonsense';

/** One benchmark query and what a right answer must contain (null: nothing should be found). */
export interface BenchQuery {
  command: Command;
  shape: Shape;
  text: string;
  speaker?: string;
  expect: { contains: string[]; speaker?: string } | null;
}

/** The words of a text as compared for hits: lower case, punctuation dropped. */
export function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const STOP = new Set(['the', 'and', 'are', 'we', 'to', 'of', 'in', 'on', 'for', 'it', 'at', 'is', 'a']);

/** A fixed, varied query set drawn from the corpus' known answers: `perCommand` of each command. */
export function makeQueries(seed: number, corpus: GeneratedArticle[], perCommand = 200): BenchQuery[] {
  const r = rng(mix(seed, 0x9e7));
  const quotes = corpus.flatMap((a) => a.quotes).filter((q) => q.kind === 'direct' && words(q.text).length >= 6);
  const facts = corpus.flatMap((a) => a.facts);
  const out: BenchQuery[] = [];
  for (let i = 0; i < perCommand; i++) {
    const share = i / perCommand;
    out.push(autocomplete(r, r.pick(quotes), share));
    out.push(whosaid(r, r.pick(quotes), share));
    out.push(topic(r, r.pick(quotes), share));
    const f = r.pick(facts);
    out.push(share < 0.9 ? { command: 'ask', shape: 'question', text: f.question, expect: { contains: [key(f.answer)] } } : nonsense(r, 'ask'));
  }
  return out;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function autocomplete(r: Random, q: TruthQuote, share: number): BenchQuery {
  if (share >= 0.85) return nonsense(r, 'autocomplete');
  const all = words(q.text);
  const n = r.int(2, Math.min(5, all.length));
  const typed = all.slice(0, n);
  const last = typed[n - 1];
  typed[n - 1] = last.slice(0, Math.max(3, Math.ceil(last.length * r.next())));
  const text = typed.join(' ');
  const typo = share >= 0.6;
  return { command: 'autocomplete', shape: typo ? 'typo' : 'exact', text: typo ? misspell(r, text) : text, expect: { contains: [key(text)] } };
}

function whosaid(r: Random, q: TruthQuote, share: number): BenchQuery {
  if (share >= 0.9) return nonsense(r, 'whosaid');
  const all = words(q.text);
  const n = r.int(5, Math.min(9, all.length));
  const from = r.int(0, all.length - n);
  const text = all.slice(from, from + n).join(' ');
  const expect = { contains: [key(text)] };
  if (share < 0.45) return { command: 'whosaid', shape: 'exact', text, expect };
  if (share < 0.8) return { command: 'whosaid', shape: 'typo', text: misspell(r, text), expect };
  return { command: 'whosaid', shape: 'loose', text: key(text), expect };
}

/** A topic as an editor would type it: two telling words of the quotation, maybe a speaker. */
function topic(r: Random, q: TruthQuote, share: number): BenchQuery {
  if (share >= 0.9) return nonsense(r, 'quote');
  const telling = [
    ...new Set(
      key(q.text)
        .split(' ')
        .filter((w) => w.length > 3 && !STOP.has(w)),
    ),
  ];
  const picked = r.sample(telling, Math.min(2, telling.length));
  const text = picked.join(' ');
  if (share < 0.45) return { command: 'quote', shape: 'keywords', text, expect: { contains: picked } };
  const speaker = r.chance(0.5) ? q.speaker.surname : q.speaker.name;
  return { command: 'quote', shape: 'speaker+topic', text: picked[0], speaker, expect: { contains: [picked[0]], speaker: q.speaker.name } };
}

function nonsense(r: Random, command: Command): BenchQuery {
  const syllables = ['zor', 'blat', 'quen', 'ix', 'frum', 'vex', 'plo', 'drak', 'mirt', 'yub', 'glo', 'sna'];
  const word = (): string => Array.from({ length: r.int(2, 3) }, () => r.pick(syllables)).join('');
  const text = Array.from({ length: r.int(2, 4) }, word).join(' ');
  return { command, shape: 'nonsense', text: command === 'ask' ? `How many ${text}?` : text, expect: null };
}

/** One or two realistic typos: a swapped, dropped, doubled or mistyped letter in longer words. */
export function misspell(r: Random, text: string): string {
  const parts = text.split(' ');
  const long = parts.map((w, i) => (w.replace(/\W/g, '').length >= 5 ? i : -1)).filter((i) => i >= 0);
  for (const i of r.sample(long, Math.min(long.length, r.int(1, 2)))) parts[i] = typo(r, parts[i]);
  return parts.join(' ');
}

function typo(r: Random, w: string): string {
  const at = r.int(1, w.length - 3);
  const op = r.int(0, 3);
  if (op === 0) return w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  if (op === 1) return w.slice(0, at) + w.slice(at + 1);
  if (op === 2) return w.slice(0, at) + w[at] + w.slice(at);
  return w.slice(0, at) + 'qwertyuiopasdfghjklzxcvbnm'[r.int(0, 25)] + w.slice(at + 1);
}
