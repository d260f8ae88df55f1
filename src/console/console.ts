import path from 'node:path';
import readline from 'node:readline';
import type { CoverageService } from '../service/coverage.js';
import { isSidecarWarning } from '../corpus/load.js';
import { ANSI, PLAIN, renderText } from '../render/text.js';
import { renderReindex, warningLines } from '../render/reindex.js';
import { parseConsoleLine, type ConsoleInput } from './parse.js';

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
  write('Type /help for commands, /quit to leave. A line without a slash is asked as a question.');
  const rl = readline.createInterface({ input, output, prompt: '> ', terminal: Boolean(output.isTTY) });
  rl.prompt();
  for await (const line of rl) {
    const parsed = parseConsoleLine(line);
    if (parsed.kind === 'command' && parsed.name === 'quit') break;
    write(await respond(service, parsed, style));
    rl.prompt();
  }
  rl.close();
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

async function respond(service: CoverageService, input: ConsoleInput, style: typeof PLAIN): Promise<string> {
  if (input.kind === 'empty') return '';
  if (input.kind === 'error') return input.message;
  try {
    switch (input.name) {
      case 'whosaid':
        return renderText(service.whosaid(input.text), style);
      case 'ask':
        return renderText(service.ask(input.text), style);
      case 'quote':
        return renderText(service.quote(input.topic, input.speaker), style);
      case 'sources':
        return renderText(service.sources(), style);
      case 'help':
        return renderText(service.help(), style);
      case 'reindex':
        return renderReindex(await service.reindex());
      default:
        return '';
    }
  } catch (err) {
    return `Sorry, that failed: ${(err as Error).message}`;
  }
}
