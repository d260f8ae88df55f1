import { queryCommand } from '../src/discord/builders.js';

/** /whosaid: options, answer and buttons all come from the command table (src/answer/commands.ts). */
export default queryCommand('whosaid');
