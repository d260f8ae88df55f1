import type { EntityKind } from '../model/records.js';
import type { Word } from '../nlp/words.js';
import { isCapitalised, isPossessive, joinedToPrevious } from '../nlp/words.js';
import type { Attribution } from './attribution.js';
import {
  APPOSITION_PERSON_NOUNS,
  ARTICLES,
  FAMILY_FEMALE,
  FAMILY_MALE,
  GROUP_NOUNS,
  HONORIFICS,
  LOCATIVE_PREPOSITIONS,
  ORGANISATION_OF_HEADS,
  PAST_OFFICE,
  REPORTING_VERBS,
  ROLE_NOUNS,
  SECOND_RANKS,
  SPEAKER_PRONOUNS,
  STATEMENT_NOUNS,
  TITLES,
  isParticipleCue,
  pronounFeatures,
} from './lexicon.js';
import type { Mention } from './mentions.js';
import { isCueAt, nameRunAt, phraseLeft, phraseRight, possessorOf, roleOf } from './mentions.js';
import type { Hint, LocalEntity } from './roster.js';
import { Roster, genderOfTitle } from './roster.js';
import { reporterOf } from './inherit.js';
import { roleOfMention } from './sentence-role.js';

/** Offsets covered by quotations: names inside them are quoted, not present. */
export type Ranges = Array<{ start: number; end: number }>;

function inside(ranges: Ranges, pos: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo].start <= pos;
}

/**
 * The article's cast: every named person or organisation (full names first, so bare surnames
 * and first names join them), plus the speakers the attributions name.
 */
export function buildCast(words: Word[], quoted: Ranges, attributions: Attribution[]): Roster {
  const roster = new Roster();
  const names = nameMentions(words);
  const single = (m: Mention): boolean => !m.name.includes(' ');
  const spoken = speakerTokens(words, attributions);
  const institutions = institutionPrefixes(words, names);
  const unknownSpeakers: Mention[] = [];
  for (const m of [...names.filter((m) => !single(m)), ...names.filter(single)]) {
    const kind = kindOf(words, m, false) ?? (!single(m) && (spoken.has(lastToken(m.name)) || roleAfter(words, m)) ? 'person' : null);
    if (kind === 'person' && !m.descriptor && !spoken.has(lastToken(m.name)) && institutions.has(nameKeyOf(m.name))) continue;
    // a bare surname the tagger does not know ("Lindqvist has stood …") is still the person named in full before
    const known = !kind && single(m) ? roster.find(m.name, 'person') : null;
    if (known && !inside(quoted, m.start)) roster.see(m.start, known, roleOfMention(words, m), words[m.first].sentence);
    // …or the speaker only an attribution makes a person, read below: seen once that person exists
    else if (!kind && single(m) && spoken.has(lastToken(m.name)) && !inside(quoted, m.start)) unknownSpeakers.push(m);
    if (!kind) continue;
    const introduces = !(single(m) && !isTaggedPerson(words, m)) && !placeLike(words, m);
    const entity = introduces ? roster.name(m.name, kind, hintOf(words, m)) : roster.find(m.name, kind, hintOf(words, m));
    const role = roleOfMention(words, m);
    if (entity && !inside(quoted, m.start) && !(role === 'other' && inWritersQuestion(words, m.first)))
      roster.see(m.start, entity, role, words[m.first].sentence);
  }
  for (const a of attributions) {
    const m = a.mention;
    if (m?.kind !== 'name') continue;
    const entity = roster.name(m.name, speakerKind(words, a, m), hintOf(words, m));
    roster.see(m.start, entity, 'speaker', words[m.first].sentence);
    if (a.inner)
      roster.see(
        a.inner.start,
        roster.name(a.inner.name, kindOf(words, a.inner) ?? 'person', hintOf(words, a.inner)),
        'speaker',
        words[a.inner.first].sentence,
      );
  }
  for (const m of unknownSpeakers) {
    const known = roster.find(m.name, 'person');
    if (known) roster.see(m.start, known, roleOfMention(words, m), words[m.first].sentence);
  }
  seeRoleSpeakers(roster, words, attributions);
  seeGroupSpeakers(roster, words, attributions);
  seeThingSubjects(roster, words, quoted);
  seePronouns(roster, words, quoted);
  roster.seal();
  return roster;
}

/**
 * Leading parts of the organisations' names ("jo smith" of "Jo Smith Elementary School"): a
 * run that is only such a part, and never speaks or carries a title, is the short form of the
 * place or body, not a person, even when it opens with a first name.
 */
function institutionPrefixes(words: Word[], names: Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of names) {
    if (kindOf(words, m, false) !== 'organization') continue;
    const tokens = nameKeyOf(m.name).split(/\s+/);
    for (let k = 2; k < tokens.length; k++) out.add(tokens.slice(0, k).join(' '));
  }
  return out;
}

/**
 * "lives in Lower Charlotte", "a Savannah resident": a run after a preposition of place, or a
 * single word standing as a modifier between an article and a noun, names a place or a kind,
 * not a person being introduced (the tagger knows many places as first names). A known person
 * written there is still found.
 */
function placeLike(words: Word[], m: Mention): boolean {
  const first = words[m.first];
  const prev = words[m.first - 1];
  if (m.descriptor || isPossessive(words[m.last]) || !prev || prev.sentence !== first.sentence || !joinedToPrevious(first)) return false;
  if (LOCATIVE_PREPOSITIONS.has(prev.lower)) return true;
  const next = words[m.last + 1];
  const modifier = !!next && joinedToPrevious(next) && !isCapitalised(next) && next.tags.has('Noun') && !next.tags.has('Verb');
  return m.first === m.last && ARTICLES.has(prev.lower) && modifier;
}

/** "Dana Okafor, president of the tenants' union": a role set off right after a full name marks a person. */
function roleAfter(words: Word[], m: Mention): boolean {
  const next = words[m.last + 1];
  if (!next || next.sentence !== words[m.last].sentence || !/^,\s*$/.test(next.gap)) return false;
  if (!['a', 'an', 'the'].includes(next.lower)) return ROLE_NOUNS.has(next.lower);
  // `a Vale supporter from Linden`, `a retired teacher`: the head noun comes after a few modifiers
  for (let k = m.last + 2; k <= m.last + 1 + APPOSITIVE_REACH && k < words.length; k++) {
    const w = words[k];
    if (w.sentence !== next.sentence || !joinedToPrevious(w)) return false;
    if (ROLE_NOUNS.has(w.lower) || APPOSITION_PERSON_NOUNS.has(w.lower)) return true;
    if (!isCapitalised(w) && !w.tags.has('Adjective')) return false;
  }
  return false;
}

/** How many words after its article an appositive's head noun may stand ("a longtime Vale supporter"). */
const APPOSITIVE_REACH = 3;

function lastToken(name: string): string {
  return name.toLowerCase().split(/\s+/).pop() ?? '';
}

/** Single names that speak ("Marsh said"): a full name ending in one is a person even if the tagger does not know the first name. */
function speakerTokens(words: Word[], attributions: Attribution[]): Set<string> {
  const out = new Set<string>();
  for (const a of attributions) if (a.mention?.kind === 'name' && !citesReport(words, a)) out.add(lastToken(a.mention.name));
  return out;
}

/** The entity a speaker mention stands for: a name, a pronoun's antecedent, or a role holder. */
export function resolveSpeaker(roster: Roster, words: Word[], a: Attribution, quote: { start: number; end: number }): LocalEntity | null {
  const m = a.mention && (possessorOf(words, a.mention) ?? a.mention);
  if (!m) return null;
  if (m.kind === 'name') return roster.name(m.name, speakerKind(words, a, m), hintOf(words, m));
  if (m.kind === 'pronoun') {
    const features = pronounFeatures(words[m.first].lower);
    if (!features || words[m.first].lower === 'i' || words[m.first].lower === 'we') return null;
    const reporter = paragraphReporter(words, m);
    const named = reporter ? roster.fittingAt(reporter.start, features) : null;
    if (named) return named;
    const reported = ledInto(words, quote.start) ? -1 : reportedBefore(words, m);
    const [skipFrom, skipTo] = reported < 0 ? [quote.start, quote.end] : [reported, m.start];
    return roster.antecedent(m.start, features, skipFrom, skipTo, words[m.first].sentence);
  }
  return roleHolder(roster, words, m) ?? organisationsPiece(roster, words, m) ?? roster.group(m.name);
}

/**
 * `Vale is taking the same tack, said Ivo Henson, a historian.` closing a paragraph, then
 * `"…," he said` opening the next: the pronoun goes on with the person the report names (the
 * subject of what he reported is no likelier, however often named). That name, or null.
 */
function paragraphReporter(words: Word[], pronoun: Mention): Mention | null {
  // the pronoun speaks in the first sentence of a paragraph that opens with quoted words ("[T]he" may follow the mark)
  let k = pronoun.first;
  while (k > 0 && words[k - 1].sentence === words[pronoun.first].sentence && !/\n/.test(words[k].gap)) k--;
  if (k < 1 || !/\n\s*[\u201c"][[(]?\s*$/.test(words[k].gap)) return null;
  const sentence = words[k - 1].sentence;
  // `… called it "arbitrary." Jo Hendler, an aide, warned …`: a full stop inside closing marks ends a sentence the parser runs on
  let i = k - 1;
  while (i > 0 && words[i - 1].sentence === sentence && !/[.?!][\u201d"]\s+$/.test(words[i].gap)) i--;
  const closing = closingReporter(words, i, k);
  if (closing) return closing;
  // `Jo Hendler, an aide, warned Saturday that …`: the named subject opening the sentence, when a verb of speaking follows it
  const opening = reporterOf(words, i, k);
  return opening && opening.first === i ? opening : null;
}

/** `…, said Ivo Henson, a historian.` or `…, Henson said.` closing words [i, k): that name, or null. */
function closingReporter(words: Word[], i: number, k: number): Mention | null {
  for (let v = k - 1; v > i; v--) {
    if (v + 1 < k && /[\u201c\u201d"]/.test(words[v + 1].gap)) return null;
    const verb = words[v];
    if (isParticipleCue(verb.lower) || !isCueAt(words, v)) continue;
    if (/,/.test(verb.gap)) {
      const name = nameRunAt(words, v + 1);
      return name && name.first === v + 1 && (name.last === k - 1 || /,/.test(words[name.last + 1].gap)) ? name : null;
    }
    const before = phraseLeft(words, v - 1, i);
    return v === k - 1 && before?.kind === 'name' && /,/.test(words[before.first].gap) ? before : null;
  }
  return null;
}

/**
 * `Choosing between Ruiz and Vale is a "false choice," she said`: when a pronoun speaks after
 * quoted words of its own sentence, all that sentence says before it is the speaker's report, and
 * the people it names are whom the speaker talks about, not the speaker. The report's start, or -1.
 */
function reportedBefore(words: Word[], m: Mention): number {
  let f = m.first;
  while (f > 0 && words[f - 1].sentence === words[m.first].sentence) f--;
  // `…,” she said` (the words end in a comma): the pronoun comes right after them; `….” She added` opens a sentence of its own
  return m.first > f && /,\s*[\u201d"]\s*$|[\u201d"]\s*,\s*$/.test(words[m.first].gap) ? words[f].start : -1;
}

/**
 * `Vale weighed in, telling the Ledger, "…," he said`: words opened after a comma or colon are
 * introduced by the writer's own clause, which names whom they quote rather than what the speaker reports.
 */
function ledInto(words: Word[], quoteStart: number): boolean {
  const k = words.findIndex((w) => w.start >= quoteStart);
  return k > 0 && words[k].sentence === words[k - 1].sentence && /[,:]\s*[\u201c"]\s*$/.test(words[k].gap);
}

/** "the Acme CEO": the person introduced with that role, when the article has one. */
function roleHolder(roster: Roster, words: Word[], m: Mention): LocalEntity | null {
  const role = rankedRole(m, words);
  // "a longtime adviser", "one aide": an indefinite description brings in someone unnamed, never the adviser named before
  if (!role || INDEFINITE.has(words[m.first].lower)) return null;
  // "the former president" is someone written "former", not the president in office
  const qualifiers = words
    .slice(m.first, m.last)
    .filter((w) => isCapitalised(w) || PAST_OFFICE.has(w.lower))
    .map((w) => w.lower)
    .filter((w) => w !== 'the');
  return roster.byRole(m.start, role, qualifiers);
}

/** The role a description names, with a lower rank written before it ("the vice president" → "vice president"). */
function rankedRole(m: Mention, words: Word[]): string | null {
  const role = roleOf(m, words);
  const rank = words[m.last - 1];
  return role && m.last > m.first && SECOND_RANKS.has(rank.lower) ? `${rank.lower} ${role}` : role;
}

/**
 * `"…," the candidate said.` then `"…," he went on.`: a speaker named only by a role is who the
 * next "he" or "she" is likeliest to mean, so it counts for salience: as the person holding the
 * role when the article names one, else as the description itself.
 */
function seeRoleSpeakers(roster: Roster, words: Word[], attributions: Attribution[]): void {
  roster.order();
  for (const a of attributions) {
    const m = a.mention;
    if (m?.kind !== 'description' || !roleOf(m, words)) continue;
    const entity = roleHolder(roster, words, m) ?? roster.group(m.name, true);
    roster.see(m.start, entity, 'speaker', words[m.first].sentence);
  }
}

/**
 * `the groups who wrote to her say …` then `They ask …`: a speaker described by a plural noun is
 * whom a later "they" most likely means, so it counts for salience as the group it describes.
 */
function seeGroupSpeakers(roster: Roster, words: Word[], attributions: Attribution[]): void {
  for (const a of attributions) {
    const m = a.mention;
    if (m?.kind !== 'description' || !words[m.last].tags.has('Plural') || possessorOf(words, m)) continue;
    const entity = roster.group(m.name);
    entity.plural = true;
    roster.see(m.start, entity, 'speaker', words[m.first].sentence);
  }
}

/** Openers of a description that brings in someone new rather than pointing back. */
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'any']);

/** Every name phrase in the text, read left to right. */
function nameMentions(words: Word[]): Mention[] {
  const out: Mention[] = [];
  const headline = titleCaseLines(words);
  for (let i = 0; i < words.length; ) {
    const m = isCapitalised(words[i]) && !commonOpener(words, i) ? nameRunAt(words, i) : null;
    const tagged = m && words.slice(m.first, m.last + 1).some((w) => w.proper || NAME_TAGS.some((t) => w.tags.has(t)));
    if (m && tagged && !isShouted(words, m)) out.push(m);
    i = m ? m.last + 1 : i + 1;
  }
  return trimHeadlineRuns(words, out, headline);
}

const nameKeyOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s?$/, '');

/**
 * In a title-case headline every word is capitalised, so a run can swallow the words before a
 * name ("Teacher Grills Jo Smith"). Such a run keeps only its longest tail that the body of the
 * article also names ("Jo Smith", or "Smith" of "Jo Smith"); with no such tail it stays whole.
 */
function trimHeadlineRuns(words: Word[], runs: Mention[], headline: boolean[]): Mention[] {
  const mostly = titleCaseLines(words, true);
  const titled = (m: Mention): boolean => headline[m.first] || mostly[m.first];
  const body = new Set<string>();
  const whole = new Set<string>();
  for (const m of runs) {
    if (titled(m)) continue;
    whole.add(nameKeyOf(m.name));
    const tokens = nameKeyOf(m.name).split(/\s+/);
    for (let k = 0; k < tokens.length; k++) body.add(tokens.slice(k).join(' '));
  }
  return runs.flatMap((m) => {
    if (!titled(m)) return [m];
    const tokens = nameKeyOf(m.name).split(/\s+/);
    if (tokens.length < 2 || body.has(tokens.join(' '))) return [m];
    const head = bodyNameOpening(words, m, tokens, whole);
    if (head) return [head];
    if (!headline[m.first]) return [m];
    const first = m.last - tokens.length + 1;
    for (let k = 1; k < tokens.length; k++) {
      // a first name ("Jo" of "Jo Smith Wins") belongs to the name even when the body omits it
      if (words[first + k - 1].tags.has('Person')) break;
      if (!body.has(tokens.slice(k).join(' '))) continue;
      const trimmed = nameRunAt(words, first + k);
      return trimmed && trimmed.last === m.last ? [trimmed] : [m];
    }
    return [m];
  });
}

/**
 * "Glenn Beck Blasts Drudge", "Jo Smith Wins Ohio": a headline run that opens with a name the
 * body writes on its own is that name; the capitalised words after it are the headline's verb
 * and object.
 */
function bodyNameOpening(words: Word[], m: Mention, tokens: string[], whole: Set<string>): Mention | null {
  const first = m.last - tokens.length + 1;
  for (let k = tokens.length - 1; k >= 2; k--) {
    if (!whole.has(tokens.slice(0, k).join(' '))) continue;
    const last = first + k - 1;
    const name = words
      .slice(first, last + 1)
      .map((w) => w.text)
      .join(' ')
      .replace(/['\u2019]s?$/, '');
    return { ...m, last, end: words[last].end, name };
  }
  return null;
}

/**
 * Per word: whether its line is a title-case headline (three or more long words, all
 * capitalised; with `smallWordsLower`, prepositions and conjunctions may stay lower case, as
 * in "… Turn Away from Trump").
 */
function titleCaseLines(words: Word[], smallWordsLower = false): boolean[] {
  const out: boolean[] = new Array<boolean>(words.length).fill(false);
  let start = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && !words[i].gap.includes('\n')) continue;
    const long = words.slice(start, i).filter((w) => w.text.length > 3 && /^\p{L}+$/u.test(w.text));
    const titled = (w: Word): boolean => isCapitalised(w) || (smallWordsLower && (w.tags.has('Preposition') || w.tags.has('Conjunction')));
    if (long.length >= 3 && long.every(titled)) out.fill(true, start, i);
    start = i;
  }
  return out;
}

const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Honorific'];
const COMMON_TAGS = ['Verb', 'Adverb', 'Adjective', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun'];

/** "See Mark's message": a sentence's first word, capitalised only by position. */
function commonOpener(words: Word[], i: number): boolean {
  const w = words[i];
  const opens = i === 0 || words[i - 1].sentence !== w.sentence || /[\n.!?:"\u201c]/.test(w.gap);
  return opens && !w.proper && !w.tags.has('Person') && COMMON_TAGS.some((t) => w.tags.has(t));
}

/** ALL-CAPS headline words are not reliable names. */
function isShouted(words: Word[], m: Mention): boolean {
  return words.slice(m.first, m.last + 1).every((w) => w.text.length > 3 && w.text === w.text.toUpperCase());
}

function nameWords(words: Word[], m: Mention): Word[] {
  const count = m.name.split(/\s+/).length;
  return words.slice(Math.max(m.first, m.last - count + 1), m.last + 1);
}

function isTaggedPerson(words: Word[], m: Mention): boolean {
  return nameWords(words, m).some((w) => w.tags.has('Person') && !w.tags.has('Organization'));
}

/** Person, organisation, or (for a capitalised run that is neither, when not a speaker) nothing. */
function kindOf(words: Word[], m: Mention, speaking = true): EntityKind | null {
  const ws = nameWords(words, m);
  // "Mrs. Marsh": a personal honorific makes a person whatever the tagger thinks the word is
  if (
    m.descriptor
      ?.toLowerCase()
      .split(/[\s.]+/)
      .some((w) => HONORIFICS.has(w))
  )
    return 'person';
  if (ws.some((w) => w.tags.has('Organization')) || GROUP_NOUNS.has(ws[ws.length - 1].lower) || organisationWithPart(ws)) return 'organization';
  if (ws.some((w) => w.tags.has('Person'))) return 'person';
  // "Senator Helen Marsh": a title makes a person of names the tagger reads as places
  if (
    m.descriptor
      ?.toLowerCase()
      .split(/[\s.]+/)
      .some((w) => TITLES.has(w) || ROLE_NOUNS.has(w))
  )
    return 'person';
  // a place that speaks ("Ohio said") stands for its government, never for a person
  if (ws.some((w) => w.tags.has('Place'))) return speaking ? 'organization' : null;
  if (ws.some((w) => w.tags.has('Date'))) return null;
  return speaking ? 'person' : null;
}

/**
 * What a named speaker is: an outlet whose report a sentence cites (`, the Ledger reported`) is an
 * organisation, never the "he" of the next sentence, unless the tagger knows the name as a person's.
 */
function speakerKind(words: Word[], a: Attribution, m: Mention): EntityKind {
  return (citesReport(words, a) ? (kindOf(words, m, false) ?? 'organization') : kindOf(words, m)) ?? 'person';
}

function citesReport(words: Word[], a: Attribution): boolean {
  return a.cueWord >= 0 && REPORTING_VERBS.has(words[a.cueWord].lower);
}

/**
 * `One Club for Harbor Growth ad … argues`, `a Gazette editorial said`: a statement or document
 * headed by the name of an organisation the article named is that organisation's words. The name
 * is the capitalised run after the opener ("One", "a", "the"), with an organisation's "of"/"for" part.
 */
function organisationsPiece(roster: Roster, words: Word[], m: Mention): LocalEntity | null {
  const head = words[m.last];
  if (m.kind !== 'description' || !STATEMENT_NOUNS.has(head.lower.replace(/s$/, ''))) return null;
  let first = m.first;
  if (INDEFINITE.has(words[first].lower) || ARTICLES.has(words[first].lower)) first++;
  let last = first;
  while (last < m.last && isCapitalised(words[last])) last++;
  // "Club for Harbor Growth": the words after an organisation's "of" or "for" belong to its name
  while (last + 1 < m.last && (words[last].lower === 'of' || words[last].lower === 'for') && ORGANISATION_OF_HEADS.has(words[last - 1]?.lower ?? '')) {
    last++;
    while (last < m.last && isCapitalised(words[last])) last++;
  }
  if (last === first || last !== m.last) return null;
  const name = words
    .slice(first, last)
    .map((w) => w.text)
    .join(' ');
  const found = roster.find(name, 'organization');
  return found?.kind === 'organization' ? found : null;
}

/** "Association of Ferry Pilots", "Club for Harbor Growth": a name going on after an organisation's head word. */
function organisationWithPart(ws: Word[]): boolean {
  return ws.some((w, k) => k > 0 && (w.lower === 'of' || w.lower === 'for') && ORGANISATION_OF_HEADS.has(ws[k - 1].lower));
}

function hintOf(words: Word[], m: Mention): Hint {
  const ws = nameWords(words, m);
  const first = ws[0];
  const byName =
    first?.tags.has('FemaleName') && !first.tags.has('MaleName') ? 'female' : first?.tags.has('MaleName') && !first.tags.has('FemaleName') ? 'male' : null;
  // a title or a family word says more than the tagger's guess from a first name ("Billie", "Marty")
  const stated = (m.descriptor ? genderOfTitle(m.descriptor.toLowerCase().split(/[\s.]+/)) : null) ?? familyGender(words, m.first);
  const gender = byName ?? stated;
  // "former President Tom Varga": the lower-case word before the title is no part of the name, yet says he left the office
  const before = words[m.first - 1];
  const pastOffice = before && PAST_OFFICE.has(before.lower) && joinedToPrevious(words[m.first]) ? before.lower : null;
  return { gender, descriptor: m.descriptor, guessed: !!byName && !stated, pastOffice };
}

/** "his wife, Helen Marsh", "her husband Robert Marsh": a family word just before a name gives its gender. */
function familyGender(words: Word[], first: number): 'male' | 'female' | null {
  const before = words[first - 1];
  if (!before || before.sentence !== words[first].sentence) return null;
  if (FAMILY_FEMALE.has(before.lower)) return 'female';
  if (FAMILY_MALE.has(before.lower)) return 'male';
  return null;
}

/**
 * `The email shows a photo of Lund. At the bottom it reads, "…"`: a thing that can carry words (a
 * statement, a document, a body) opening a sentence as its subject is what a later "it" most
 * likely means, so it counts for salience as a single thing.
 */
function seeThingSubjects(roster: Roster, words: Word[], quoted: Ranges): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prev = words[i - 1];
    if (!ARTICLES.has(w.lower) || (prev && prev.sentence === w.sentence && !/[\n]/.test(w.gap)) || inside(quoted, w.start)) continue;
    let end = i;
    while (end + 1 < words.length && words[end + 1].sentence === w.sentence) end++;
    const m = phraseRight(words, i, end + 1);
    const head = m && words[m.last];
    const verb = m && words[m.last + 1];
    if (!m || !head || m.kind !== 'description' || !isThingNoun(head) || !verb || !joinedToPrevious(verb) || !verb.tags.has('Verb')) continue;
    const entity = roster.group(m.name);
    // a document is never "they"; a body ("the committee") may be
    if (STATEMENT_NOUNS.has(head.lower)) entity.singular = true;
    roster.see(m.start, entity, 'subject', w.sentence);
  }
}

/** A singular noun for a statement, a document or a body of people ("the email", "the piece", "the group"). */
function isThingNoun(w: Word): boolean {
  return (GROUP_NOUNS.has(w.lower) || STATEMENT_NOUNS.has(w.lower)) && !w.tags.has('Plural');
}

/** "He said he would …", "She added": subject pronouns outside quotations continue a chain of reference. */
function seePronouns(roster: Roster, words: Word[], quoted: Ranges): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.lower !== 'he' && w.lower !== 'she') continue;
    if (inside(quoted, w.start)) continue;
    const prev = words[i - 1];
    const opens = !prev || prev.sentence !== w.sentence || /[\n"\u201c\u201d]/.test(w.gap);
    roster.seePronoun(w.start, SPEAKER_PRONOUNS[w.lower], opens ? 'subject' : 'clause', w.sentence);
  }
}

/** `Don't they risk a nominee more liberal than Lund?`: a question the writer asks the one quoted next. */
function inWritersQuestion(words: Word[], k: number): boolean {
  let e = k;
  while (e + 1 < words.length && words[e + 1].sentence === words[k].sentence) e++;
  const after = words[e + 1]?.gap ?? '';
  return /^\?/.test(after) && !/["\u201c\u201d]/.test(after.slice(0, 2));
}
