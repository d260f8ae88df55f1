import { describe, expect, it } from 'vitest';
import { ScopedAnswers } from '../../src/replica/scoped-answers.js';
import type { ScopedReplica } from '../../src/replica/scoped.js';
import { tempCorpus } from '../helpers/corpus.js';
import { useConnections, usePostgres } from '../helpers/postgres.js';
import { embeddedOver } from './questions.js';
import { scopedSetup } from './scoped-setup.js';

const cluster = usePostgres();
const { connect, defer } = useConnections();
const { database, replica } = scopedSetup(cluster, { connect, defer });

/**
 * A harbour town's week, written for these tests: the harbour master is quoted in most stories and
 * a ferry captain in one, both on the harbour, the ferries and the council, words every story uses.
 */
function harbourWeek(): Record<string, string> {
  const files: Record<string, string> = {};
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  days.forEach((day, i) => {
    files[`harbour-${i}.txt`] = `Harbour works go on through ${day}
Date: 2024-05-0${i + 1}

The council closed the east quay again on ${day} while divers checked the harbour wall.

"The harbour wall will hold, and the ferries keep their times," said Marta Quillon, the harbour master.

"The council owes the harbour a new crane before winter," Quillon said later.
`;
  });
  files['ferry-captain.txt'] = `Ferry captain asks for calmer quays
Date: 2024-05-08

Ferries left the harbour late on Sunday after the council moved the east quay moorings.

"The council should ask the ferries before it moves the harbour moorings," said Tobias Renwick, who captains the island ferry.
`;
  files['school-fete.txt'] = `School fete raises roof fund
Date: 2024-05-09

Parents at Hill Lane school raised money for a new roof at Saturday's fete.

"Every stall sold out by noon, and the roof fund is nearly there," said Lena Fairbrook, who chairs the parents' group.
`;
  return files;
}

async function replicaOver(): Promise<{ scoped: ScopedReplica; answers: ScopedAnswers; embedded: Awaited<ReturnType<typeof embeddedOver>> }> {
  const corpus = await tempCorpus(harbourWeek());
  defer(corpus.cleanup);
  const url = await database(corpus.dir);
  const embedded = await embeddedOver(corpus.dir, defer);
  const scoped = await replica(url, corpus.dir, { threads: 0 });
  if (!(scoped.answers instanceof ScopedAnswers)) throw new Error('threads 0 answers on the calling thread');
  return { scoped, answers: scoped.answers, embedded };
}

describe('a scoped replica reads no more of the version than an answer depends on', { timeout: 300_000 }, () => {
  it('profiles a speaker found from their own articles: not those of the most quoted speakers, nor every article holding their words', async () => {
    const { scoped, answers, embedded } = await replicaOver();
    const out = await scoped.service.answerAsync('speaker', ['Tobias Renwick']);
    expect(out).toEqual(embedded.answer('speaker', ['Tobias Renwick']));
    expect(out.found).toBe(true);
    // His words (harbour, council, ferries) are in seven stories, and the harbour master is the most quoted: one story is his.
    expect(answers.lastScope).toBe(1);
  });

  it('still suggests the most quoted speakers, counted over all their quotations, for a name found nowhere', async () => {
    const { scoped, embedded } = await replicaOver();
    const out = await scoped.service.answerAsync('speaker', ['Ottoline Brankworth']);
    expect(out).toEqual(embedded.answer('speaker', ['Ottoline Brankworth']));
    expect(out.found).toBe(false);
    expect(out.suggestions?.[0]).toBe('Marta Quillon');
  });
});
