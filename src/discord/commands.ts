import whosaid from '../../commands/whosaid.js';
import quote from '../../commands/quote.js';
import ask from '../../commands/ask.js';
import sources from '../../commands/sources.js';
import help from '../../commands/help.js';
import reindex from '../../commands/reindex.js';
import type { Command } from './types.js';

/** Every slash command, in the order /help lists them. */
export const COMMAND_LIST: readonly Command[] = [whosaid, quote, ask, sources, help, reindex];

export function commandMap(): Map<string, Command> {
  return new Map(COMMAND_LIST.map((c) => [c.data.name, c]));
}
