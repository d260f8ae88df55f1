import { mix, rng, type Random } from './random.js';
import * as V from './vocab.js';

/**
 * A reproducible synthetic news corpus with its answers known. Article i depends only on
 * (seed, i), so the 1 k corpus is a prefix of the 10 k one and results compare across sizes.
 */

export interface Person {
  id: string;
  name: string;
  surname: string;
  pronoun: 'he' | 'she';
  role: string;
  org: string;
}

export interface TruthQuote {
  articleId: string;
  text: string;
  start: number;
  end: number;
  speaker: Person;
  kind: 'direct' | 'partial';
  cue: string;
  /** The words the mention rests on: full name, surname or pronoun. */
  mention: string;
  topic: string;
  passage: { start: number; end: number };
}

export interface TruthFact {
  articleId: string;
  start: number;
  end: number;
  question: string;
  answer: string;
}

export interface GeneratedArticle {
  id: string;
  file: string;
  text: string;
  quotes: TruthQuote[];
  facts: TruthFact[];
}

const FEMALE = new Set([
  'Amira',
  'Carla',
  'Elena',
  'Grace',
  'Ines',
  'Keiko',
  'Maya',
  'Olivia',
  'Rosa',
  'Tara',
  'Vera',
  'Ximena',
  'Zoe',
  'Beatrice',
  'Diana',
  'Fatima',
  'Hannah',
  'Julia',
  'Lena',
  'Nadia',
  'Priya',
  'Sofia',
  'Ursula',
  'Wanda',
]);
const PEOPLE_POOL = 6000;

/** The cast every article draws from, fixed per seed so people recur across articles. */
export function people(seed: number): Person[] {
  const r = rng(mix(seed, 0xbeef));
  const seen = new Set<string>();
  const out: Person[] = [];
  while (out.length < PEOPLE_POOL) {
    const first = r.pick(V.FIRST_NAMES);
    const surname = V.SURNAME_PARTS.map((p) => r.pick(p)).join('');
    const name = `${first} ${surname}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const org = `${r.pick(V.ORG_HEADS)} ${r.pick(V.ORG_TAILS)}`;
    out.push({ id: `p${out.length}`, name, surname, pronoun: FEMALE.has(first) ? 'she' : 'he', role: r.pick(V.ROLES), org });
  }
  return out;
}

class TextBuilder {
  private readonly parts: string[] = [];
  length = 0;

  push(s: string): { start: number; end: number } {
    const start = this.length;
    this.parts.push(s);
    this.length += s.length;
    return { start, end: this.length };
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** The words of one quotation: pure function of (seed, article, slot) so copies can be replayed. */
export function quoteWords(seed: number, article: number, slot: number): { text: string; topic: string } {
  const r = rng(mix(seed, article, slot, 7));
  const topic = r.pick(Object.keys(V.TOPICS));
  const nouns = V.TOPICS[topic];
  const first = [r.pick(V.OPENERS), r.pick(V.SUBJECTS), r.pick(V.MODALS), r.pick(V.VERBS), 'the', r.pick(nouns), r.pick(V.TAILS)].filter(Boolean).join(' ');
  const sentences = [`${capitalise(first)}.`];
  if (r.chance(0.6))
    sentences.push(`The ${r.pick(nouns)} are ${r.pick(V.ADJECTIVES)}, and ${r.pick(V.SUBJECTS)} ${r.pick(V.MODALS)} ${r.pick(V.VERBS)} the ${r.pick(nouns)}.`);
  if (r.chance(0.3)) sentences.push(`${capitalise(r.pick(V.SUBJECTS))} ${r.pick(V.MODALS)} ${r.pick(V.VERBS)} ${r.pick(nouns)} ${r.pick(V.TAILS)}.`);
  return { text: sentences.join(' '), topic };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Ctx {
  seed: number;
  index: number;
  id: string;
  r: Random;
  b: TextBuilder;
  cast: Person[];
  people: Person[];
  quotes: TruthQuote[];
  facts: TruthFact[];
  introduced: Set<string>;
  curly: boolean;
}

export function generateArticle(seed: number, index: number, cast: Person[] = people(seed)): GeneratedArticle {
  const r = rng(mix(seed, index));
  const id = `article-${String(index).padStart(6, '0')}`;
  const b = new TextBuilder();
  const ctx: Ctx = {
    seed,
    index,
    id,
    r,
    b,
    cast: [r.zipf(cast), r.pick(cast), r.pick(cast)],
    people: cast,
    quotes: [],
    facts: [],
    introduced: new Set(),
    curly: r.chance(0.5),
  };
  const topic = r.pick(Object.keys(V.TOPICS));
  b.push(`${capitalise(r.pick(V.ADJECTIVES))} ${r.pick(V.TOPICS[topic])} plan divides ${r.pick(V.PLACES)}\n\n`);
  b.push(`By ${r.pick(cast).name}, ${r.pick(V.OUTLETS)}\n\n`);
  b.push(`${r.pick(V.PLACES).toUpperCase()}, ${date(r)} — `);
  fact(ctx);
  b.push(` ${r.pick(V.FILLERS)}\n\n`);
  const paragraphs = r.int(3, 6);
  for (let p = 0; p < paragraphs; p++) {
    quote(ctx, p);
    if (r.chance(0.6)) {
      b.push(' ');
      fact(ctx);
    }
    b.push(` ${r.pick(V.FILLERS)} ${r.pick(V.FILLERS)}\n\n`);
  }
  return { id, file: `${id}.txt`, text: b.toString(), quotes: ctx.quotes, facts: ctx.facts };
}

export function generateCorpus(seed: number, size: number): GeneratedArticle[] {
  const cast = people(seed);
  return Array.from({ length: size }, (_, i) => generateArticle(seed, i, cast));
}

function date(r: Random): string {
  return `${r.pick(V.MONTHS)} ${r.int(1, 28)}, ${r.int(2015, 2024)}`;
}

function marks(ctx: Ctx): [string, string] {
  return ctx.curly ? ['\u201c', '\u201d'] : ['"', '"'];
}

/** One attributed quotation in one of several shapes newsrooms use. */
function quote(ctx: Ctx, slot: number): void {
  const { r, b } = ctx;
  // About one quotation in twenty is carried by an earlier article too (wire copy, follow-ups).
  const copy = ctx.index > 0 && r.chance(0.05) ? earlierQuote(ctx, ctx.index - r.int(1, Math.min(ctx.index, 50))) : null;
  const speaker = copy?.speaker ?? r.pick(ctx.cast);
  const { text, topic } = copy ?? quoteWords(ctx.seed, ctx.index, slot);
  const [open, close] = marks(ctx);
  const known = ctx.introduced.has(speaker.id);
  const intro = `${speaker.name}, ${speaker.role} of the ${speaker.org}`;
  const cue = r.pick(V.CUES);
  const shape = known ? r.pick(['pronoun', 'surname', 'split', 'partial', 'colon']) : r.pick(['after', 'according', 'colon']);
  ctx.introduced.add(speaker.id);
  const passageStart = b.length;
  const add = (q: string, mention: string, kind: TruthQuote['kind'] = 'direct'): void => {
    const span = b.push(q);
    ctx.quotes.push({ articleId: ctx.id, text: q, ...span, speaker, kind, cue, mention, topic, passage: { start: passageStart, end: passageStart } });
  };
  const body = text.replace(/\.$/, '');
  if (shape === 'after') {
    b.push(open);
    add(body, speaker.name);
    b.push(`,${close} said ${intro}.`);
  } else if (shape === 'according') {
    b.push(`According to ${intro}, ${open}`);
    add(text, speaker.name);
    b.push(close);
  } else if (shape === 'colon') {
    b.push(`${known ? speaker.surname : intro} ${cue}: ${open}`);
    add(text, known ? speaker.surname : speaker.name);
    b.push(close);
  } else if (shape === 'pronoun') {
    b.push(open);
    add(body, speaker.pronoun);
    b.push(`,${close} ${speaker.pronoun} ${cue}.`);
  } else if (shape === 'surname') {
    b.push(open);
    add(body, speaker.surname);
    b.push(`,${close} ${speaker.surname} ${cue}.`);
  } else if (shape === 'split') {
    const { head, tail, joint } = splitQuote(body);
    b.push(open);
    add(head, speaker.surname);
    b.push(`,${close} ${speaker.surname} said${joint} ${open}`);
    add(`${tail}.`, speaker.surname);
    b.push(close);
  } else {
    const words = `${r.pick(V.ADJECTIVES)} and ${r.pick(V.ADJECTIVES)} ${r.pick(V.TOPICS[topic])} plan`;
    b.push(`${speaker.surname} called it a ${open}`);
    add(words, speaker.surname, 'partial');
    b.push(`${close} and vowed to ${r.pick(V.VERBS)} it.`);
  }
  for (const q of ctx.quotes) if (q.passage.end === passageStart && q.passage.start === passageStart) q.passage.end = b.length;
}

/** Splits at a sentence end when there is one (`"A," he said. "B."`), else mid-sentence (`"a," he said, "b."`). */
function earlierQuote(ctx: Ctx, index: number): { text: string; topic: string; speaker: Person } | null {
  const first = generateArticle(ctx.seed, index, ctx.people).quotes[0];
  if (first?.kind !== 'direct') return null;
  return { text: first.text.endsWith('.') ? first.text : `${first.text}.`, topic: first.topic, speaker: first.speaker };
}

function splitQuote(body: string): { head: string; tail: string; joint: string } {
  const stop = body.indexOf('. ');
  if (stop > 0) return { head: body.slice(0, stop), tail: body.slice(stop + 2), joint: '.' };
  const spaces = [...body.matchAll(/ /g)].map((m) => m.index);
  const cut = spaces[Math.floor(spaces.length / 2)] ?? body.length;
  return { head: body.slice(0, cut), tail: body.slice(cut + 1), joint: ',' };
}

/** A statement with a typed value and the question it answers. */
function fact(ctx: Ctx): void {
  const { r, b } = ctx;
  const org = `${r.pick(V.ORG_HEADS)} ${r.pick(V.ORG_TAILS)}`;
  const noun = r.pick(r.pick(Object.values(V.TOPICS)));
  const place = r.pick(V.PLACES);
  const kind = r.int(0, 4);
  let sentence: string;
  let question: string;
  let answer: string;
  if (kind === 0) {
    answer = `$${r.int(2, 900)}.${r.int(1, 9)} million`;
    sentence = `The ${org} plans to spend ${answer} on ${noun} in ${place} by ${r.pick(V.MONTHS)} ${r.int(2016, 2026)}.`;
    question = `How much will the ${org} spend on ${noun} in ${place}?`;
  } else if (kind === 1) {
    answer = String(r.int(12, 4000));
    const verb = r.pick(['evacuated', 'detained', 'hired', 'injured', 'relocated']);
    sentence = `${answer} people were ${verb} in ${place} on ${r.pick(V.WEEKDAYS)} after the ${noun} dispute.`;
    question = `How many people were ${verb} in ${place} after the ${noun} dispute?`;
  } else if (kind === 2) {
    const p = r.pick(ctx.cast);
    answer = String(r.int(28, 81));
    sentence = `${p.name}, ${answer}, has worked on ${noun} at the ${p.org} since ${r.int(1990, 2020)}.`;
    question = `How old is ${p.name}?`;
  } else if (kind === 3) {
    const list = r.sample(V.COUNTRIES, r.int(3, 6));
    answer = `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
    sentence = `The ${org} rules on ${noun} cover ${list.length} countries: ${answer}.`;
    question = `Which countries do the ${org} rules on ${noun} cover?`;
  } else {
    answer = `${r.pick(V.MONTHS)} ${r.int(1, 28)}, ${r.int(2016, 2026)}`;
    sentence = `The vote on ${noun} in ${place} is scheduled for ${answer}, officials said.`;
    question = `When is the vote on ${noun} in ${place}?`;
  }
  const span = b.push(sentence);
  ctx.facts.push({ articleId: ctx.id, ...span, question, answer });
}
