import type { Answer, CommandName } from '../model/answer.js';
import type { CoverageIndex } from '../index/build.js';
import { quote, whosaid } from './quotes.js';
import { ask } from './ask.js';
import { sources } from './sources.js';
import { help } from './help.js';
import { speakerProfile } from './speaker-profile.js';
import { shareOfVoice, shareOfVoiceSteps } from './share-of-voice.js';
import { timeline, timelineSteps } from './timeline.js';

/** One argument of a command, as every face asks for it (a slash option, a console word, a CLI word). */
export interface ArgSpec {
  name: string;
  description: string;
  required: boolean;
  maxLength: number;
  /** What Discord suggests while the user types. */
  suggest?: 'quotes' | 'speakers' | 'articles';
  /** What the argument holds: text (the default), or a file the user attaches (Discord) or names (console, CLI). */
  type?: 'string' | 'attachment';
  /** A required argument that may be left empty when this other one is given (a quote by speaker alone). */
  unlessGiven?: string;
}

/**
 * A list an index holds whole: its quotations, its facts, its articles; or 'own-articles', no list
 * of the whole index but every record of each article a search returns a record of.
 */
export type IndexList = 'quotes' | 'facts' | 'articles' | 'own-articles';

/** Everything a face needs to offer a command; the answer itself comes from the core. */
export interface CommandSpec {
  summary: string;
  usage: string;
  args: readonly ArgSpec[];
  /** Results come a page at a time; the code names the command inside a button id (stable, one letter). */
  page?: { code: string };
  moderatorOnly?: boolean;
  /** A message context-menu entry ("right-click → Apps") that runs the command on the message's text. */
  messageMenu?: string;
  /** Answers from the arguments, in `args` order; reindex has none (the service runs it). */
  answer?: (index: CoverageIndex, args: readonly string[]) => Answer;
  /**
   * The same answer in steps that may pause, for work that grows with the corpus (counting every
   * quotation on a topic): the Discord face runs it sliced so other interactions keep answering.
   */
  steps?: (index: CoverageIndex, args: readonly string[]) => Generator<void, Answer>;
  /**
   * The lists of the index the answer goes through (iterates, counts, tables per article) beyond
   * the records its word searches return and those of the speakers it names; [] when it reads
   * records only through those. A scoped replica past its cap reads a batch's articles with only
   * their records holding a needed word when the answer reads neither quotations nor facts, and
   * skips articles no search could rank high enough when it reads none, or only 'own-articles'
   * (src/replica/batched.ts).
   */
  reads?: readonly IndexList[];
}

/**
 * The one table of commands. Discord's builders and router, the console, the CLI, /help and the
 * button ids are all derived from it: a name missing here is a type error in every face.
 */
export const COMMAND_TABLE = {
  whosaid: {
    summary: 'Who said these words? Names the speaker and cites the passage.',
    usage: '/whosaid <words>',
    args: [{ name: 'text', description: 'A few words of the quotation, as you remember them', required: true, maxLength: 300, suggest: 'quotes' }],
    page: { code: 'w' },
    messageMenu: 'Who said this?',
    answer: (index, [text = '']) => whosaid(index, text),
    reads: [],
  },
  quote: {
    summary: 'Quotations on a topic, optionally by one speaker.',
    usage: '/quote <topic> [speaker]',
    args: [
      { name: 'topic', description: 'What the quotations are about', required: true, maxLength: 100, unlessGiven: 'speaker' },
      { name: 'speaker', description: 'Only quotations by this person', required: false, maxLength: 100, suggest: 'speakers' },
    ],
    page: { code: 'q' },
    answer: (index, [topic = '', speaker]) => quote(index, topic, speaker || undefined),
    // Every quotation of a found quotation's article (is the sentence before someone's words?) and
    // the article's text; the sentence before itself is found and weighed through the search
    // (TopicTerms.leadCandidates); quotations beside a name or a description are in the articles of
    // the speakers named, which a scoped replica reads by id.
    reads: ['own-articles'],
  },
  ask: {
    summary: 'A factual question on the coverage, answered from the text with its source.',
    usage: '/ask <question>',
    args: [{ name: 'question', description: 'A factual question about the coverage', required: true, maxLength: 300 }],
    page: { code: 'a' },
    answer: (index, [question = '']) => ask(index, question),
    // Every article's fact words (to choose articles) and the facts' vocabulary (spelling).
    reads: ['facts', 'articles'],
  },
  sources: {
    summary: 'The indexed articles, with their dates and what was found in them.',
    usage: '/sources',
    args: [],
    page: { code: 's' },
    answer: (index) => sources(index),
    reads: ['quotes', 'facts', 'articles'],
  },
  speaker: {
    summary: 'Who a speaker is in the coverage: descriptions, counts, topics and most-carried quotations.',
    usage: '/speaker <name>',
    args: [{ name: 'name', description: 'The speaker, as the coverage names them', required: true, maxLength: 100, suggest: 'speakers' }],
    answer: (index, [name = '']) => speakerProfile(index, name),
    // Only the quotations of the speakers it finds by name (and of the most quoted, suggested when none
    // is found): a scoped replica reads every article of those speakers by id, so no list beyond them.
    reads: [],
  },
  speakers: {
    summary: 'Share of voice: the most-quoted speakers, overall, on a topic or in one outlet, as a chart.',
    usage: '/speakers [topic] [outlet]',
    args: [
      { name: 'topic', description: 'Only quotations on this topic', required: false, maxLength: 100 },
      { name: 'outlet', description: "Only this outlet's articles", required: false, maxLength: 100 },
    ],
    answer: (index, [topic = '', outlet = '']) => shareOfVoice(index, topic, outlet),
    steps: (index, [topic = '', outlet = '']) => shareOfVoiceSteps(index, topic, outlet),
    reads: ['quotes', 'articles'],
  },
  timeline: {
    summary: 'Articles and quotations on a topic over time, by outlet, as a chart; marks where sources differ.',
    usage: '/timeline <topic>',
    args: [{ name: 'topic', description: 'What the coverage is about', required: true, maxLength: 100 }],
    answer: (index, [topic = '']) => timeline(index, topic),
    steps: (index, [topic = '']) => timelineSteps(index, topic),
    reads: ['quotes', 'facts', 'articles'],
  },
  help: {
    summary: 'How to ask, with examples from the coverage.',
    usage: '/help',
    args: [],
    answer: (index) => help(index),
    reads: ['quotes', 'facts', 'articles'],
  },
  reindex: {
    summary: 'Rebuild the index from the corpus folder.',
    usage: '/reindex',
    args: [],
    moderatorOnly: true,
  },
  addsource: {
    summary: 'Add an article to the coverage from a link or an attached file (.txt, .md, .html, .pdf).',
    usage: '/addsource <url | file>',
    args: [
      { name: 'url', description: 'Link to a news article (http or https)', required: false, maxLength: 2048 },
      { name: 'file', description: 'An article file: .txt, .md, .html or .pdf', required: false, maxLength: 0, type: 'attachment' },
    ],
    moderatorOnly: true,
  },
  removesource: {
    summary: 'Remove an article from the coverage (its files in the corpus folder) and reindex.',
    usage: '/removesource <article>',
    args: [{ name: 'article', description: 'The article to remove (its id)', required: true, maxLength: 100, suggest: 'articles' }],
    moderatorOnly: true,
  },
} as const satisfies Record<CommandName, CommandSpec>;

type Table = typeof COMMAND_TABLE;
/** Commands the core answers from the index (all but reindex). */
export type QueryName = { [K in CommandName]: Table[K] extends { answer: unknown } ? K : never }[CommandName];
/** Commands that also run from a message's context menu. */
export type MenuName = { [K in CommandName]: Table[K] extends { messageMenu: string } ? K : never }[CommandName];
/** Commands whose results page through buttons. */
export type PagedName = { [K in CommandName]: Table[K] extends { page: unknown } ? K : never }[CommandName];

/** The table as rows, in the order /help lists them. */
export const COMMAND_ROWS: ReadonlyArray<{ name: CommandName } & CommandSpec> = (Object.keys(COMMAND_TABLE) as CommandName[]).map((name) => ({
  name,
  ...COMMAND_TABLE[name],
}));

const NAMES = new Set<string>(Object.keys(COMMAND_TABLE));

/** A name typed by a user, checked: unknown names are never another command. */
export function commandNamed(name: string): CommandName | null {
  return NAMES.has(name) ? (name as CommandName) : null;
}

export function isQuery(name: CommandName): name is QueryName {
  return 'answer' in COMMAND_TABLE[name];
}

export function isPaged(name: CommandName): name is PagedName {
  return 'page' in COMMAND_TABLE[name];
}

/** The required arguments left empty in `args` (in the table's order), for a face's usage message. */
export function missingArgs(name: CommandName, args: readonly string[]): string[] {
  const specs: readonly ArgSpec[] = COMMAND_TABLE[name].args;
  const given = (argName: string): boolean => Boolean(args[specs.findIndex((s) => s.name === argName)]?.trim());
  return specs.filter((s, i) => s.required && !args[i]?.trim() && !(s.unlessGiven && given(s.unlessGiven))).map((s) => s.name);
}

/** The answer to a query command. */
export function answerCommand(index: CoverageIndex, name: QueryName, args: readonly string[]): Answer {
  return COMMAND_TABLE[name].answer(index, args);
}
