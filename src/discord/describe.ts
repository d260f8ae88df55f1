import { COMMANDS } from '../answer/help.js';

/** Slash-command descriptions come from the same list as /help, so the two never disagree. */
export function describe(name: string): string {
  const summary = COMMANDS.find((c) => c.name === name)?.summary ?? name;
  return summary.length <= 100 ? summary : `${summary.slice(0, 99)}…`;
}
