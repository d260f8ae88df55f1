import type { QueryName } from '../../src/answer/commands.js';
import { CoverageService } from '../../src/service/coverage.js';
import { extractInline } from '../../src/runtime/workers.js';

/** The embedded mode over the same corpus folder, what a replica's answers are compared with; `defer` closes it after the test. */
export async function embeddedOver(dir: string, defer: (close: () => Promise<void>) => void): Promise<CoverageService> {
  const service = await CoverageService.open({ seedsDir: dir, indexPath: null, extract: extractInline });
  defer(() => service.close());
  return service;
}

/** Questions made from what the corpus holds (its quotations, speakers and statements), not written for it. */
export function questionsFrom(service: CoverageService): [QueryName, string[]][] {
  const { quotes, entities } = service.index.extraction;
  const words = (s: string, n: number) => s.split(/\s+/).slice(0, n).join(' ');
  const quoted = entities.filter((e) => quotes.some((q) => q.speakerId === e.id));
  const facts = service.index.facts.all();
  const every = <T>(list: readonly T[], n: number) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
  return [
    ...every(quotes, 10).map((q): [QueryName, string[]] => ['whosaid', [words(q.text, 8)]]),
    // A letter dropped from a long word: the search's typo matching must find the same quotations.
    ...every(quotes, 5).map((q): [QueryName, string[]] => ['whosaid', [misspell(words(q.text, 8))]]),
    ...every(quoted, 3).map((e): [QueryName, string[]] => ['speaker', [misspell(e.name)]]),
    ...every(quotes, 6).map((q): [QueryName, string[]] => ['quote', [words(q.text, 3)]]),
    ...every(quoted, 4).map((e): [QueryName, string[]] => ['quote', ['', e.name]]),
    ...every(quoted, 5).map((e): [QueryName, string[]] => ['speaker', [e.name]]),
    ...every(quoted, 4).flatMap((e): [QueryName, string[]][] => [
      ['ask', [`What did ${e.name} say?`]],
      ['ask', [`Who is ${e.name}?`]],
    ]),
    ...every(facts, 6).map((f): [QueryName, string[]] => ['ask', [`${words(f.statement, 7)}?`]]),
    ...every(quotes, 3).map((q): [QueryName, string[]] => ['speakers', [words(q.text, 2)]]),
    ...every(quotes, 3).map((q): [QueryName, string[]] => ['timeline', [words(q.text, 2)]]),
    ['speakers', []],
    // An outlet as typed, one in no article (the answer suggests the outlets there are), and one with a topic.
    ['speakers', ['', 'marren courier']],
    ['speakers', ['', 'Harbour Weekly']],
    ['speakers', ['', 'Evening Planet']],
    ['speakers', ['roof', 'The Marren Courier']],
    ['sources', []],
    // /help's examples come from the first 60 articles: here, all of them.
    ['help', []],
  ];
}

/** Drops the third letter of the first word of five letters or more: a typo a user might make. */
function misspell(text: string): string {
  const words = text.split(' ');
  const i = words.findIndex((w) => /^[A-Za-z]{5,}$/.test(w));
  if (i >= 0) words[i] = words[i]!.slice(0, 2) + words[i]!.slice(3);
  return words.join(' ');
}
