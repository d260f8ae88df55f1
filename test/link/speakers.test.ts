import { describe, expect, it } from 'vitest';
import type { Entity, QuoteRecord } from '../../src/model/records.js';
import type { ArticleExtraction } from '../../src/extract/index.js';
import { mergeEntities } from '../../src/link/speakers.js';
import { quote, quotesOf } from '../extract/quotes-helpers.js';

function entity(article: string, n: number, name: string, aliases: string[] = [], kind: Entity['kind'] = 'person'): Entity {
  return { id: `${article}:e${n}`, name, kind, aliases, articles: [article] };
}

function said(article: string, speaker: Entity): QuoteRecord {
  const span = { text: 'x', start: 0, end: 1 };
  return {
    id: `${article}:q1`,
    articleId: article,
    text: 'x',
    start: 0,
    end: 1,
    speaker: speaker.name,
    speakerId: speaker.id,
    speakerMention: span,
    cue: span,
    kind: 'direct',
    passage: span,
    confidence: 0.9,
  };
}

function part(article: string, entities: Entity[], speaker = entities[0]): ArticleExtraction {
  return { articleId: article, hash: article, quotes: [said(article, speaker)], facts: [], entities };
}

describe('mergeEntities', () => {
  it('joins the same full name across articles into one entity', () => {
    const a = entity('a', 1, 'Rosa Delgado', ['Delgado']);
    const b = entity('b', 1, 'Rosa Delgado', ['Rosa']);
    const out = mergeEntities([part('a', [a]), part('b', [b])]);
    expect(out.entities).toHaveLength(1);
    expect(out.entities[0]).toMatchObject({ name: 'Rosa Delgado', articles: ['a', 'b'] });
    expect(out.entities[0].aliases).toEqual(expect.arrayContaining(['Delgado', 'Rosa']));
  });

  it('rewrites every quote to the global entity', () => {
    const a = entity('a', 1, 'Rosa Delgado');
    const b = entity('b', 1, 'Rosa Delgado');
    const out = mergeEntities([part('a', [a]), part('b', [b])]);
    expect(new Set(out.quotes.map((q) => q.speakerId))).toEqual(new Set([out.entities[0].id]));
    expect(out.quotes.every((q) => q.speaker === 'Rosa Delgado')).toBe(true);
  });

  it('joins a bare surname to the full name that dominates it', () => {
    const out = mergeEntities([part('a', [entity('a', 1, 'Rosa Delgado')]), part('b', [entity('b', 1, 'Delgado')])]);
    expect(out.entities).toHaveLength(1);
    expect(out.quotes[1].speaker).toBe('Rosa Delgado');
  });

  it('keeps a surname shared by two people of equal weight on its own', () => {
    const parts = [part('a', [entity('a', 1, 'Rosa Delgado')]), part('b', [entity('b', 1, 'Mateo Delgado')]), part('c', [entity('c', 1, 'Delgado')])];
    const out = mergeEntities(parts);
    expect(out.quotes[2].speaker).toBe('Delgado');
  });

  it('folds a misspelt surname into the better-attested spelling', () => {
    const parts = [part('a', [entity('a', 1, 'Rosa Delgado')]), part('b', [entity('b', 1, 'Rosa Delgado')]), part('c', [entity('c', 1, 'Rosa Delgato')])];
    const out = mergeEntities(parts);
    expect(out.entities).toHaveLength(1);
    expect(out.quotes[2].speaker).toBe('Rosa Delgado');
  });

  it('keeps a bare surname one letter off a full name from another article apart', () => {
    const out = mergeEntities([part('a', [entity('a', 1, 'Lena Halvorsen')]), part('b', [entity('b', 1, 'Halvorson')])]);
    expect(out.entities).toHaveLength(2);
    expect(out.quotes[1].speaker).toBe('Halvorson');
  });

  it('still reads a bare surname one letter off a full name in the same article as a misspelling', () => {
    const lena = entity('a', 1, 'Lena Halvorsen');
    const out = mergeEntities([part('a', [lena, entity('a', 2, 'Halvorson')], lena)]);
    expect(out.entities).toHaveLength(1);
    expect(out.links.get('a:e2')).toBe(out.links.get('a:e1'));
  });

  it('shows a name with the apostrophe its articles write, and still joins it to the straight-apostrophe spelling', () => {
    const curly = entity('a', 1, 'Declan O\u2019Reilly');
    const out = mergeEntities([part('a', [curly]), part('b', [entity('b', 1, 'Declan O\u2019Reilly')]), part('c', [entity('c', 1, "Declan O'Reilly")])]);
    expect(out.entities).toHaveLength(1);
    expect(out.entities[0].name).toBe('Declan O\u2019Reilly');
    expect(out.quotes[0].speaker).toBe('Declan O\u2019Reilly');
  });

  it('joins names differing only by a middle initial', () => {
    const out = mergeEntities([part('a', [entity('a', 1, 'Rosa Delgado')]), part('b', [entity('b', 1, 'Rosa M. Delgado')])]);
    expect(out.entities).toHaveLength(1);
  });

  it('never joins descriptions across articles', () => {
    const out = mergeEntities([part('a', [entity('a', 1, 'the campaign', [], 'group')]), part('b', [entity('b', 1, 'the campaign', [], 'group')])]);
    expect(out.entities).toHaveLength(2);
  });

  it('keeps people and organisations apart', () => {
    const out = mergeEntities([part('a', [entity('a', 1, 'Jordan Lake')]), part('b', [entity('b', 1, 'Jordan Lake', [], 'organization')])]);
    expect(out.entities.map((e) => e.kind).sort()).toEqual(['organization', 'person']);
  });

  it('handles an empty corpus', () => {
    const { families, ...merged } = mergeEntities([]);
    expect(merged).toEqual({ quotes: [], facts: [], entities: [], links: new Map() });
    expect(families.roots.size).toBe(0);
  });

  // Its speed is measured by `npx tsx bench/merge-time.ts`, never asserted here.
  it('merges ten thousand articles, every quotation keeping a speaker', () => {
    const parts = Array.from({ length: 10_000 }, (_, i) =>
      part(`a${i}`, [entity(`a${i}`, 1, `Person${i % 900} Surname${i % 700}`), entity(`a${i}`, 2, `Surname${i % 50}`)]),
    );
    const out = mergeEntities(parts);
    expect(out.quotes).toHaveLength(10_000);
    expect(out.quotes.every((q) => q.speakerId && out.links.get(`${q.articleId}:e1`) === q.speakerId)).toBe(true);
  });
});

describe('article entities', () => {
  const people = (text: string): string[] =>
    quotesOf(text)
      .entities.filter((e) => e.kind === 'person')
      .map((e) => e.name);

  it('stops a title-case headline name at its verb', () => {
    expect(people('Marta Kowalczyk Says Budget Is Dead\n\nMarta Kowalczyk spoke on Monday.')).toEqual(['Marta Kowalczyk']);
  });

  it('does not start a name with a capitalised question opener', () => {
    expect(people('Opinion | Did Marta Kowalczyk Lie About Taxes\n\nMarta Kowalczyk spoke on Monday.')).not.toContain('Did Marta Kowalczyk Lie');
  });

  it('does not run a name into a weekday', () => {
    expect(people('At a dinner in Dayton, Virginia Friday, Marta Kowalczyk laid out her plan.')).not.toContain('Virginia Friday');
  });

  it('resolves a pronoun to the sentence subject, not a place after a comma', () => {
    const text = 'Tomasz Brandt repeated the promise at a summit in Fairfax, Virginia on Tuesday. He said the country is "less safe than ever."';
    expect(quote(quotesOf(text).quotes, 'less safe').speaker).toBe('Tomasz Brandt');
  });

  it('does not start a name with the capitalised preposition of a title-case line', () => {
    const text =
      'Posted 8:47PM Council Chair Apologizes To Dana Okafor For Skipping Hearing\nThe chair apologized on Friday. "I expected better," Okafor said.';
    expect(people(text)).toContain('Dana Okafor');
    expect(quote(quotesOf(text).quotes, 'I expected').speaker).toBe('Dana Okafor');
  });

  it('trims words a title-case headline puts before a name the body uses', () => {
    const text = 'Angry Farmer Confronts Ruiz At Town Hall\n\nGloria Ruiz said the subsidy would stay. "We will not cut it," Ruiz said.';
    expect(people(text)).toEqual(['Gloria Ruiz']);
    expect(quote(quotesOf(text).quotes, 'We will not').speaker).toBe('Gloria Ruiz');
  });
});
