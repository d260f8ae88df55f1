import { chartCommand } from '../src/discord/chart-command.js';

/** /speakers: options come from the command table (src/answer/commands.ts); the reply attaches a chart. */
export default chartCommand('speakers');
