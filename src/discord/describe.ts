import { COMMAND_TABLE } from '../answer/commands.js';
import type { CommandName } from '../model/answer.js';

/** Slash-command descriptions come from the command table, like /help, so the two never disagree. */
export function describe(name: CommandName): string {
  const summary = COMMAND_TABLE[name].summary;
  return summary.length <= 100 ? summary : `${summary.slice(0, 99)}…`;
}
