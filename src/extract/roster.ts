import type { EntityKind } from '../model/records.js';
import type { PronounFeatures } from './lexicon.js';
import { FEMALE_TITLES, MALE_TITLES, ORGANISATION_NAME_ENDS, ROLE_NOUNS, SECOND_RANKS, TITLES } from './lexicon.js';
import { withinEdits } from './namekeys.js';
import type { SightingRole } from './salience.js';
import { mostSalient } from './salience.js';

export type Gender = 'male' | 'female' | null;

/** What the words around a name say of the person: gender (and whether only guessed from a first name), and titles. */
export interface Hint {
  gender?: Gender;
  guessed?: boolean;
  descriptor?: string | null;
  /** A word before the title saying its holder left the office ("former President Tom Varga"). */
  pastOffice?: string | null;
}

/** A person, organisation or group of one article, before corpus-wide linking. */
export interface LocalEntity {
  index: number;
  name: string;
  kind: EntityKind;
  aliases: Set<string>;
  gender: Gender;
  /** Lower-case words of the titles written with the name ("acme", "ceo"). */
  roles: Set<string>;
  /** Lower-case name tokens of the fullest form. */
  tokens: string[];
  /** How often the article names it: breaks ties between people sharing a surname. */
  mentions: number;
  /** A group that is one person described by a role ("the candidate"): "he" or "she" may refer to it. */
  personal?: boolean;
  /** The gender is only the tagger's guess from a first name, which a pronoun nearby may overrule. */
  genderGuessed?: boolean;
  /** A document ("the email", "the piece"): "it" may refer to it, "they" never does. */
  singular?: boolean;
  /** A group described by a plural noun ("the groups"): "they" may refer to it, "it" never does. */
  plural?: boolean;
}

interface Sighting {
  pos: number;
  /** Null for a pronoun until `seal` resolves it. */
  entity: LocalEntity | null;
  /** Subjects of sentences and speakers are likelier antecedents than objects. */
  role: SightingRole;
  sentence: number;
  /** Set for a pronoun: it continues whoever it resolves to, as a reader's chain of "she"s does. */
  pronoun?: PronounFeatures;
}

/** Gender a title implies, if any. */
export function genderOfTitle(words: string[]): Gender {
  if (words.some((w) => FEMALE_TITLES.has(w))) return 'female';
  if (words.some((w) => MALE_TITLES.has(w))) return 'male';
  return null;
}

/**
 * The people and organisations named in one article. Full names come first so a later bare
 * surname ("Smith said") or first name ("Jane continued") joins the right person.
 */
export class Roster {
  readonly entities: LocalEntity[] = [];
  private readonly byKey = new Map<string, LocalEntity>();
  private readonly sightings: Sighting[] = [];

  /** Adds or finds the entity a written name refers to. */
  name(written: string, kind: EntityKind, hint: Hint = {}): LocalEntity {
    const tokens = nameTokens(written);
    const found = this.lookup(tokens, kind, hint);
    const entity = found ?? this.create(written, kind, tokens);
    entity.mentions++;
    entity.aliases.add(written);
    if (tokens.length > entity.tokens.length && entity.kind === kind && extends_(tokens, entity.tokens)) {
      entity.name = written;
      entity.tokens = tokens;
    }
    if (tokens.length) this.remember(tokens, entity);
    if (hint.gender && (!entity.gender || (entity.genderGuessed && !hint.guessed))) {
      entity.gender = hint.gender;
      entity.genderGuessed = !!hint.guessed;
    }
    if (hint.descriptor) this.addDescriptor(entity, hint.descriptor);
    if (hint.descriptor && hint.pastOffice) entity.roles.add(hint.pastOffice);
    return entity;
  }

  /** The known entity a written name refers to, if any; never creates one. */
  find(written: string, kind: EntityKind, hint: Hint = {}): LocalEntity | null {
    const tokens = nameTokens(written);
    const entity = this.lookup(tokens, kind, hint);
    if (entity) {
      entity.mentions++;
      entity.aliases.add(written);
      this.remember(tokens, entity);
    }
    return entity;
  }

  /**
   * Keeps a written form as a key for the entity, except a bare surname that two people of the
   * article share ("Marsh" for Helen and Robert Marsh): each later "Marsh" is decided anew by its title or gender.
   */
  private remember(tokens: string[], entity: LocalEntity): void {
    const key = tokens.join(' ');
    if (tokens.length === 1 && this.entities.filter((e) => e.tokens.length > 1 && e.tokens[e.tokens.length - 1] === key).length > 1) return;
    this.byKey.set(key, entity);
  }

  /** A description used as a speaker ("the campaign") or a thing that may speak ("the email"): one group entity per wording. */
  group(written: string, personal = false): LocalEntity {
    const key = `group:${written.toLowerCase()}`;
    const known = this.byKey.get(key);
    if (known) {
      if (personal) known.personal = true;
      return known;
    }
    const entity = this.create(written, 'group', []);
    if (personal) entity.personal = true;
    this.byKey.set(key, entity);
    return entity;
  }

  private create(written: string, kind: EntityKind, tokens: string[]): LocalEntity {
    const entity: LocalEntity = { index: this.entities.length, name: written, kind, aliases: new Set(), gender: null, roles: new Set(), tokens, mentions: 0 };
    this.entities.push(entity);
    return entity;
  }

  private addDescriptor(entity: LocalEntity, descriptor: string): void {
    const words = descriptor
      .toLowerCase()
      .split(/[\s.]+/)
      .filter(Boolean);
    // "Vice President" gives the role "vice president", never "president"
    for (const [n, w] of words.entries()) entity.roles.add(n > 0 && SECOND_RANKS.has(words[n - 1]) ? `${words[n - 1]} ${w}` : w);
    if (words.length > 1 && words.some((w) => ROLE_NOUNS.has(w))) entity.aliases.add(descriptor);
    entity.gender ??= genderOfTitle(words);
  }

  /**
   * Exact full name, then surname, then first name, then a surname at edit distance 1–2; else the
   * organisation the name is a short form of, or the longer name of ("the Times" and "the Linden Times").
   */
  private lookup(tokens: string[], kind: EntityKind, hint: { gender?: Gender; descriptor?: string | null } = {}): LocalEntity | null {
    return this.lookupOfKind(tokens, kind, hint) ?? this.sameOrganisation(tokens, kind);
  }

  /**
   * "the Times" for "the Linden Times", whatever the tagger took the short form for; "the Linden
   * Times" written after "the Times" (a headline first): one organisation, when its name ends in a
   * word organisations' names end in and only one organisation fits.
   */
  private sameOrganisation(tokens: string[], kind: EntityKind): LocalEntity | null {
    if (!tokens.length || !ORGANISATION_NAME_ENDS.has(tokens[tokens.length - 1])) return null;
    const fits = this.entities.filter(
      (e) => e.kind === 'organization' && (endsWith(e.tokens, tokens) || (kind === 'organization' && endsWith(tokens, e.tokens))),
    );
    return fits.length === 1 ? fits[0] : null;
  }

  private lookupOfKind(tokens: string[], kind: EntityKind, hint: { gender?: Gender; descriptor?: string | null } = {}): LocalEntity | null {
    if (!tokens.length) return null;
    const exact = this.byKey.get(tokens.join(' '));
    if (exact) return exact;
    const people = this.entities.filter((e) => e.kind === kind && e.tokens.length > 0);
    if (tokens.length === 1) {
      const [t] = tokens;
      const full = people.filter((e) => e.tokens.length > 1);
      return (
        pickAmong(
          full.filter((e) => e.tokens[e.tokens.length - 1] === t),
          hint,
        ) ??
        pickAmong(
          full.filter((e) => e.tokens[0] === t),
          hint,
        ) ??
        pickAmong(
          full.filter((e) => withinEdits(e.tokens[e.tokens.length - 1], t)),
          hint,
        )
      );
    }
    const surname = tokens[tokens.length - 1];
    const sameEnds = (e: LocalEntity): boolean => e.tokens.length > 1 && e.tokens[0] === tokens[0] && e.tokens[e.tokens.length - 1] === surname;
    return people.find(sameEnds) ?? people.find((e) => e.tokens.length === 1 && (e.tokens[0] === surname || e.tokens[0] === tokens[0])) ?? null;
  }

  /** Puts the sightings so far in text order, as role lookups before `seal` need. */
  order(): void {
    this.sightings.sort((a, b) => a.pos - b.pos);
  }

  /** Records that `entity` is mentioned at `pos` (for pronouns and role descriptions later). */
  see(pos: number, entity: LocalEntity, role: SightingRole, sentence: number): void {
    this.sightings.push({ pos, entity, role, sentence });
  }

  /** Records a subject pronoun outside quotations ("She said she would …"); `seal` resolves it. */
  seePronoun(pos: number, pronoun: PronounFeatures, role: SightingRole, sentence: number): void {
    this.sightings.push({ pos, entity: null, role, sentence, pronoun });
  }

  /** Call once all sightings are in, before resolving pronouns: resolves the pronouns' chain in text order. */
  seal(): void {
    this.order();
    for (const s of this.sightings) if (s.pronoun) s.entity = this.antecedent(s.pos, s.pronoun, s.pos, s.pos, s.sentence);
  }

  /**
   * The entity a pronoun at `pos` (in sentence `sentence`) most likely refers to: the most salient
   * fitting referent of the sentences just before. Mentions inside [skipFrom, skipTo) (the
   * quotation itself) are ignored.
   */
  antecedent(pos: number, f: PronounFeatures, skipFrom: number, skipTo: number, sentence: number): LocalEntity | null {
    const before = this.before(pos).filter((s): s is Sighting & { entity: LocalEntity } => !!s.entity && (s.pos < skipFrom || s.pos >= skipTo));
    // "Billie Jean King …, she said": no one of the pronoun's gender nearby, a person whose gender was only guessed from a first name is the likelier referent
    const found = mostSalient(
      before,
      sentence,
      (e) => fitsPronoun(e, f),
      (e) => fitsPronoun(e, f) || (!!e.genderGuessed && fitsPronoun({ ...e, gender: null }, f)),
    );
    if (found && f.gender && (!found.gender || found.genderGuessed) && (found.kind === 'person' || found.personal)) {
      found.gender = f.gender;
      found.genderGuessed = false;
    }
    return found;
  }

  /** The entity whose name stands at `pos`, when it fits the pronoun (a name already read, found by where it stands). */
  fittingAt(pos: number, f: PronounFeatures): LocalEntity | null {
    const s = this.sightings[this.firstAtOrAfter(pos)];
    return s?.pos === pos && s.entity && fitsPronoun(s.entity, f) ? s.entity : null;
  }

  /** The latest person introduced with `role` ("the Acme CEO" → the person called "Acme CEO …"). */
  byRole(pos: number, role: string, qualifiers: string[]): LocalEntity | null {
    const pick = [...this.before(pos)].reverse().flatMap((s) => (s.entity ? [s.entity] : []));
    const all = [...pick, ...this.entities];
    const withRole = all.filter((e) => e.kind === 'person' && e.roles.has(role));
    return withRole.find((e) => qualifiers.every((q) => e.roles.has(q))) ?? (qualifiers.length ? null : (withRole[0] ?? null));
  }

  private before(pos: number): Sighting[] {
    const lo = this.firstAtOrAfter(pos);
    return this.sightings.slice(Math.max(0, lo - 60), lo);
  }

  /** The index of the first sighting at or after `pos` (sightings are in text order once sealed): a search, not a scan, so each lookup stays cheap in a long article. */
  private firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.sightings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sightings[mid].pos < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Among people sharing a surname, the one the title or gender points to ("Mrs. Lee", "Gov.
 * Lee"), else the one the article names most.
 */
function pickAmong(list: LocalEntity[], hint: { gender?: Gender; descriptor?: string | null }): LocalEntity | null {
  if (list.length <= 1) return list[0] ?? null;
  const roles = (hint.descriptor ?? '')
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean);
  const byRole = roles.length ? list.filter((e) => roles.some((r) => e.roles.has(r))) : [];
  // "Mrs. Marsh" is never the husband: a known other gender rules a person out, an unknown one does not
  const sameGender = hint.gender ? list.filter((e) => e.gender === hint.gender) : [];
  const notOther = hint.gender ? list.filter((e) => !e.gender) : [];
  const pool = byRole.length ? byRole : sameGender.length ? sameGender : notOther.length ? notOther : list;
  return [...pool].sort((a, b) => b.mentions - a.mentions)[0];
}

function fitsPronoun(e: LocalEntity, f: PronounFeatures): boolean {
  if (f.person === true) return (e.kind === 'person' || !!e.personal) && (!f.gender || !e.gender || e.gender === f.gender);
  // "a retired general" is one person, however the roster keeps him: never "they"
  if (f.person === false) return e.kind !== 'person' && !e.plural;
  return e.kind !== 'person' && !(f.plural && (e.singular || e.personal));
}

/** Whether `shorter` is the last words of `longer`, and fewer of them. */
function endsWith(longer: string[], shorter: string[]): boolean {
  return shorter.length > 0 && longer.length > shorter.length && shorter.every((t, k) => longer[longer.length - shorter.length + k] === t);
}

function extends_(longer: string[], shorter: string[]): boolean {
  return shorter.every((t) => longer.includes(t));
}

/** Lower-case tokens of a name without titles: "Sen. Jane Smith" → ["jane", "smith"]. */
export function nameTokens(written: string): string[] {
  const tokens = written
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[\s]+/)
    .map((t) => t.replace(/'s$|'$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  let i = 0;
  while (i < tokens.length - 1 && (TITLES.has(tokens[i]) || tokens[i] === 'the')) i++;
  return tokens.slice(i).filter((t) => !/^(jr|sr|ii|iii|iv)$/.test(t));
}
