import type { Answer } from '../model/answer.js';

export interface CommandHelp {
  name: string;
  usage: string;
  summary: string;
  example: string;
  moderatorOnly?: boolean;
}

/** One list of commands, so /help, the console and the slash-command descriptions agree. */
export const COMMANDS: CommandHelp[] = [
  { name: 'whosaid', usage: '/whosaid <words>', summary: 'Who said these words? Names the speaker and cites the passage.', example: '/whosaid nation of immigrants' },
  { name: 'quote', usage: '/quote <topic> [speaker]', summary: 'Quotations on a topic, optionally by one speaker.', example: '/quote refugees' },
  { name: 'ask', usage: '/ask <question>', summary: 'A factual question on the coverage, answered from the text with its source.', example: '/ask how many countries are in the order?' },
  { name: 'sources', usage: '/sources', summary: 'The indexed articles, with their dates and what was found in them.', example: '/sources' },
  { name: 'help', usage: '/help', summary: 'How to ask, with examples.', example: '/help' },
  { name: 'reindex', usage: '/reindex', summary: 'Rebuild the index from the corpus folder (moderators).', example: '/reindex', moderatorOnly: true },
];

export function help(): Answer {
  return {
    command: 'help',
    query: '',
    found: true,
    answer: 'Ask about the news coverage; every answer cites the passage and article it comes from. When the coverage does not say, you are told so.',
    results: [],
  };
}
