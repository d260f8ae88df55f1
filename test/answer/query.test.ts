import { describe, expect, it } from 'vitest';
import { cleanQuery, MAX_QUERY_CHARS } from '../../src/answer/query.js';

const text = (raw: string) => {
  const q = cleanQuery(raw);
  if (!q.ok) throw new Error(q.message);
  return q.text;
};

describe('cleanQuery', () => {
  it('rejects empty and whitespace-only input with a message', () => {
    expect(cleanQuery('')).toMatchObject({ ok: false });
    expect(cleanQuery(' \t\n ')).toMatchObject({ ok: false, message: expect.stringMatching(/Please type/) });
  });

  it('rejects input with no letters or digits', () => {
    expect(cleanQuery('*** ``` ???')).toMatchObject({ ok: false });
  });

  it('removes user, role and channel mentions and defuses @everyone', () => {
    expect(text('<@123456789012345678> said <#42> @everyone harbour')).toBe('said everyone harbour');
  });

  it('drops markdown and code-fence characters but keeps the words', () => {
    expect(text('```**rebuild** the _harbour_```')).toBe('rebuild the harbour');
  });

  it('drops zero-width, bidi and control characters', () => {
    expect(text('har\u200bbour\u202e plan\u0007')).toBe('harbour plan');
  });

  it('drops lone surrogates but keeps emoji', () => {
    expect(text('tide \ud800 report 🌊')).toBe('tide report 🌊');
  });

  it('cuts a very long query at a word and says so', () => {
    const q = cleanQuery('harbour '.repeat(1000));
    expect(q.ok && q.truncated).toBe(true);
    expect(q.ok && q.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(q.ok && q.text.endsWith('harbour')).toBe(true);
  });
});
