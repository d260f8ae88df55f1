import { messageMenuCommand } from '../src/discord/builders.js';

/** "Who said this?" on a message (right-click → Apps): /whosaid on the message's text, privately. */
export default messageMenuCommand('whosaid');
