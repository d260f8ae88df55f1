import { describe, expect, it } from 'vitest';
import type { QueryName } from '../../src/answer/commands.js';
import { FolderSource } from '../../src/corpus/source.js';
import { ScopedReplica } from '../../src/replica/scoped.js';
import { startWorker } from '../../src/queue/worker.js';
import { extractInline } from '../../src/runtime/workers.js';
import { CoverageService } from '../../src/service/coverage.js';
import { tempCorpus } from '../helpers/corpus.js';
import { nonEmpty } from '../helpers/expect.js';
import { useConnections, usePostgres } from '../helpers/postgres.js';
import { EVERY_SCRIPT } from './every-script.js';

const cluster = usePostgres();
const { connect, defer } = useConnections();

const nonLatin = (s: string) => /[^\x20-\x7e]/.test(s);
/** What a member without the accents on their keyboard types: "Jurgen Muller". */
const unaccented = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');
const firstWords = (s: string, n: number) => s.split(/\s+/).slice(0, n).join(' ');

/** Questions made from the corpus's own quotations and speakers that are written in other scripts than plain ASCII. */
function questionsFrom(service: CoverageService): [QueryName, string[]][] {
  const { quotes, entities } = service.index.extraction;
  const quoted = entities.filter((e) => nonLatin(e.name) && quotes.some((q) => q.speakerId === e.id));
  return [
    ...quotes
      .filter((q) => nonLatin(q.text))
      .flatMap((q): [QueryName, string[]][] => [
        ['whosaid', [firstWords(q.text, 5)]],
        ['quote', [firstWords(q.text, 3)]],
      ]),
    ...quoted.flatMap((e): [QueryName, string[]][] => [
      ['speaker', [e.name]],
      ['speaker', [unaccented(e.name)]],
      ['quote', ['', e.name]],
      ['ask', [`What did ${e.name} say?`]],
      ['ask', [`Who is ${e.name}?`]],
    ]),
    ['whosaid', ['Strassenbahn fahrt Juni']],
    ['ask', ['How many books does the room hold?']],
  ];
}

describe('a scoped replica on words of any script (accented, Cyrillic, Greek, CJK)', { timeout: 180_000 }, () => {
  it('answers /whosaid, /quote, /ask and /speaker the same as the embedded mode', async () => {
    const corpus = await tempCorpus(EVERY_SCRIPT);
    defer(corpus.cleanup);
    const url = await cluster.database();
    await startWorker({ ...(await connect(url)), pollSeconds: 0.5 });
    const c = await connect(url);
    const r = await ScopedReplica.open({ ...c, source: new FolderSource(corpus.dir), pollMs: 60_000, reindexTimeoutMs: 60_000, cacheArticles: 100 });
    defer(() => r.close());
    const embedded = await CoverageService.open({ seedsDir: corpus.dir, indexPath: null, extract: extractInline });
    defer(() => embedded.close());
    const questions = nonEmpty(questionsFrom(embedded), 'questions in other scripts');
    for (const command of ['whosaid', 'quote', 'ask', 'speaker'] as const)
      expect(
        questions.some(([name]) => name === command),
        command,
      ).toBe(true);
    // Cyrillic, Greek and CJK speakers among them, not only accented Latin ones.
    for (const script of [/\p{sc=Cyrillic}/u, /\p{sc=Greek}/u, /\p{sc=Han}/u, /[À-ž]/u])
      expect(
        questions.some(([name, args]) => name === 'speaker' && script.test(args[0] ?? '')),
        String(script),
      ).toBe(true);
    let found = 0;
    for (const [name, args] of questions) {
      const want = embedded.answer(name, args);
      expect(await r.service.answerAsync(name, args), `${name} ${args.join(' | ')}`).toEqual(want);
      if (want.found) found++;
    }
    // Equal "not found" answers would prove nothing: most of these questions have an answer.
    expect(found).toBeGreaterThan(questions.length / 2);
  });
});
