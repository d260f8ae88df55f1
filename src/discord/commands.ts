import whosaid from '../../commands/whosaid.js';
import quote from '../../commands/quote.js';
import ask from '../../commands/ask.js';
import sources from '../../commands/sources.js';
import help from '../../commands/help.js';
import reindex from '../../commands/reindex.js';
import addsource from '../../commands/addsource.js';
import removesource from '../../commands/removesource.js';
import speaker from '../../commands/speaker.js';
import speakers from '../../commands/speakers.js';
import timeline from '../../commands/timeline.js';
import whoSaidThis from '../../commands/who-said-this.js';
import type { CommandName } from '../model/answer.js';
import type { Command, MenuCommand } from './types.js';

/**
 * Every slash command, one per row of the command table: the Record type makes a table row
 * without its `commands/` file a compile error. Listed in the table's order, as /help shows them.
 */
const SLASH: Record<CommandName, Command> = { whosaid, quote, ask, sources, speaker, speakers, timeline, help, reindex, addsource, removesource };
export const COMMAND_LIST: readonly Command[] = Object.values(SLASH);

/** Message context-menu commands (right-click a message → Apps), from the table's `messageMenu`. */
export const MENU_LIST: readonly MenuCommand[] = [whoSaidThis];

/** Everything registered with Discord, in one PUT. */
export function registrations(): Array<ReturnType<Command['data']['toJSON']> | ReturnType<MenuCommand['data']['toJSON']>> {
  return [...COMMAND_LIST.map((c) => c.data.toJSON()), ...MENU_LIST.map((c) => c.data.toJSON())];
}

export function commandMap(): Map<string, Command> {
  return new Map(COMMAND_LIST.map((c) => [c.data.name, c]));
}

export function menuMap(): Map<string, MenuCommand> {
  return new Map(MENU_LIST.map((c) => [c.data.name, c]));
}
