/**
 * Issue 13: "whats X's job", "what does X do for a living", "whats X's title" are answered with the
 * job itself, a short value read from the words the passage binds to the name (an apposition, a
 * predicate, "serves as", a title run into the name), not with the passage; a name the passage only
 * quotes gives no job (src/answer/ask/job.ts). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'harbour.txt': ` date 2024-03-11

Brackwater votes on the new ferry pier

The harbour master, Laura Fenwick, said on Monday that the new pier at Brackwater would open in June.

"We have waited long enough," said Tobiah Marchetti, a marine engineer at the Selden Works, who drew the first plans in 2019.

Harbour pilot Peter Drouet said the channel would need dredging before the larger ferries could dock.

Wendeline Ashgrove, 58, a retired lighthouse keeper in Pellow, said the old pier should be kept as a museum.

Rosalind Keble, a one-time Drouet ally who serves as vice chair of the Brackwater Ferry Board, said tickets would stay at two pounds.

Gunnar Szabo, a former tax inspector, is now director of the Pellow Maritime Trust.

"The town deserves better," said Ines Baptiste, who declined to say more.

Lorcan Vey, the executive director of the Brackwater Rowing Club, welcomed the pier.

Ferry Board treasurer Maud Pellegrini said the pier would cost 4 million pounds.

Hal Brennan, director of the Selden Sailing School, said 30 pupils would use the pier.

Ferdinand Oakes is professor of maritime law at Selden College.

Talia Brenner, a former aide to Mr. Fenwick, is now chief counsel at the Selden Works.

Konrad Weiss, a retired sea captain and former inspector of the Pellow Coastguard, said 12 boats would use it.

Senator Mirela Dunst spoke at the opening; Ms. Dunst is cheerful, and Mirela Dunst, the chair of the Harbour Committee, cut the ribbon in 2024.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('a job question answered with the job, not the passage', () => {
  it('gives the apposition after the name without its determiner, stopped before "at"', () => {
    expect(answerTo('whats tobiah marchettis job')).toBe('marine engineer');
    const a = ask(index(), 'whats tobiah marchettis job');
    expect(a.results[0]?.values?.[0]?.type).toBe('role');
    expect(a.results[0]?.passage.text).toContain('Selden Works');
  });

  it('gives a title set before the name, as written, and one set off by a comma after a determiner', () => {
    expect(answerTo('what does peter drouet do for a living')).toBe('Harbour pilot');
    expect(answerTo("what's laura fenwick's job")).toBe('harbour master');
  });

  it('skips an age between the name and the apposition, and drops "retired" for an old job', () => {
    expect(answerTo('whats wendeline ashgroves old job')).toBe('lighthouse keeper');
  });

  it('prefers a role stated with "serves as" to a description of the person', () => {
    expect(answerTo("what is rosalind keble's role")).toBe('vice chair');
  });

  it('gives the present job after a former one for a present question, the former one for a past question', () => {
    expect(answerTo('whats gunnar szabos job')).toBe('director of the Pellow Maritime Trust');
    expect(answerTo('what was gunnar szabos old job')).toBe('tax inspector');
  });

  it('keeps the organisation after a bare title, not after a title that already has its modifier', () => {
    expect(answerTo("whats lorcan vey's title")).toBe('executive director');
    expect(answerTo('whats ferdinand oakes job')).toBe('professor of maritime law');
  });

  it('leaves out the words the question already places the job with', () => {
    expect(answerTo("what is maud pellegrini's role on the ferry board")).toBe('treasurer');
    expect(answerTo('whats hal brennans job at the sailing school')).toBe('director');
  });

  it('gives no job for a person the passage only quotes', () => {
    expect(answerTo('whats ines baptistes job')).toBeNull();
  });

  it('answers "who is X, whats his job" with the job, not the person', () => {
    expect(answerTo('who is tobiah marchetti, whats his job')).toBe('marine engineer');
  });
});

describe("which of a person's jobs answers", () => {
  it('reads the role after an apposition that names someone with a title ("Mr.")', () => {
    expect(answerTo('whats talia brenners job at the selden works')).toBe('chief counsel');
  });

  it('reads a second job after "and", chosen by the question\'s own words', () => {
    expect(answerTo("what was konrad weiss's job at the coastguard")).toBe('inspector');
  });

  it('gives a bare title of address only when nothing better is said, and no adjective as a job', () => {
    expect(answerTo('whats mirela dunsts job')).toBe('chair of the Harbour Committee');
  });

  it('answers no job when the question asks for another thing', () => {
    expect(analyseQuestion('what show did fenwick say jobs jobs jobs on').asksJob).toBe(true);
    expect(answerTo('what show did fenwick say jobs jobs jobs on')).not.toBe('harbour master');
  });
});

describe('which questions ask for a job by title, role or position', () => {
  it('reads a title, role or position owned by the person as a job question', () => {
    expect(analyseQuestion("whats laura fenwick's title").asksRole).toBe(true);
    expect(analyseQuestion('whats fenwicks role at the harbour').asksRole).toBe(true);
    expect(analyseQuestion('who is tobiah marchetti, whats his job').asksRole).toBe(true);
  });

  it('does not read the title of a thing or a position played as one', () => {
    expect(analyseQuestion('what was the title of fenwicks report').asksRole).toBe(false);
    expect(analyseQuestion('what position does fenwick play on the harbour team').asksRole).toBe(false);
  });

  it('reads "old", "before" and "used to" as asking for a left job', () => {
    expect(analyseQuestion('whats fenwicks old job').formerJob).toBe(true);
    expect(analyseQuestion('what did fenwick do for a living before the harbour').formerJob).toBe(true);
    expect(analyseQuestion('whats fenwicks job').formerJob).toBe(false);
  });
});
