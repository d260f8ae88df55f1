import 'dotenv/config';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, ConfigError } from './config.js';
import { createLogger, coreLog } from './log.js';
import { loadCorpus, CorpusError } from './corpus/load.js';
import { extractArticle } from './extract/index.js';
import { mergeEntities } from './link/speakers.js';
import { CoverageService } from './service/coverage.js';
import { renderText } from './render/text.js';
import { renderReindex } from './render/reindex.js';
import { renderJson } from './render/json.js';

const USAGE = 'usage: npm run cli -- <whosaid|quote|ask|sources|extract|reindex> <text|path> [--speaker NAME] [--json]';
const COMMANDS = ['whosaid', 'quote', 'ask', 'sources', 'extract', 'reindex'] as const;
type CliCommand = (typeof COMMANDS)[number];

interface Args {
  command: CliCommand;
  text: string;
  speaker?: string;
  json: boolean;
}

export function parseArgs(argv: string[]): Args | string {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const si = rest.indexOf('--speaker');
  const speaker = si >= 0 ? rest[si + 1] : undefined;
  if (si >= 0) rest.splice(si, 2);
  const [command, ...words] = rest;
  if (!COMMANDS.includes(command as CliCommand)) return command ? `unknown command "${command}"` : 'missing command';
  const text = words.join(' ');
  if (['whosaid', 'ask', 'extract'].includes(command) && !text.trim()) return `${command} needs ${command === 'extract' ? 'a file or folder' : 'some text'}`;
  if (command === 'quote' && !text.trim() && !speaker) return 'quote needs a topic or --speaker';
  return { command: command as CliCommand, text, speaker, json };
}

async function extractCommand(target: string): Promise<unknown> {
  const st = await lstat(target).catch(() => null);
  if (!st) throw new CorpusError(`${target} does not exist.`);
  const dir = st.isDirectory() ? target : path.dirname(target);
  const corpus = await loadCorpus(dir);
  const articles = st.isDirectory() ? corpus.articles : corpus.articles.filter((a) => a.file === path.basename(target));
  const merged = mergeEntities(articles.map(extractArticle));
  const list = articles.map(({ text: _text, paragraphs: _p, ...meta }) => meta);
  return { articles: list, quotes: merged.quotes, facts: merged.facts, entities: merged.entities, warnings: corpus.warnings };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, [config.discordToken]);
  if (args.command === 'extract') {
    const result = await extractCommand(args.text);
    process.stdout.write(`${renderJson(result)}\n`);
    return 0;
  }
  const service = await CoverageService.open({ seedsDir: config.seedsDir, indexPath: config.indexPath, log: coreLog(logger) });
  if (args.command === 'reindex') {
    const report = await service.reindex();
    process.stdout.write(`${args.json ? renderJson(report) : renderReindex(report)}\n`);
    return 0;
  }
  const answer =
    args.command === 'whosaid' ? service.whosaid(args.text)
    : args.command === 'quote' ? service.quote(args.text, args.speaker)
    : args.command === 'ask' ? service.ask(args.text)
    : service.sources();
  process.stdout.write(`${args.json ? renderJson(answer) : renderText(answer)}\n`);
  return 0;
}

/** Exit only once stdout has drained: exiting at once truncates large JSON written to a pipe. */
function exitAfterFlush(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

main(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (err: unknown) => {
    const known = err instanceof ConfigError || err instanceof CorpusError;
    process.stderr.write(`${known ? (err as Error).message : `Unexpected error: ${(err as Error)?.stack ?? String(err)}`}\n`);
    process.exit(1);
  },
);
