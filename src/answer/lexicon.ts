import type { ValueType } from '../model/records.js';
import type { PlaceKind } from '../nlp/places.js';
import { PUBLICATION_HEADS } from '../extract/lexicon.js';

/**
 * The words /ask reads questions with, as data: which question words want which kind of value,
 * which words mean the same thing in news about decisions, and which words carry no content.
 * Everything here is general English; nothing names a person, place or event.
 */

/** What a question wants: typed values, or a statement ("what happened", "why"). */
export type Wanted = { types: ValueType[]; count?: boolean } | 'statement';

/** Question openings, longest first, matched against the question's first words (lower case). */
export const QUESTION_OPENINGS: Array<{ words: string[]; wants: Wanted }> = [
  { words: ['how', 'much', 'money'], wants: { types: ['money'] } },
  { words: ['how', 'many', 'percent'], wants: { types: ['percent'] } },
  { words: ['what', 'percentage'], wants: { types: ['percent'] } },
  { words: ['what', 'percent'], wants: { types: ['percent'] } },
  { words: ['what', 'share'], wants: { types: ['percent'] } },
  { words: ['how', 'many'], wants: { types: ['number'], count: true } },
  { words: ['how', 'much', 'of'], wants: { types: ['percent', 'money', 'number'] } },
  { words: ['how', 'much'], wants: { types: ['money', 'percent', 'number'] } },
  { words: ['how', 'long'], wants: { types: ['duration'] } },
  { words: ['how', 'big'], wants: { types: ['money', 'number', 'percent'] } },
  { words: ['how', 'large'], wants: { types: ['money', 'number', 'percent'] } },
  { words: ['how', 'high'], wants: { types: ['money', 'number', 'percent'] } },
  { words: ['how', 'old'], wants: { types: ['age'] } },
  { words: ['what', 'age'], wants: { types: ['age'] } },
  { words: ['at', 'what', 'age'], wants: { types: ['age'] } },
  { words: ['what', 'number', 'of'], wants: { types: ['number'], count: true } },
  { words: ['the', 'number', 'of'], wants: { types: ['number'], count: true } },
  { words: ['number', 'of'], wants: { types: ['number'], count: true } },
  { words: ['when'], wants: { types: ['date'] } },
  { words: ['where'], wants: { types: ['place'] } },
  { words: ['whom'], wants: { types: ['person', 'organization'] } },
  { words: ['whose'], wants: { types: ['person', 'organization'] } },
  { words: ['who'], wants: { types: ['person', 'organization'] } },
  { words: ['why'], wants: 'statement' },
  { words: ['what'], wants: 'statement' },
  { words: ['how'], wants: 'statement' },
];

/** "what's Lee at (in the poll)", "what does Lee poll": words of a question about a candidate's standing. */
export const STANDING_WORDS = ['poll', 'polling', 'at'];
/** Nouns for a candidate's standing in a reader's shorthand ("trumps number in the wsj poll", "clintons share vs sanders"). */
export const STANDING_NOUNS = new Set(['number', 'share', 'support', 'standing']);
/** Words that place a question in a vote or a poll, where a candidate's standing is a share. */
export const CONTEST_WORDS = new Set(['poll', 'polls', 'polling', 'primary', 'caucus', 'caucuses', 'race', 'average', 'survey', 'vote']);
/**
 * Words after which a question names the other side of a matchup ("what does Lee get against Ruiz",
 * "Lee vs Ruiz", "picks Lee over Ruiz"): the figure asked for is the first one's, not the other's.
 */
export const OPPONENT_MARKERS: ReadonlySet<string> = new Set(['against', 'vs', 'versus', 'over']);
/** What may follow "at" in such a question: "at in Ohio", "at among women", "at with voters". */
export const STANDING_TAILS = ['in', 'among', 'with', 'now', 'today', 'nationally'];

/** "what country", "which state", "what city": the kind of place the noun asks for (as src/nlp/places.ts knows places). */
export const PLACE_KIND_NOUNS: Record<string, PlaceKind> = {
  country: 'country',
  nation: 'country',
  nationality: 'country',
  state: 'region',
  province: 'region',
  city: 'city',
  town: 'city',
  capital: 'city',
  village: 'city',
};

const PAPER_KINDS = ['paper', 'newspaper', 'publication', 'outlet', 'daily'];
const BROADCASTER_KINDS = ['network', 'channel', 'station', 'outlet', 'broadcaster'];

/**
 * Words in an organisation's own name that tell its kind, as a reader knows them: "The Millbrook
 * Gazette" is a paper, "MSNBC" and "Lakeside Public Radio" broadcasters. "Which paper" is answered by such a
 * name even where the sentence never says "paper". Word by word, lower-cased.
 */
export const ORG_NAME_KINDS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries([...PUBLICATION_HEADS].map((w) => [w, PAPER_KINDS])),
  ...Object.fromEntries(
    'cnn msnbc cnbc abc nbc cbs fox pbs npr bbc itv univision telemundo c-span cspan network tv television radio broadcasting'
      .split(' ')
      .map((w) => [w, BROADCASTER_KINDS]),
  ),
};

/**
 * The WordNet root a noun must have a sense under to count a list of each kind of value ("how many
 * states": a state is a location; "how many delegates" counts people, never a list of places).
 */
export const LIST_KIND_ROOTS: Readonly<Record<string, string>> = {
  person: 'person',
  place: 'location',
  organization: 'organization',
};

/** "which countries", "what year": the noun after which/what tells the wanted type. */
export const TYPE_NOUNS: Record<string, ValueType> = {
  country: 'place',
  nation: 'place',
  city: 'place',
  town: 'place',
  state: 'place',
  place: 'place',
  region: 'place',
  province: 'place',
  nationality: 'place',
  capital: 'place',
  location: 'place',
  village: 'place',
  company: 'organization',
  firm: 'organization',
  organization: 'organization',
  organisation: 'organization',
  group: 'organization',
  agency: 'organization',
  business: 'organization',
  newspaper: 'organization',
  outlet: 'organization',
  person: 'person',
  man: 'person',
  woman: 'person',
  official: 'person',
  executive: 'person',
  date: 'date',
  day: 'date',
  year: 'date',
  month: 'date',
  weekday: 'date',
  amount: 'money',
  sum: 'money',
  price: 'money',
  cost: 'money',
  // "what fee did the bank get", "whats the monthly rent": nouns that name an amount of money.
  fee: 'money',
  fine: 'money',
  fare: 'money',
  rent: 'money',
  salary: 'money',
  wage: 'money',
  tuition: 'money',
  bail: 'money',
  budget: 'money',
  donation: 'money',
  paycheck: 'money',
  revenue: 'money',
  income: 'money',
  // "whats the paper's operating profit": a company's result is an amount, never the company.
  profit: 'money',
  earnings: 'money',
  airport: 'place',
  river: 'place',
  street: 'place',
  island: 'place',
  county: 'place',
  district: 'place',
  neighborhood: 'place',
  neighbourhood: 'place',
  lake: 'place',
  age: 'age',
  percentage: 'percent',
  percent: 'percent',
  rate: 'percent',
  // "whats obamas approval rating", "whats the margin of error", "what share of the vote": a poll's figures.
  rating: 'percent',
  margin: 'percent',
  share: 'percent',
  // "whats cruzs delegate total", "the death toll", "whats murphys net worth": a count or an amount by its noun.
  total: 'number',
  count: 'number',
  tally: 'number',
  toll: 'number',
  worth: 'money',
  name: 'person',
  // "which paper", "what law school", "which network": the organisations news names by their kind.
  paper: 'organization',
  network: 'organization',
  channel: 'organization',
  station: 'organization',
  site: 'organization',
  website: 'organization',
  magazine: 'organization',
  publication: 'organization',
  court: 'organization',
  committee: 'organization',
  department: 'organization',
  pac: 'organization',
  bank: 'organization',
  museum: 'organization',
  team: 'organization',
  school: 'organization',
  university: 'organization',
  college: 'organization',
  carmaker: 'organization',
  automaker: 'organization',
  manufacturer: 'organization',
  union: 'organization',
  // "which senator", "which fox host", "which journalist": a person named by a role or calling.
  senator: 'person',
  congressman: 'person',
  congresswoman: 'person',
  lawmaker: 'person',
  politician: 'person',
  candidate: 'person',
  nominee: 'person',
  governor: 'person',
  justice: 'person',
  mayor: 'person',
  judge: 'person',
  general: 'person',
  admiral: 'person',
  journalist: 'person',
  reporter: 'person',
  columnist: 'person',
  anchor: 'person',
  host: 'person',
  pastor: 'person',
  cop: 'person',
  colleague: 'person',
  billionaire: 'person',
  activist: 'person',
  pollster: 'person',
  republican: 'person',
  democrat: 'person',
  dem: 'person',
};

/**
 * WordNet synsets whose nouns name a kind of value, by their first two words: a noun of the
 * question under one of them ("which swimmer", "which evangelist", "which party") asks for a name
 * of that kind when TYPE_NOUNS does not list it. Places only under roots below location ("which
 * borough", "which suburb", "which bay", "which atoll"): "position" and "source" descend from
 * location itself, and a job or a source is not a place; "region" is too wide ("which side",
 * "which seat").
 */
export const KIND_SYNSETS: ReadonlyArray<{ words: readonly [string, string]; type: ValueType }> = [
  { words: ['person', 'individual'], type: 'person' },
  { words: ['organization', 'organisation'], type: 'organization' },
  { words: ['district', 'territory'], type: 'place' },
  { words: ['body of water', 'water'], type: 'place' },
  { words: ['land', 'dry land'], type: 'place' },
  { words: ['geological formation', 'formation'], type: 'place' },
];

/** "which number debate", "what figure": a noun phrase holding one asks for a figure, never a name. */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set(['number', 'figure', 'amount', 'total']);

/** Nouns for a broadcast programme, whose name follows its broadcaster's ("CBS's Harbor Watch"). */
export const BROADCAST_NOUNS: ReadonlySet<string> = new Set(['show', 'program', 'programme', 'broadcast', 'series']);

/**
 * Nouns for a work known by its title, which writers set in quotation marks ("on “Harbor Watch”",
 * "her film, “Tin Lanterns”"): a quoted title-case phrase may name the work with its noun unsaid.
 */
export const TITLED_WORK_NOUNS: ReadonlySet<string> = new Set([
  'show',
  'program',
  'programme',
  'broadcast',
  'series',
  'episode',
  'segment',
  'book',
  'novel',
  'memoir',
  'film',
  'movie',
  'documentary',
  'song',
  'album',
  'play',
  'musical',
  'ad',
  'advertisement',
  'commercial',
  'spot',
  'column',
  'slogan',
  'class',
  'course',
  'article',
  'essay',
  'poem',
]);

/** Nouns for a court case, whose name says its parties ("Ruiz v. Lund") with the noun unsaid. */
export const LEGAL_CASE_NOUNS: ReadonlySet<string> = new Set(['case', 'ruling', 'decision', 'precedent', 'lawsuit', 'suit', 'judgment']);

/**
 * The head words a name of the asked kind ends in, where the head is not the asked noun itself and
 * WordNet does not file the whole name ("Freedom of Information Act" for "which law", "Iraq War" for
 * "which conflict", "Congressional Gold Medal" for "what award"). Capitalised as a name writes them.
 */
export const KIND_NAME_HEADS: Readonly<Record<string, readonly string[]>> = {
  law: ['Act', 'Code', 'Statute'],
  statute: ['Act', 'Code', 'Law'],
  legislation: ['Act', 'Bill', 'Law'],
  bill: ['Act'],
  holiday: ['Day', 'Eve'],
  conflict: ['War', 'Crisis', 'Uprising', 'Revolution'],
  war: ['Conflict'],
  prize: ['Award', 'Medal', 'Trophy'],
  award: ['Prize', 'Medal', 'Trophy'],
  honor: ['Prize', 'Award', 'Medal'],
  medal: ['Prize', 'Award'],
  deal: ['Agreement', 'Treaty', 'Accord', 'Pact', 'Partnership'],
  agreement: ['Treaty', 'Accord', 'Pact', 'Partnership'],
  treaty: ['Agreement', 'Accord', 'Pact'],
  pact: ['Agreement', 'Treaty', 'Accord'],
  event: [
    'Convention',
    'Games',
    'Olympics',
    'Bowl',
    'Summit',
    'Conference',
    'Festival',
    'Forum',
    'Marathon',
    'Cup',
    'Series',
    'Championship',
    'Gala',
    'Parade',
    'Fair',
  ],
  game: ['Bowl', 'Cup', 'Series', 'Championship', 'Classic'],
};

/** Broadcasters' names as regular-expression alternatives, capitalised as written. */
export const BROADCASTER_NAMES: readonly string[] = [
  'CNN',
  'MSNBC',
  'CNBC',
  'ABC',
  'NBC',
  'CBS',
  'Fox',
  'PBS',
  'NPR',
  'BBC',
  'ITV',
  'Univision',
  'Telemundo',
  'C-SPAN',
  'HBO',
  'Comedy Central',
];

/**
 * Small words a name keeps between its capitalised words ("Party of Regions", "Ruiz v. Lund", "Bar
 * and Grill"), as regular-expression alternatives. Not "in", "at" or "on": those end a name ("Club
 * Marisol in Harbor City").
 */
export const NAME_CONNECTORS: readonly string[] = ['of', 'the', 'and', 'for', 'v\\.', 'vs\\.', '&', 'de'];

/** Capitalised words that open a sentence or clause before a name ("In Ruiz v. Lund", "Under the … Act") and belong to no name. */
export const NAME_LEAD_WORDS: readonly string[] = [
  'In',
  'On',
  'At',
  'The',
  'To',
  'After',
  'Before',
  'Under',
  'Since',
  'With',
  'By',
  'From',
  'For',
  'And',
  'But',
  'Like',
  'Unlike',
  'Both',
  'During',
  'Until',
  'When',
  'While',
  'As',
  'A',
  'An',
];

/**
 * Type nouns too general to hold a value to ("which company", "which person"): any name of the kind
 * answers. A more specific one ("which paper", "which senator") must be the name's own title,
 * apposition or predicate: on real news the other name of the kind in the sentence was usually wrong.
 */
export const GENERAL_KIND_NOUNS = new Set([
  'person',
  'man',
  'woman',
  'official',
  'executive',
  'name',
  'company',
  'firm',
  'organization',
  'organisation',
  'group',
  'agency',
  'business',
  'newspaper',
  'outlet',
]);

/**
 * Words that make "how much" / "how big" a question about money: a count or a percentage near
 * them is not what the user wants, and the amount must be bound to one of the question's words.
 */
/** Words that only name money itself: the kind of value asked, in a question for an amount. */
export const MONEY_NOUNS = new Set(['money', 'dollar', 'cash', 'buck', 'amount']);

/** Verbs whose object is an amount of money: "what did the casinos earn" asks for one. */
export const MONEY_VERBS: ReadonlySet<string> = new Set(['earn', 'cost', 'spend', 'pay', 'raise', 'charge', 'owe']);

export const MONEY_WORDS = new Set([
  'cost',
  'price',
  'spend',
  'pay',
  'fine',
  'budget',
  'worth',
  'lose',
  'loss',
  'earn',
  'fare',
  'fee',
  'charge',
  'donate',
  'give',
  'money',
  'fund',
  'salary',
  'wage',
  'revenue',
  'profit',
  'owe',
  'debt',
  'penalty',
]);

/** Words that tell a change in an amount ("up 70 percent from 2008"): the date after their "from" is a baseline. */
export const CHANGE_WORDS = new Set([
  'up',
  'down',
  'rose',
  'risen',
  'fell',
  'fallen',
  'increase',
  'increased',
  'decrease',
  'decreased',
  'jumped',
  'dropped',
  'grew',
  'grown',
  'climbed',
  'declined',
  'higher',
  'lower',
  'more',
  'fewer',
  'less',
]);

/** People by their tie to someone: "his daughter", "her husband". */
const KIN_NOUNS = ['wife', 'husband', 'spouse', 'partner', 'daughter', 'son', 'child', 'kid', 'baby', 'mother', 'father', 'parent', 'brother', 'sister'];

/** Nouns for people: "what is his daughter's name" wants a person, "what is the letter's name" does not. */
export const PERSON_NOUNS = new Set([
  ...KIN_NOUNS,
  'judge',
  'mayor',
  'ceo',
  'chief',
  'boss',
  'head',
  'leader',
  'manager',
  'president',
  'winner',
  'founder',
  'owner',
  'minister',
  'governor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'lawyer',
  'teacher',
  'coach',
  'director',
  'chairman',
  'chair',
  'councillor',
  'councilor',
  'senator',
  'officer',
  'victim',
  'suspect',
  'player',
]);

/** Contractions typed without the apostrophe, read as their two words. */
export const CONTRACTIONS: Record<string, string> = {
  whats: 'what is',
  whos: 'who is',
  wheres: 'where is',
  hows: 'how is',
  whens: 'when is',
  whys: 'why is',
  didnt: 'did not',
  doesnt: 'does not',
  isnt: 'is not',
  wasnt: 'was not',
  dont: 'do not',
  arent: 'are not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  wont: 'will not',
  cant: 'can not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  // A pronoun's contraction typed without its apostrophe ("now that hes running"): no word a sentence must hold.
  hes: 'he is',
  shes: 'she is',
  theyre: 'they are',
  youre: 'you are',
  theres: 'there is',
  thats: 'that is',
  theyve: 'they have',
  weve: 'we have',
  youve: 'you have',
  ive: 'i have',
  hed: 'he would',
  theyd: 'they would',
  youd: 'you would',
  itll: 'it will',
  theyll: 'they will',
  // Question words as chat users type them.
  wat: 'what',
  wut: 'what',
  wht: 'what',
  whta: 'what',
  waht: 'what',
  hw: 'how',
  hwo: 'how',
  whn: 'when',
  wen: 'when',
  wher: 'where',
  whr: 'where',
  wich: 'which',
  whitch: 'which',
  r: 'are',
  u: 'you',
  ppl: 'people',
  lnog: 'long',
  logn: 'long',
  lomg: 'long',
  mnay: 'many',
  amny: 'many',
  manny: 'many',
  hwat: 'what',
  happend: 'happened',
  happned: 'happened',
  hapened: 'happened',
};

/** Nouns that make a question ask for a span of time wherever they stand ("the ban's length"). */
export const DURATION_NOUNS = new Set(['length', 'duration']);

/**
 * Words of a question that ask for a span anchored to an event ("how long ago", "how many days
 * after"): kept on the question, since "how long did the strike last" asks for no anchor at all.
 */
export const QUESTION_ANCHORS: ReadonlySet<string> = new Set(['ago', 'before', 'after', 'since', 'later', 'earlier']);

/**
 * For each anchor word a text writes after a span ("ten months ago"), the question's anchor words
 * that span answers: "ago" answers "how long ago" and "how long since", never "how long after".
 * Data, so a new anchor word is a line here, not a branch in the candidate stage.
 */
export const ANCHOR_READINGS: Readonly<Record<string, readonly string[]>> = {
  ago: ['ago', 'since'],
  before: ['before', 'earlier'],
  earlier: ['before', 'earlier'],
  after: ['after', 'later', 'since'],
  later: ['after', 'later', 'since'],
};

/** Units of length a count can measure: "how long is the letter" is answered by a "6,000-word" count. */
export const LENGTH_UNITS = new Set([
  'word',
  'page',
  'mile',
  'kilometre',
  'kilometer',
  'km',
  'metre',
  'meter',
  'foot',
  'feet',
  'yard',
  'inch',
  'line',
  'minute',
]);

/**
 * Verbs that only carry the noun after them ("give a press conference", "hold a meeting"):
 * with an object noun in the question, the verb is not a word the sentence must state.
 */
export const LIGHT_VERBS = new Set(['give', 'hold', 'make', 'take', 'have', 'do', 'get', 'put']);

/** -ing words that name no action: "during the talks", "a building", "a morning". */
export const NOT_ACTIONS = new Set([
  'during',
  'building',
  'morning',
  'evening',
  'thing',
  'something',
  'nothing',
  'anything',
  'everything',
  'meeting',
  'funding',
  'spring',
  'king',
  'ceiling',
  'wing',
  'string',
  'ring',
  'hearing',
  'ruling',
  'housing',
  'training',
  'following',
  'according',
  'including',
  'regarding',
  'concerning',
]);

/** Words that open a "which X" question. */
export const WHICH_WORDS = ['which', 'what'];

/** "what kind of group", "what kinda place", "what sort of": words by which a which-phrase asks for a description, not a member of a kind. */
export const KIND_ASKING_WORDS: ReadonlySet<string> = new Set(['kind', 'kinda', 'kinds', 'sort', 'sorta', 'sorts', 'type', 'types']);

/** Words that mean the same thing to a reader of the news; each row is one meaning. */
export const SYNONYMS: string[][] = [
  ['ban', 'order', 'decree', 'restriction', 'directive'],
  ['visa', 'entry', 'admission', 'permit'],
  ['enter', 'admit', 'entry'],
  ['sign', 'issue', 'authorize', 'authorise', 'enact', 'approve'],
  ['detain', 'hold', 'arrest', 'stop', 'apprehend'],
  ['say', 'state', 'write', 'tell', 'claim', 'declare', 'announce'],
  ['denounce', 'criticize', 'criticise', 'condemn', 'oppose', 'slam', 'attack'],
  ['donate', 'give', 'pledge', 'contribute', 'gift'],
  ['country', 'nation', 'nationality'],
  ['refugee', 'migrant', 'immigrant', 'asylum'],
  ['wife', 'spouse', 'partner'],
  ['husband', 'spouse'],
  ['daughter', 'child', 'kid', 'baby'],
  ['son', 'child', 'kid', 'baby'],
  ['ceo', 'chief', 'head', 'boss', 'run', 'lead'],
  ['executive', 'exec', 'executives', 'execs'],
  ['lose', 'loss', 'lost'],
  ['hurt', 'harm', 'damage', 'malign'],
  ['close', 'shut', 'closure'],
  ['fine', 'penalty', 'penalise', 'penalize'],
  ['letter', 'manifesto', 'essay', 'post', 'message'],
  ['born', 'birth'],
  ['die', 'kill', 'death', 'dead'],
  ['cost', 'price', 'spend', 'budget', 'worth'],
  ['raise', 'increase', 'rise', 'hike', 'grow', 'up'],
  ['cut', 'reduce', 'decrease', 'lower', 'fall'],
  ['traveller', 'traveler', 'visitor'],
  ['suspend', 'suspension', 'halt', 'pause', 'freeze', 'block', 'bar'],
  ['last', 'lasting', 'duration'],
  ['vote', 'ballot'],
  ['win', 'victory', 'won'],
  ['hire', 'employ'],
  ['meet', 'meeting'],
  ['want', 'ask', 'seek', 'demand', 'request'],
  ['back', 'support', 'endorse'],
  ['ancestor', 'forebear', 'family'],
  ['parent', 'family'],
  // Informal spellings a casual reader types for the word the article writes.
  ['ppl', 'people'],
  ['yr', 'year'],
  ['tv', 'television'],
  ['gop', 'republican'],
  ['dem', 'dems', 'democrat', 'democratic'],
  ['govt', 'government'],
  ['admin', 'administration'],
  ['prez', 'president'],
  // "which ex governor", "harvard law prof": a reader's shorter word for the one news writes.
  ['ex', 'former'],
  ['prof', 'professor'],
  ['ep', 'eps', 'episode'],
  ['expect', 'predict', 'forecast', 'anticipate'],
  ['head', 'direct', 'chair'],
  ['finish', 'graduate', 'complete'],
  ['book', 'reserve'],
  ['beat', 'lead'],
  ['see', 'view'],
];

/** "what's Lee's job", "what does Lee do for a living": the question asks what the named person is. */
export const JOB_WORDS = new Set(['job', 'occupation', 'profession', 'living', 'career']);

/**
 * "what's Lee's title", "Ruiz's role at the firm", "whats chelseas position": nouns that ask what a
 * person is only when owned by that person (not "the title of the book", "what position does he play").
 */
export const OWNED_JOB_WORDS = new Set(['title', 'role', 'position']);

/** Words between an owner and the job noun that leave it a job question ("Lee's old job", "her official role", "his day job title"). */
export const JOB_NOUN_MODIFIERS = new Set(['old', 'former', 'previous', 'current', 'new', 'official', 'day', 'job', 'actual', 'exact', 'real']);

/** Owners of a job noun that stand for the person the question is about ("whats his job"). */
export const JOB_OWNER_PRONOUNS = new Set(['his', 'her', 'their']);

/**
 * "old job", "before politics", "used to", "what was …": the question asks for a role the person
 * has left, which the article writes as "a former X", "a retired X".
 */
export const FORMER_JOB_CUES = new Set([
  'old',
  'former',
  'before',
  'used',
  'previous',
  'previously',
  'retired',
  'once',
  'then',
  'earlier',
  'was',
  'were',
  'did',
  'had',
]);

/**
 * Verbs that state the role after "as" ("serves as vice chair", "may stay on as campaign chairman",
 * "remains as treasurer"): the phrase after "as" is the person's role.
 */
export const ROLE_AS_VERBS = [
  'serves',
  'served',
  'serving',
  'works',
  'worked',
  'working',
  'retired',
  'stay',
  'stays',
  'stayed',
  'staying',
  'remain',
  'remains',
  'remained',
  'continue',
  'continues',
  'continued',
];

/** "Lee's new role as interim chief", "her job as treasurer": a noun owned by the person that puts the role after "as". */
export const OWNED_ROLE_AS_NOUNS = ['role', 'job', 'post', 'position', 'title'];

/** "what does Lee teach": the question's verb asks the field a teacher's job names. */
export const TEACH_VERBS = new Set(['teach', 'teaches', 'taught']);

/** Jobs that name the field taught after "of" or "in" ("professor of maritime law", "lecturer in economics"). */
export const TEACHER_NOUNS = ['professor', 'lecturer', 'teacher', 'instructor', 'reader', 'fellow'];

/** Words that mark a role as left: "a former adviser", "the retired neurosurgeon", "an ex-senator". */
export const FORMER_JOB_MARKERS = new Set(['former', 'retired', 'onetime', 'one-time', 'erstwhile', 'ex']);

/**
 * Nouns for what a person is that are no job: a tie to someone ("sister", "friend"), a stance
 * ("supporter", "critic"), a standing in a race or a story ("rival", "victim"), a bare person.
 */
export const NOT_JOB_NOUNS = new Set([
  ...KIN_NOUNS,
  'grandmother',
  'grandfather',
  'granddaughter',
  'grandson',
  'aunt',
  'uncle',
  'niece',
  'nephew',
  'cousin',
  'widow',
  'widower',
  'fiance',
  'fiancee',
  'friend',
  'neighbor',
  'neighbour',
  'ally',
  'supporter',
  'backer',
  'fan',
  'admirer',
  'patron',
  'protege',
  'critic',
  'opponent',
  'rival',
  'challenger',
  'frontrunner',
  'incumbent',
  'victim',
  'suspect',
  'survivor',
  'winner',
  'loser',
  'man',
  'woman',
  'person',
  'people',
  'guy',
  'resident',
  'native',
  'citizen',
  'voter',
  'immigrant',
  'refugee',
  'protester',
  'retiree',
  'donor',
  'contributor',
  'billionaire',
  'millionaire',
  'veteran',
  'mogul',
  'figure',
  // "Mr. Lee, a Republican who …": a party or a leaning is what the person holds to, not what they work as.
  'republican',
  'democrat',
  'conservative',
  'liberal',
  'progressive',
  'libertarian',
  'moderate',
  'independent',
  'one',
  'some',
  'many',
]);

/**
 * "want to deport", "expected to endorse", "need to ratify": a verb that only leads into the
 * next verb; the verb after "to" is the relation asked about, so this one is weak.
 */
export const CATENATIVE_VERBS = new Set([
  'want',
  'expect',
  'need',
  'plan',
  'hope',
  'intend',
  'try',
  'seek',
  'aim',
  'go',
  'going',
  'wish',
  'set',
  'schedule',
  'suppose',
  'likely',
  'able',
]);

/** Words too general to tie a question to a statement ("what happened", "do"). */
export const WEAK_TERMS = new Set([
  'happen',
  'occur',
  'do',
  'be',
  'have',
  'get',
  'go',
  'make',
  'take',
  'thing',
  'something',
  'anything',
  'news',
  'article',
  'story',
  'report',
  'coverage',
  'know',
  'tell',
  'mention',
  'exactly',
  'actually',
  'really',
  'also',
  'there',
  'about',
  'people',
  'someone',
  'anyone',
  'please',
  'u',
  'ur',
  'pls',
  'ya',
  'it',
  'its',
  'this',
  'that',
  'they',
  'them',
  'person',
  'long',
  'old',
  'many',
  'much',
  'time',
  'total',
  'number',
  // Verbs of relation ("which countries are affected by …"): they restate the question, not a fact.
  'affect',
  'include',
  'involve',
  'list',
  'name',
  'mention',
  'cover',
  'concern',
  'target',
  'impact',
  'call',
  'last',
  'stay',
  'remain',
  'come',
  // "according to the poll": the source is the name after it, not this word.
  'according',
]);

/** Words dropped from a question before matching (question words and fillers compromise leaves as content). */
export const QUESTION_STOP = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'when',
  'where',
  'which',
  'why',
  'how',
  'is',
  'was',
  'were',
  'are',
  'did',
  'does',
  'do',
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'and',
  'or',
  'from',
  'about',
  'into',
  'over',
  'under',
  'after',
  'before',
  'during',
  'since',
  'until',
  'than',
  'per',
]);

/**
 * Words in a statement question that ask for what someone said: answered from quotations too.
 * The speech verbs are the extract lexicon's cue verbs that a question asks with ("who called"
 * or "who denied" ask for a doer, not for words); the opinion verbs are what a question uses and
 * an attribution seldom does. test/answer/lexicon.test.ts keeps the first list inside the cues.
 */
export const ASKED_SPEECH_CUES = ['say', 'write', 'tell', 'claim', 'state', 'argue', 'respond'];
export const OPINION_VERBS = ['think', 'feel', 'react'];
export const SPEECH_VERBS = [...ASKED_SPEECH_CUES, ...OPINION_VERBS];
/** Verbs by which a question asks for the words someone gave a thing ("what did Lee call the levy"): those words, as quoted. */
export const NAMING_VERBS = ['call', 'dub', 'label', 'brand'];
/** The forms of opinion verbs that make the name before them the one who holds the view: "Lee thinks". */
export const OPINION_VERB_FORMS = ['think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'feel', 'feels', 'felt'];
/** Words that make the name beside them the one reporting the sentence: "…, Lee said", "said Lee", "according to Lee". */
export const REPORTING_CUES = ['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'according to'];

/**
 * Stopping something is often written as not doing it: "no visas are to be issued for 30 days"
 * answers "how long are visas suspended?". A question verb from the first list matches a
 * statement that negates a verb from the second.
 */
export const STOP_VERBS = ['suspend', 'halt', 'pause', 'freeze', 'block', 'bar', 'ban', 'stop', 'prohibit', 'deny', 'refuse', 'suspension'];
export const ALLOW_VERBS = ['issue', 'admit', 'allow', 'grant', 'accept', 'approve', 'process', 'permit', 'let'];
export const NEGATORS = /\b(?:no|not|never|none|nor)\b|n['\u2019]t\b/i;

/** Query words too common to mark in a cited passage (words under three letters are never marked). */
export const HIGHLIGHT_STOP = new Set([
  'the',
  'and',
  'for',
  'that',
  'this',
  'with',
  'who',
  'what',
  'when',
  'where',
  'how',
  'did',
  'does',
  'was',
  'were',
  'are',
  'from',
  'about',
]);

/** Words said so often they tell nothing of what a speaker's quotations are about (the /speaker profile's topics). */
export const EMPTY_TOPIC_WORDS: ReadonlySet<string> = new Set(
  'about also been being could does doing going just like more most much only other over really should some than then there these they those think very want well were what when where which while would'.split(
    ' ',
  ),
);

// Precision gates of /ask (ask/precision.ts).

/**
 * Words that open a period holding or following the day the article was written ("next year",
 * "this month"). "last year" names a period the article looks back on and is kept: on the
 * written question sets it was the answer.
 */
export const RELATIVE_PERIOD_OPENERS: readonly string[] = ['this', 'next', 'coming'];

/** Periods such an opener counts ("this month"); a weekday or a count of days ago names one day and is kept. */
export const RELATIVE_PERIOD_UNITS: readonly string[] = ['week', 'month', 'year', 'season', 'spring', 'summer', 'fall', 'autumn', 'winter'];

/**
 * Words of a question that asks for a gap between two shares or a change of one ("by what margin",
 * "how big was the lead", "how many points ahead", "how much did her support slip"): only such a
 * question is answered by a share written in points ("leads by seven percentage points"), which is
 * a difference, not anyone's share. A question word counts when it or a WordNet base form of it is
 * here ("trailing", "slipped", "improves"). Holds CHANGE_WORDS.
 */
export const GAP_WORDS: ReadonlySet<string> = new Set([
  // Every word telling a change in an amount, and then the gap's own words.
  ...CHANGE_WORDS,
  'margin',
  'margins',
  'lead',
  'leads',
  'leading',
  'led',
  'point',
  'points',
  'pts',
  'pt',
  'ahead',
  'behind',
  'trail',
  'trails',
  'trailing',
  'trailed',
  'gap',
  'difference',
  'edge',
  'advantage',
  'error',
  'swing',
  'by',
  'rise',
  'fall',
  'drop',
  'gain',
  'gained',
  'lost',
  'change',
  'changed',
  'beat',
  'widen',
  'widened',
  'narrow',
  'narrowed',
  // A change of a share is told in points too ("support slipped three points", "her numbers improved"):
  // the base forms of change words, matched through WordNet's base forms of the question's words.
  'decline',
  'grow',
  'shrink',
  'shrank',
  'jump',
  'slip',
  'slide',
  'slid',
  'surge',
  'climb',
  'sink',
  'sank',
  'plunge',
  'tumble',
  'improve',
  'shift',
  'move',
  'bump',
  'bounce',
  'boost',
  'spread',
  'deficit',
  'outpace',
  'outpoll',
  'lose',
  'close',
  'closer',
]);

/**
 * Verbs that set one side ahead of another by an amount ("Lee bested Ruiz by about 5,000 votes",
 * "Ruiz won by 12 delegates"), besides GAP_WORDS: the figure after their "by" is the margin between
 * two amounts, nobody's amount (precision.ts marginNotAsked).
 */
export const BEATING_WORDS: ReadonlySet<string> = new Set(['beat', 'best', 'defeat', 'win', 'won', 'top', 'edge', 'outpoll', 'outpace', 'outnumber', 'lose']);

/** Type nouns of a question that asks for one day ("what day", "what date"). */
export const DAY_NOUNS: readonly string[] = ['day', 'date'];

/**
 * The auxiliaries that carry a question's own verb, not a copula ("did", "has", "would"): after
 * "how" or "what" they open a question asking for an account of what someone did (question.ts).
 */
export const ACCOUNT_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should']);

/**
 * Words by which a passage gives a reason or a purpose: a "why" question is answered only by a
 * passage that says why, not by one that only tells the event again.
 */
export const REASON_MARKERS: readonly string[] = [
  'because',
  'since',
  'after',
  'so that',
  'in order to',
  'due to',
  'owing to',
  'thanks to',
  'as a result',
  'reason',
  'reasons',
  'why',
  'based on',
  'citing',
  'blamed',
  'led to',
  'caused',
  'amid',
  'given that',
];

/**
 * Prepositions that carry a date to the event noun before them ("the overhaul in 2013", "the
 * speech of Jan. 20", "the primary on March 1"): ask/date-binding.ts.
 */
export const DATE_BINDING_PREPOSITIONS: readonly string[] = ['in', 'on', 'of', 'during'];

/**
 * Prepositions that carry a span of time to the event word before them ("served for nine years",
 * "talks over two days"): ask/date-binding.ts, for durations only ("planned for December" is no
 * date of planning).
 */
export const SPAN_BINDING_PREPOSITIONS: readonly string[] = ['for', 'over'];

/** Words that hedge a span between its preposition and its figure: "for nearly nine years", "for more than an hour". */
export const SPAN_HEDGES: readonly string[] = [
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'some',
  'just',
  'only',
  'more',
  'less',
  'than',
  'over',
  'under',
  'the',
  'last',
  'past',
];

/** "who are …", "who were …": copulas after the question word that ask for more than one person (question.ts asksMany). */
export const PLURAL_COPULA_WORDS: readonly string[] = ['are', 'were'];

/** "who is the chairman", "who was the winner": copulas after "who" before an article, which ask for the one holding the job (ask/listed.ts). */
export const SINGULAR_COPULA_WORDS: readonly string[] = ['is', 'was', 's'];

/** Question words asking for a doer or owner without saying how many (ask/listed.ts coordinatedDoers). */
export const WHO_WORDS: readonly string[] = ['who', 'whom', 'whose'];

/** Articles: after a copula they name one thing ("who is the chairman"). */
export const ARTICLE_WORDS: readonly string[] = ['the', 'a', 'an'];

/** Pronouns by which a clause speaks of someone its sentence names elsewhere ("Lee won, but his lead shrank"). */
export const REFERRING_PRONOUN_WORDS: readonly string[] = ['he', 'his', 'him', 'she', 'her', 'hers', 'they', 'their', 'them', 'it', 'its'];

/** Words opening a new clause or a parallel conjunct: a figure's clause ends before them (ask/binding.ts). */
export const CLAUSE_OPENING_WORDS: readonly string[] = [
  'and',
  'but',
  'while',
  'whereas',
  'as',
  'which',
  'who',
  'when',
  'although',
  'though',
  'compared',
  'versus',
  'vs',
];

/** The kind of named thing a pronoun or a description can stand for, when /ask carries a name into a sentence. */
export const REFERENT_KINDS = ['person', 'organization'] as const;
export type ReferentKind = (typeof REFERENT_KINDS)[number];

/**
 * Words opening a sentence that refer back to someone named before ("He was born in …", "Its
 * shares fell …"), with the kind they agree with. "They" is left out: it agrees with a group, an
 * organisation or several people, so a reader cannot tell which from agreement alone.
 */
export const REFERRING_PRONOUNS: Readonly<Record<string, ReferentKind>> = {
  he: 'person',
  she: 'person',
  his: 'person',
  her: 'person',
  it: 'organization',
  its: 'organization',
};

/**
 * Words that may open a sentence before its pronoun or description subject, with no comma: "But he
 * was buried …", "Later she moved …" (ask/antecedent.ts). Capitalised, as they open the sentence.
 */
export const REFERENCE_CONNECTIVES: readonly string[] = ['But', 'And', 'Yet', 'So', 'Still', 'Now', 'Then', 'Later', 'Instead', 'Also', 'Meanwhile'];

/**
 * Head nouns of a definite description ("the company said", "the senator voted") and the kind of
 * named thing they describe. A description names a role, not a person, so it stands for the one
 * named thing of that kind the paragraph just named; general words ("the man") are kept because
 * agreement, not the word, decides.
 */
export const DESCRIPTION_KINDS: Readonly<Record<string, ReferentKind>> = {
  ...Object.fromEntries(
    [
      'senator',
      'president',
      'governor',
      'mayor',
      'minister',
      'candidate',
      'lawmaker',
      'congressman',
      'congresswoman',
      'representative',
      'official',
      'judge',
      'ceo',
      'executive',
      'chief',
      'leader',
      'spokesman',
      'spokeswoman',
      'chairman',
      'chairwoman',
      'actor',
      'actress',
      'singer',
      'rapper',
      'player',
      'coach',
      'author',
      'writer',
      'director',
      'founder',
      'billionaire',
      'businessman',
      'businesswoman',
      'man',
      'woman',
      'veteran',
      'suspect',
      'victim',
      'officer',
      'lawyer',
      'attorney',
      'prosecutor',
      'secretary',
      'ambassador',
      'athlete',
      'musician',
      'comedian',
      'journalist',
      'economist',
      'scientist',
      'researcher',
      'professor',
      'doctor',
      'nominee',
      'incumbent',
      'challenger',
      'star',
      'politician',
    ].map((w) => [w, 'person' as const]),
  ),
  ...Object.fromEntries(
    [
      'company',
      'firm',
      'group',
      'agency',
      'department',
      'ministry',
      'campaign',
      'committee',
      'bank',
      'airline',
      'carmaker',
      'automaker',
      'retailer',
      'organization',
      'organisation',
      'union',
      'team',
      'club',
      'university',
      'hospital',
      'network',
      'startup',
      'business',
      'corporation',
      'manufacturer',
      'lender',
      'insurer',
      'charity',
      'nonprofit',
      'utility',
      'commission',
      'authority',
      'foundation',
      'institute',
      'publisher',
      'studio',
      'label',
      'brand',
      'giant',
      'maker',
    ].map((w) => [w, 'organization' as const]),
  ),
};

/**
 * The WordNet nouns a description's head must descend from (by its first sense's hypernyms) to
 * stand for a named person or organisation: "the neurosurgeon" is a person, "the shift" is not.
 * The list above is read first; this covers the many role nouns no list holds.
 */
export const DESCRIPTION_ROOTS: Readonly<Record<string, ReferentKind>> = {
  person: 'person',
  organization: 'organization',
};

/**
 * "who runs/leads/heads X": the act of holding a leading role of X. A name whose apposition is one
 * of LEADER_ROLES "of X" ("Jo Smith, the executive director of Acme") does these verbs to X.
 */
export const LEADING_VERBS: readonly string[] = ['run', 'lead', 'head'];
export const LEADER_ROLES: readonly string[] = [
  'president',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'head',
  'leader',
  'chief',
  'ceo',
  'executive',
  'commissioner',
  'administrator',
];

/**
 * "where does Lee teach", "Lee is a senior fellow where": a "where" question with one of these
 * verbs or role nouns asks for the institution the person works at, which news states by placing
 * the person at it ("Lee, a professor at Alba College", "Lee of the Corin Institute") rather than by
 * the verb (`src/answer/ask/workplace.ts`).
 */
export const WORKPLACE_VERBS: readonly string[] = ['work', 'teach', 'research', 'lecture'];
export const WORKPLACE_ROLES: readonly string[] = ['professor', 'fellow', 'scholar', 'researcher', 'lecturer', 'instructor', 'economist', 'analyst', 'expert'];

/**
 * Authorship questions ("who wrote the article", "who took the photo", "who is the author of the
 * piece"): the acts and role nouns that ask for the credited one of a published piece
 * (`src/answer/ask/credit.ts`, creditsAsked).
 */
export const AUTHORSHIP_VERBS: readonly string[] = [
  'write',
  'co-write',
  'co-wrote',
  'cowrite',
  'ghostwrite',
  'author',
  'report',
  'edit',
  'photograph',
  'shoot',
  'take',
];
export const AUTHORSHIP_NOUNS: readonly string[] = ['author', 'writer', 'reporter', 'byline', 'photographer', 'editor', 'correspondent'];
/** Words that make an authorship question ask for the photographer ("who took the photo"). */
export const PHOTO_WORDS: readonly string[] = ['photo', 'picture', 'photograph', 'photographer', 'shoot'];
/** The published pieces a credit line signs (a book or a letter is named in the text by other means: "his new book"). */
export const PUBLISHED_PIECES: readonly string[] = [
  'article',
  'piece',
  'story',
  'column',
  'op-ed',
  'oped',
  'post',
  'photo',
  'picture',
  'photograph',
  'byline',
  'blog',
  'editorial',
  'dispatch',
  'writeup',
  'write-up',
];

/** Speech verbs whose object names a work ("wrote the book"), not a reported statement: they keep their doer. */
export const AUTHORING_VERBS: readonly string[] = ['write'];

/** Words that carry nothing of a verb's argument when matching it against a question's words (`src/answer/ask/arguments.ts`). */
export const ARGUMENT_FILLER = [
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'and',
  'or',
  'from',
  'as',
];

/** Prepositions that put a name inside another phrase of a clause's subject ("the chairman of X"), not at its head. */
export const SUBJECT_PHRASE_PREPOSITIONS = ['of', 'for', 'in', 'at', 'with', 'from', 'by', 'to', 'on', 'about'];

/** Words that join the parts of an organisation's or a place's name ("University of Texas", "Democrats for Education Reform"). */
export const NAME_JOINERS = ['of', 'for'];

/** Heads of names that go on with "of" or "for" ("District of Columbia", "Bank of …", "Americans for …"): lower case. */
export const NAME_HEADS = new Set(
  `university college school academy institute department ministry bureau office board council commission committee
  bank fund foundation center centre museum library church society association federation league union coalition
  alliance party court district city county state republic kingdom province commonwealth democrats republicans
  americans citizens friends veterans women families parents students doctors lawyers`.split(/\s+/),
);

/** A question's nouns that ask for an origin, which an adjective of origin answers ("what nationality is she"); ask/origin.ts. */
export const ORIGIN_NOUNS = new Set(['nationality', 'ethnicity', 'origin', 'descent', 'heritage']);

/** A question's words that ask where a story was written, which its dateline answers ("where was this filed from"); ask/dateline.ts. */
export const FILING_WORDS = new Set(['file', 'dateline', 'report', 'story', 'byline']);

/** Words that end the noun a number counts ("41 people in the city", "9 offices for …"); ask/slot.ts countedWords. */
export const COUNT_ENDING_WORDS = new Set(
  `the a an of in on at to for from with by and or but nor who that which than as is was are were be been being have has had will would could can may might should must did do does said say says this these those their his her its it they he she we per each over under into about after before since during while among between`.split(
    /\s+/,
  ),
);

/** Verbs that end in "s" and never name what is counted ("how many delegates does …"); question.ts. */
export const AUXILIARY_S = new Set(['does', 'has', 'is', 'was', 'says']);

/**
 * Words that, before a question's verb of speech, give the verb a subject other than the person
 * asked: an auxiliary ("which reporter did Lee tell …", "who has Lee said he'd pick") or a clause
 * of its own ("who was the host when Lee said …") (ask/quoted-speaker.ts).
 */
export const ANOTHER_SPEAKS: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'when', 'while', 'after', 'before', 'where']);

/** Words that say only "a person": as a question's role word ("the dem tech guy") they describe nobody (ask/quoted-speaker.ts). */
export const GENERIC_PERSON_WORDS: ReadonlySet<string> = new Set([
  'guy',
  'gal',
  'dude',
  'person',
  'people',
  'man',
  'woman',
  'lady',
  'someone',
  'somebody',
  'one',
]);

/** The parties a lawmaker's tag names by its letter ("Sen. Ana Ruiz (R-Ohio)"), as a question names them (ask/quoted-speaker.ts). */
export const PARTY_TAG_WORDS: Readonly<Record<string, readonly string[]>> = {
  R: ['republican', 'gop'],
  D: ['democrat', 'democratic', 'dem'],
  I: ['independent'],
};

/**
 * A reader's short forms of the words news writes: "state dept", "wall st", "the eu", "uk pm",
 * "dr oz", "the senator from missouri" for "(D-Mo.)". A question typed that way named nothing the
 * article uses, so no article was retrieved (or a name it gives vetoed the one that states it).
 * Data, not rules: a clipping is not predictable from its word. Only forms with one reading in
 * political and local news; a word that is also a common word ("pa", "me", "or", "co") stays out.
 * A form of several words is matched when a passage (or an article) holds every one of them
 * (short-forms.ts).
 */
export const READER_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  dept: ['department'],
  depts: ['department'],
  st: ['street'],
  ft: ['fort'],
  mt: ['mount'],
  univ: ['university'],
  assn: ['association'],
  hq: ['headquarters', 'headquarter'],
  corp: ['corporation', 'company'],
  intl: ['international'],
  natl: ['national'],
  eu: ['european union'],
  uk: ['united kingdom', 'britain', 'british'],
  nyc: ['new york'],
  ny: ['new york'],
  // Postal codes that are also English words ("pa", "va"): read as the state only by a passage that writes it out.
  pa: ['pennsylvania'],
  va: ['veterans affairs', 'virginia'],
  vet: ['veteran'],
  bro: ['brother'],
  bros: ['brother', 'brothers'],
  ave: ['avenue'],
  isis: ['islamic state'],
  foia: ['freedom of information'],
  intel: ['intelligence'],
  ops: ['operation', 'operations'],
  doj: ['justice department', 'department of justice'],
  dhs: ['homeland security'],
  pm: ['prime minister'],
  fm: ['foreign minister'],
  wapo: ['washington post'],
  nyt: ['new york times'],
  wsj: ['wall street journal'],
  calif: ['california'],
  // A casual reader's clippings of words news writes out ("classified info", "poli sci prof", "sec of state").
  info: ['information'],
  pic: ['picture', 'photo', 'photograph'],
  pics: ['picture', 'photo', 'photograph'],
  org: ['organization', 'organisation'],
  orgs: ['organization', 'organisation'],
  sec: ['secretary'],
  poli: ['political'],
  sci: ['science'],
  // A type noun's short form ("which mag", "which vc") also names the kind asked (question.ts shortFormKind).
  mag: ['magazine'],
  mags: ['magazine', 'magazines'],
  vc: ['venture capitalist'],
  vcs: ['venture capitalist', 'venture capitalists'],
  // "tech" is written as a word too ("the tech industry"): the form is read beside it, never instead.
  tech: ['technology'],
  frat: ['fraternity'],
  frats: ['fraternity', 'fraternities'],
  bf: ['boyfriend'],
  gf: ['girlfriend'],
  biz: ['business'],
  mgr: ['manager'],
  asst: ['assistant'],
  presser: ['news conference', 'press conference'],
};

/**
 * A reader's short forms of a country's name that are also English words ("us"), read only where a
 * name is held to the question's words (ask/restates.ts: "where did gen allen lead us forces" is not
 * answered by the United States), never to find passages.
 */
export const NAME_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  us: ['united states'],
  usa: ['united states'],
};

/**
 * Words a name carries that a reader leaves out when naming it ("Las Vegas" for "vegas", "the Third
 * Congressional District" for "the 3rd district"): a name is the question's own without them
 * (ask/restates.ts).
 */
export const NAME_FILLER_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'for', 'las', 'los', 'la', 'el', 'de', 'del', 'congressional']);

/**
 * The US states with the abbreviations news style writes for them, after a town ("Macon, Ga.") or
 * in a lawmaker's party tag ("Sen. Ana Ruiz (R-Ga.)", "D-Mo."), and the postal codes a reader types.
 */
export const STATE_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  alabama: ['ala', 'al'],
  alaska: ['ak'],
  arizona: ['ariz', 'az'],
  arkansas: ['ark', 'ar'],
  california: ['calif', 'ca'],
  colorado: ['colo', 'co'],
  connecticut: ['conn', 'ct'],
  delaware: ['del', 'de'],
  florida: ['fla', 'fl'],
  georgia: ['ga'],
  hawaii: ['hi'],
  idaho: ['id'],
  illinois: ['ill', 'il'],
  indiana: ['ind', 'in'],
  iowa: ['ia'],
  kansas: ['kan', 'kans', 'ks'],
  kentucky: ['ky'],
  louisiana: ['la'],
  maine: ['me'],
  maryland: ['md'],
  massachusetts: ['mass', 'ma'],
  michigan: ['mich', 'mi'],
  minnesota: ['minn', 'mn'],
  mississippi: ['miss', 'ms'],
  missouri: ['mo'],
  montana: ['mont', 'mt'],
  nebraska: ['neb', 'ne'],
  nevada: ['nev', 'nv'],
  oklahoma: ['okla', 'ok'],
  oregon: ['ore', 'or'],
  pennsylvania: ['pa'],
  tennessee: ['tenn', 'tn'],
  texas: ['tex', 'tx'],
  utah: ['ut'],
  vermont: ['vt'],
  virginia: ['va'],
  washington: ['wash', 'wa'],
  wisconsin: ['wis', 'wi'],
  wyoming: ['wyo', 'wy'],
  ohio: ['oh'],
};

/**
 * Role nouns a reader and a news writer use for one role, each row one role: the question's role
 * word in its description of the person asked for ("the sierra club lawyer") is written on the name
 * by any of its row ("an attorney for the Sierra Club"). WordNet files "commentator" under experts,
 * not writers, and gives "anchor" no sense of a person (ask/described.ts).
 */
export const ROLE_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['host', 'anchor', 'anchorman', 'anchorwoman', 'presenter'],
  ['writer', 'columnist', 'commentator', 'pundit', 'journalist', 'editor', 'essayist'],
  ['lawyer', 'attorney', 'counsel'],
  ['adviser', 'advisor'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['congressman', 'congresswoman', 'representative', 'rep'],
  ['senator', 'sen'],
  ['governor', 'gov'],
];

/**
 * Words that end the title run before a name (ask/slot.ts writtenOnName): a title is a noun phrase
 * ("former CIA director", "Clinton's top IT staffer"), so a conjunction, a preposition other than
 * "of" or a verb of speech before the name belongs to another phrase ("the speaker of the House and
 * Mitch McConnell", "accusations against Clinton").
 */
export const TITLE_RUN_BREAKS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'nor',
  'against',
  'to',
  'by',
  'with',
  'from',
  'about',
  'on',
  'at',
  'for',
  'as',
  'than',
  'like',
  'that',
  'who',
  'whom',
  'which',
  'said',
  'says',
  'told',
  'tells',
  'asked',
  'called',
  'including',
  'between',
]);

/**
 * Words a question asks a person's party or state with besides the name, its roles and parties
 * ("which state does Lee represent", "Lee reps which state", "whats Lee's home state", "which party
 * does Lee belong to"): they say what is asked, not whom (ask/affiliation.ts).
 */
export const AFFILIATION_WORDS: ReadonlySet<string> = new Set(['represent', 'reps', 'rep', 'belong', 'member', 'home', 'former', 'currently', 'now', 'serve']);

/** The party letters of a lawmaker's tag: "R-Ga.", "D-Mo.", "I-Vt.". */
export const PARTY_LETTERS = ['r', 'd', 'i'];

/** A reader's postal code standing for its state ("fl latinos", "tx voters"): only codes that are no English word. */
export const TYPED_STATE_CODES: ReadonlySet<string> = new Set(['fl', 'tx', 'ga', 'az', 'ct', 'mn', 'wi', 'tn', 'ky', 'nv']);

/**
 * The reader's words for the piece itself ("the op ed", "the lynch piece", "that column"): they
 * point at the article, and no sentence of it need hold them. ("article", "story" and "report" are
 * weak words already: WEAK_TERMS.) ask/name-words.ts.
 */
export const PIECE_WORDS: ReadonlySet<string> = new Set(['piece', 'column', 'op-ed', 'oped', 'editorial', 'writeup', 'write-up']);
/** The nouns a reader names a piece with, "the doom and gloom op-ed", "the clinton isis story" (ask/name-words.ts withPieceNames). */
export const PIECE_NOUNS: ReadonlySet<string> = new Set([...PIECE_WORDS, 'article', 'story']);

/**
 * Last words of an employer's name that can stand before a job in a title run ("Vale State
 * University political science professor Ana Ruiz"): the name says where the job is held, not what
 * it is. Only places of work whose name a reader would not repeat as part of the job.
 */
export const EMPLOYER_NAME_ENDS: ReadonlySet<string> = new Set(['university', 'college', 'institute', 'center', 'centre', 'foundation', 'school', 'academy']);

/** "what does Lee do for work", "… do these days": what may follow "do" in a question asking what a person works as. */
export const DOES_FOR_WORK_TAILS = ['for work', 'for a living', 'for a job', 'for money', 'now', 'nowadays', 'these days', 'today', 'professionally'];

/** The words of those tails a question's focus keeps: said by the question, never by the passage that says what the person is. */
export const DOES_FOR_WORK_WORDS: ReadonlySet<string> = new Set(['work', 'living', 'job', 'money', 'now', 'nowadays', 'day', 'today', 'professionally']);

/**
 * Forms of "be" (and verbs that state what a thing is or has come to be) after which a value is
 * what the clause's subject is: "The county's top prosecutor is Dana Whitfield" (ask/copula.ts).
 * No modal: "would be", "could be" state no fact.
 */
export const COPULA_FORMS: readonly string[] = [
  'is',
  'was',
  'are',
  'were',
  'remains',
  'remained',
  'became',
  'becomes',
  'has been',
  'have been',
  'had been',
  'will be',
];

/** Words that may stand between a copula and its value without changing what the value is ("was about $5", "is now 70"). */
export const COPULA_HEDGES: readonly string[] = [
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'just',
  'only',
  'now',
  'still',
  'also',
  'currently',
  'some',
  'more than',
  'less than',
  'fewer than',
  'at least',
];

/** Words that make the sentence's copula hypothetical: "If the bill passes, the cap will be $5" states no cap (ask/copula.ts). */
export const COPULA_CONDITIONS: readonly string[] = ['if', 'unless', 'whether', 'suppose', 'supposing'];

/**
 * Words after which a copula's subject starts afresh: a clause of its own ("…, and the cap was"),
 * or the report of it ("officials said the cap was"), so the words before them are not the subject's.
 */
export const COPULA_SUBJECT_BREAKS: readonly string[] = [
  'and',
  'but',
  'or',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'since',
  'so',
  'said',
  'says',
  'say',
  'noted',
  'added',
  'reported',
  'wrote',
  'argued',
  'believes',
  'thinks',
];

/** Words that end a subject's head and open what follows it ("the cap on salaries", "the justice who is …"). */
export const COPULA_HEAD_ENDS: readonly string[] = [
  'of',
  'for',
  'in',
  'at',
  'with',
  'from',
  'by',
  'to',
  'on',
  'about',
  'under',
  'who',
  'that',
  'which',
  'whose',
  'where',
  'when',
];

/**
 * The type nouns by which a question asks for a date in one unit ("what year", "which month",
 * "what day"): ask/asked-unit.ts. "date" asks for a day, as DAY_NOUNS says.
 */
export const DATE_UNIT_NOUNS: Readonly<Record<string, 'year' | 'month' | 'day'>> = { year: 'year', month: 'month', day: 'day', date: 'day' };

/**
 * What may stand between two dates written as a pair ("in 2008 and 2012", "2004 or 2008", "in 1992,
 * 1996 and 2000"): ask/asked-unit.ts. Either of a pair answers another occasion as well as the asked one.
 */
export const DATE_PAIR_JOINERS: readonly string[] = ['and', 'or', 'and in', 'or in', 'and again in', ','];
