import 'dotenv/config';
import { lstat, writeFile } from 'node:fs/promises';
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
import { runBatch } from './cli/batch.js';
import { removeJson, removeText, runAdd } from './cli/add.js';
import { terminalProgress } from './cli/progress.js';
import { extractInline } from './runtime/workers.js';
import type { Answer } from './model/answer.js';
import { renderChart } from './chart/render.js';
import { COMMAND_ROWS, COMMAND_TABLE, commandNamed, isQuery, missingArgs, type QueryName } from './answer/commands.js';

const USAGE = 'usage: npm run -s cli -- <command> <text|path> [--speaker NAME] [--json] [--png FILE]';
const HELP = (): string => {
  const queries = COMMAND_ROWS.filter((c) => isQuery(c.name) && c.name !== 'help').map((c) => [
    `${c.name} ${c.args.map((a, i) => (i === 0 ? `<${a.name}>` : `[--${a.name} NAME]`)).join(' ')}`,
    c.summary,
  ]);
  const rows = [
    ...queries,
    ['extract <file|folder>', 'the quote and fact records of articles (always JSON)'],
    ['reindex', 'rebuild the index from the corpus folder'],
    ['add <url|file>...', 'add articles from links or .txt/.md/.html/.pdf files to the corpus folder, then reindex'],
    ['remove <id>', 'remove an article from the corpus folder, then reindex'],
    ['batch', 'JSON Lines on stdin, one {"command", "text", "speaker"?} per line; one JSON line out per line in, in order'],
    ['help, --help, -h', 'this text'],
  ];
  return `${USAGE}

${rows.map(([left, right]) => `  ${left.padEnd(30)} ${right}`).join('\n')}

  --json    print exactly one JSON document on stdout (logs go to stderr)
  --png     speaker, speakers, timeline: also write the chart as a PNG image to FILE

The corpus folder is SEEDS_DIR (default seeds/), the saved index INDEX_PATH. Exit code 0 when the
command ran (also when nothing was found), 2 on bad usage, 1 when the corpus or configuration is
unusable or when add/remove refused the source (the reason is printed).`;
};
/** The table's query commands, plus what only the command line does. */
const CLI_ONLY = ['extract', 'reindex', 'add', 'remove', 'batch', 'help'] as const;
type CliCommand = QueryName | (typeof CLI_ONLY)[number];
const COMMANDS: readonly CliCommand[] = [...COMMAND_ROWS.map((c) => c.name).filter(isQuery), ...CLI_ONLY];

interface Args {
  command: CliCommand;
  text: string;
  speaker?: string;
  json: boolean;
  /** add: each source as its own word (a path may hold spaces). */
  sources?: string[];
  /** Where to write the answer's chart as a PNG. */
  png?: string;
  /** Later arguments of a table command given as `--name value` (`--outlet`). */
  options?: Record<string, string>;
}

/** Every table argument after the first, but --speaker (read above): `--outlet X` and the like. */
const LATER_ARGS = new Set(COMMAND_ROWS.flatMap((c) => c.args.slice(1).map((a) => a.name)).filter((n) => n !== 'speaker'));

/** Takes `--name value` pairs for `names` out of `rest`. */
function takeOptions(rest: string[], names: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const name = rest[i].startsWith('--') ? rest[i].slice(2) : '';
    if (!names.has(name) || i + 1 >= rest.length) continue;
    out[name] = rest[i + 1];
    rest.splice(i, 2);
    i--;
  }
  return out;
}

/** A query command's arguments in the table's order: the text, then each later one by name. */
function tableArgs(name: QueryName, text: string, speaker: string | undefined, options: Record<string, string> = {}): string[] {
  const later = COMMAND_TABLE[name].args.slice(1).map((a) => (a.name === 'speaker' ? (speaker ?? '') : (options[a.name] ?? '')));
  const args = [text, ...later];
  while (args.length > 1 && !args[args.length - 1]) args.pop();
  return args;
}

export function parseArgs(argv: string[]): Args | string {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help', text: '', json: false };
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const si = rest.indexOf('--speaker');
  const speaker = si >= 0 ? rest[si + 1] : undefined;
  if (si >= 0) rest.splice(si, 2);
  const pi = rest.indexOf('--png');
  const png = pi >= 0 ? rest[pi + 1] : undefined;
  if (pi >= 0) rest.splice(pi, 2);
  if (pi >= 0 && !png) return '--png needs a file name';
  const options = takeOptions(rest, LATER_ARGS);
  const [command, ...words] = rest;
  if (!COMMANDS.includes(command as CliCommand)) return command ? `unknown command "${command}"` : 'missing command';
  const text = words.join(' ');
  if (command === 'extract' && !text.trim()) return 'extract needs a file or folder';
  if (command === 'add' && !text.trim()) return 'add needs a web address or a file';
  if (command === 'add') return { command, text, sources: words.filter((w) => w.trim()), json };
  if (command === 'remove' && !text.trim()) return 'remove needs an article id (see `sources`)';
  const name = commandNamed(command);
  const missing = name && isQuery(name) ? missingArgs(name, tableArgs(name, text, speaker, options)) : [];
  if (missing.length) return `${command} needs ${missing.map((m) => `a ${m}`).join(' and ')}`;
  return { command: command as CliCommand, text, speaker, json, png, options };
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
  if (args.command === 'help') {
    process.stdout.write(`${HELP()}\n`);
    return 0;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, [config.discordToken]);
  if (args.command === 'extract') {
    const result = await extractCommand(args.text);
    process.stdout.write(`${renderJson(result)}\n`);
    return 0;
  }
  // A one-off command answers nothing else while it extracts: starting worker threads would only add time.
  const service = await CoverageService.open({ seedsDir: config.seedsDir, indexPath: config.indexPath, log: coreLog(logger), extract: extractInline });
  if (args.command === 'batch') {
    const { lines, errors } = await runBatch(service, process.stdin, process.stdout);
    logger.info({ lines, errors }, 'batch done');
    return 0;
  }
  if (args.command === 'add') return runAdd(service, args.sources ?? [args.text], args.json, process.stdout);
  if (args.command === 'remove') {
    const report = await service.remove(args.text);
    process.stdout.write(`${args.json ? renderJson(removeJson(report)) : removeText(report)}\n`);
    return report.ok ? 0 : 1;
  }
  if (args.command === 'reindex') {
    const progress = terminalProgress();
    const report = await service.reindex((done, total) => progress.update(done, total, 'Extracting'));
    progress.stop();
    process.stdout.write(`${args.json ? renderJson(report) : renderReindex(report)}\n`);
    return 0;
  }
  const answer = await answerFor(service, { ...args, command: args.command });
  process.stdout.write(`${args.json ? renderJson(answer) : renderText(answer)}\n`);
  if (args.png) await writeChart(answer, args.png);
  return 0;
}

/** `--png FILE`: the chart drawn as on Discord. No chart, or one that fails to draw, is said on stderr; the answer stands. */
async function writeChart(answer: Answer, file: string): Promise<void> {
  if (!answer.chart) {
    process.stderr.write(`No chart to write: ${answer.found ? `/${answer.command} draws none` : 'nothing was found'}.\n`);
    return;
  }
  try {
    const image = await renderChart(answer.chart);
    await writeFile(file, image.png);
    process.stderr.write(`Chart written to ${file} (${image.width}×${image.height}).\n`);
  } catch (err) {
    process.stderr.write(`The chart could not be drawn: ${(err as Error).message}\n`);
  }
}

/** A query command of the table, its arguments in the table's order. */
function answerFor(service: CoverageService, args: Args & { command: QueryName }): Promise<Answer> {
  return service.answerAsync(args.command, tableArgs(args.command, args.text, args.speaker, args.options));
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
