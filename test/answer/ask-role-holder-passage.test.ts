/**
 * Issue 13, precision: a "who" question asking for a role's holder is answered by a passage only
 * when the passage names someone besides the question's own people; one telling that the role was
 * filled ("Lee appointed a harbour chief who ...") does not say by whom (invented text).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'harbour.txt': ` date 2024-03-11

Saltmere harbour board in turmoil

Last week Mayor Tomas Lee appointed a harbour chief who had once called the port board corrupt.

Two dock workers were detained after the protest at the harbour gates.
`,
};

const index = useIndexOver(ARTICLES);

describe('a passage for a question about a role holder', () => {
  it("is no answer when it names no one but the question's people", () => {
    expect(ask(index(), 'who is the harbour chief lee appointed who called the port board corrupt').found).toBe(false);
  });

  it('still answers a who question without a role', () => {
    const a = ask(index(), 'who was detained after the protest at the harbour gates');
    expect(a.found).toBe(true);
    expect(a.results[0]?.passage.text).toContain('dock workers');
  });
});
