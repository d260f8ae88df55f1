/**
 * Issue 13, precision: "what did X say about Y" asks for X's words. On real news the passage given
 * for it was often about X but spoken by someone else (", officials said") or only mentioned X, and
 * so told others' words. A passage answers only when X is its speaker: the subject of its speech
 * verb ("X said", "X, the mayor, said", "…,” said X"). Otherwise /ask says not found and offers the
 * passage as possibly relevant.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'library.txt': ` date 2024-06-02

Brindle library to reopen

“We will open the library again in June,” Mayor Ada Okafor said on Tuesday.

The dam repairs ordered by Okafor have stalled, engineers said on Monday.
`,
  'ferry.txt': ` date 2024-06-03

Ferry service resumes at Brindle

“The ferry is back, and the town is glad of it,” Councillor Piet Marsh said.

Marsh, the council's transport lead, said the ferry would call at the quay twice a day.
`,
  'depot.txt': ` date 2024-06-04

Tram depot to close

“Trams will run on the new line by autumn,” Ines Varga said at the launch.

Varga, head of parks, roads and ports, said the tram depot would close in May.
`,
};

const index = useIndexOver(ARTICLES);

describe('what someone said, from passages they speak in', () => {
  it('does not give a passage someone else reports as what the person asked about said', () => {
    const a = ask(index(), 'what did okafor say about the dam');
    expect(a.found).toBe(false);
    expect(a.found ? '' : a.message).toContain('Possibly relevant');
  });

  it('still gives the passage the person speaks in', () => {
    const a = ask(index(), 'what did marsh say about the quay');
    expect(a.found ? a.results[0]?.passage.text : '').toContain('twice a day');
  });

  it('reads past an apposition that holds commas of its own to the speech verb', () => {
    const a = ask(index(), 'what did varga say about the depot');
    expect(a.found ? a.results[0]?.passage.text : '').toContain('close in May');
  });
});
