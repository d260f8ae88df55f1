import path from 'node:path';
import readline from 'node:readline';
import type { CoverageService } from '../service/coverage.js';
import { isSidecarWarning } from '../corpus/load.js';
import { ANSI, PLAIN, pageCount, renderText, type TextStyle } from '../render/text.js';
import type { Answer } from '../model/answer.js';
import { renderReindex, warningLines } from '../render/reindex.js';
import { parseConsoleLine, type ConsoleInput } from './parse.js';
import { addFrom, addText, removeText } from '../cli/add.js';
import { terminalProgress } from '../cli/progress.js';

export interface ConsoleOptions {
  service: CoverageService;
  /** The corpus folder, named when it gives no articles. */
  seedsDir?: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { isTTY?: boolean };
}

/** The offline console: the same commands and answers as the bot, as terminal text. */
export async function runConsole({ service, seedsDir, input, output }: ConsoleOptions): Promise<void> {
  const style = output.isTTY ? ANSI : PLAIN;
  const write = (s: string) => output.write(`${s}\n`);
  const c = service.counts();
  write(`coverage-bot (offline console): ${c.articles} articles, ${c.quotes} quotes, ${c.facts} facts indexed.`);
  if (service.startNotice) write(`Note: ${service.startNotice}`);
  for (const line of corpusLines(service, seedsDir)) write(line);
  write('Type /help for commands, /add <url|path> to add an article, /quit to leave. A line without a slash is asked as a question.');
  // Terminal line editing only when the input is the terminal itself; input held while the index
  // opened (see early.ts) is already edited and echoed by the terminal, and would echo twice.
  const terminal = Boolean(output.isTTY && (input as { isTTY?: boolean }).isTTY);
  const rl = readline.createInterface({ input, output, prompt: '> ', terminal });
  const session: Session = { service, style, last: null };
  rl.prompt();
  for await (const line of rl) {
    const parsed = parseConsoleLine(line);
    if (parsed.kind === 'quit') break;
    write(await respond(session, parsed));
    rl.prompt();
  }
  rl.close();
}

/** What the console remembers between lines: the last answer and the page shown, for /more. */
interface Session {
  service: CoverageService;
  style: TextStyle;
  last: { answer: Answer; page: number } | null;
}

/** More than this many warnings at start become a count: the prompt should not scroll away. */
const WARNINGS_AT_START = 10;

/** What the folder gave besides articles (as /reindex reports it), and what to do when it gave none. */
function corpusLines(service: CoverageService, seedsDir: string | undefined): string[] {
  const { warnings } = service.index.data;
  const lines = warningLines(warnings, WARNINGS_AT_START);
  if (service.counts().articles > 0) return lines;
  const folder = seedsDir ? path.resolve(seedsDir) : 'the corpus folder';
  const skipped = warnings.filter((w) => !isSidecarWarning(w)).length;
  lines.push(
    skipped
      ? `No readable articles: none of the ${skipped} files in ${folder} could be loaded (see above). Fix or replace them, then type /reindex.`
      : `No articles: ${folder} has no .txt or .md files. Add articles there (or set SEEDS_DIR to another folder), then type /reindex.`,
  );
  return lines;
}

async function respond(session: Session, input: ConsoleInput): Promise<string> {
  const { service, style } = session;
  try {
    switch (input.kind) {
      case 'empty':
        return '';
      case 'error':
        return input.message;
      case 'quit':
        return '';
      case 'reindex': {
        const progress = terminalProgress();
        const report = await service.reindex((done, total) => progress.update(done, total, 'Extracting'));
        progress.stop();
        return renderReindex(report);
      }
      case 'add':
        return addText(await addFrom(service, input.source, terminalProgress()));
      case 'remove':
        return removeText(await service.remove(input.id));
      case 'page':
        return turnPage(session, input.step);
      case 'query': {
        const answer = await service.answerAsync(input.name, input.args);
        session.last = { answer, page: 0 };
        return renderText(answer, style);
      }
    }
  } catch (err) {
    return `Sorry, that failed: ${(err as Error).message}`;
  }
}

/** /more, /next, /prev: the next or previous page of the last answer's results. */
function turnPage(session: Session, step: 1 | -1): string {
  const last = session.last;
  if (!last || pageCount(last.answer) <= 1) return 'Nothing to page through: ask something first; /more shows the next results of a longer answer.';
  const page = last.page + step;
  if (page < 0) return 'Already at the first results.';
  if (page >= pageCount(last.answer)) return 'No more results.';
  last.page = page;
  return renderText(last.answer, session.style, page);
}
