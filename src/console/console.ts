import readline from 'node:readline';
import type { CoverageService } from '../service/coverage.js';
import { ANSI, PLAIN, renderText } from '../render/text.js';
import { renderReindex } from '../render/reindex.js';
import { parseConsoleLine, type ConsoleInput } from './parse.js';

export interface ConsoleOptions {
  service: CoverageService;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { isTTY?: boolean };
}

/** The offline console: the same commands and answers as the bot, as terminal text. */
export async function runConsole({ service, input, output }: ConsoleOptions): Promise<void> {
  const style = output.isTTY ? ANSI : PLAIN;
  const write = (s: string) => output.write(`${s}\n`);
  const c = service.counts();
  write(`coverage-bot (offline console): ${c.articles} articles, ${c.quotes} quotes, ${c.facts} facts indexed.`);
  if (service.startNotice) write(`Note: ${service.startNotice}`);
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
