/**
 * Every word list the quote extractor relies on, kept as data in one place so rules stay
 * general and the lists can be reviewed (and extended) without reading code.
 */

function words(list: string): Set<string> {
  return new Set(
    list
      .trim()
      .split(/\s+/)
      .map((w) => w.toLowerCase()),
  );
}

/**
 * Verbs that introduce speech, in every inflection a news sentence uses. A line is one verb;
 * inflections are spelt out because irregular forms are common among them.
 */
const CUE_VERB_FORMS = `
say says said saying | tell tells told telling | add adds added adding
write writes wrote written writing | ask asks asked asking | explain explains explained explaining
note notes noted noting | argue argues argued arguing | state states stated stating
claim claims claimed claiming | insist insists insisted insisting | continue continues continued continuing
tweet tweets tweeted tweeting | reply replies replied replying | respond responds responded responding
declare declares declared declaring | warn warns warned warning | recall recalls recalled recalling
acknowledge acknowledges acknowledged acknowledging | admit admits admitted admitting
announce announces announced announcing | conclude concludes concluded concluding
suggest suggests suggested suggesting | call calls called calling | describe describes described describing
urge urges urged urging | predict predicts predicted predicting | complain complains complained complaining
contend contends contended contending | maintain maintains maintained maintaining
observe observes observed observing | report reports reported reporting | joke jokes joked joking
quip quips quipped quipping | boast boasts boasted boasting | vow vows vowed vowing
promise promises promised promising | pledge pledges pledged pledging | assert asserts asserted asserting
proclaim proclaims proclaimed proclaiming | charge charges charged charging | counter counters countered countering
retort retorts retorted retorting | repeat repeats repeated repeating | emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising | stress stresses stressed stressing | remark remarks remarked remarking
testify testifies testified testifying | concede concedes conceded conceding | confirm confirms confirmed confirming
deny denies denied denying | allege alleges alleged alleging | blast blasts blasted blasting
slam slams slammed slamming | criticize criticizes criticized criticizing | criticise criticises criticised criticising
shout shouts shouted shouting | yell yells yelled yelling | chant chants chanted chanting
sing sings sang singing | post posts posted posting | read reads | comment comments commented commenting | lament laments lamented lamenting
bemoan bemoans bemoaned bemoaning | muse muses mused musing | cite cites cited citing
accuse accuses accused accusing | praise praises praised praising | dub dubs dubbed dubbing
label labels labeled labelled labeling | brand brands branded branding | term terms termed terming
mock mocks mocked mocking | recount recounts recounted recounting | agree agrees agreed agreeing
demand demands demanded demanding | answer answers answered answering | caution cautions cautioned cautioning
reiterate reiterates reiterated reiterating | clarify clarifies clarified clarifying | scoff scoffs scoffed scoffing
whisper whispers whispered whispering | scream screams screamed screaming | text texts texted texting
email emails emailed emailing | opine opines opined opining | condemn condemns condemned condemning
describe describes described | refer refers referred referring | reference references referenced referencing
wonder wonders wondered wondering | speculate speculates speculated speculating | question questions questioned questioning
point points pointed pointing | thank thanks thanked thanking | compare compares compared comparing
insinuate insinuates insinuated insinuating | exclaim exclaims exclaimed exclaiming
implore implores implored imploring | plead pleads pleaded pleading | grumble grumbles grumbled grumbling
concur concurs concurred concurring | liken likens likened likening | laud lauds lauded lauding
hail hails hailed hailing | exhort exhorts exhorted exhorting | tout touts touted touting
decry decries decried decrying | deride derides derided deriding | denounce denounces denounced denouncing
ridicule ridicules ridiculed ridiculing | extol extols extolled extolling | lambast lambasts lambasted lambasting
fume fumes fumed fuming | bark barks barked barking | interject interjects interjected interjecting
ponder ponders pondered pondering | beam beams beamed beaming | gush gushes gushed gushing
express expresses expressed expressing | sigh sighs sighed sighing | marvel marvels marveled marvelled marveling marvelling
demur demurs demurred demurring | boom booms boomed booming | chide chides chided chiding
scold scolds scolded scolding | rail rails railed railing
lecture lectures lectured lecturing | affirm affirms affirmed affirming
`;

export const CUE_VERBS: Set<string> = words(CUE_VERB_FORMS.replace(/\|/g, ' '));

/** The base form of each speech verb (the first word of each group above): "say", "tell", "argue"... */
export const CUE_LEMMAS: Set<string> = new Set(
  CUE_VERB_FORMS.split(/[|\n]/)
    .map((group) => group.trim())
    .filter(Boolean)
    .map((group) => group.split(/\s+/)[0].toLowerCase()),
);

/**
 * Forms of speech verbs that are (almost) never nouns: the tagger sometimes reads "asks" or
 * "saying" as a noun, yet "the narrator asks." is a verb.
 */
export const VERB_ONLY_CUES = words(`
says said saying asks asked asking tells told telling adds added adding explains explaining
insists insisting argues arguing writes wrote responds responding continues admits admitting
concedes conceding acknowledges acknowledging
`);

/**
 * Verbs of belief that, like speech verbs, report someone's words inside a quotation
 * ("I'm glad the governor believes we should keep 'people of talent'"): the inner quoted words are theirs.
 */
export const THOUGHT_VERBS = words('believe believes believed think thinks thought');

/** Verbs of speaking that report no words of their own ("Lund spoke at length"), yet make their subject whom the next quotation is heard from. */
export const TALK_VERBS = words('speak speaks spoke talk talks talked testify testifies testified');

/** Cues that are participles joined to a main clause ("…," he said, adding "…"): they share its subject. */
export function isParticipleCue(word: string): boolean {
  return word.endsWith('ing') && CUE_VERBS.has(word);
}

/** Nouns that carry someone's words after a possessive: "Smith's claim that …", "her remarks about …". */
export const CUE_NOUNS = words(`
claim claims statement statements remark remarks comment comments words assertion assertions description
promise promises pledge warning message tweet tweets post letter speech argument accusation accusations
view views insistence vow prediction characterization phrase slogan mantra
`);

/** Multi-word cues whose speaker follows them: "according to the campaign", "in the words of one aide". */
export const ACCORDING_TO = ['according', 'to'];
export const CUE_PHRASES_BEFORE_SPEAKER: string[][] = [ACCORDING_TO, ['in', 'the', 'words', 'of']];

/**
 * Verbs of an outlet's report closing a sentence (`, the Ledger reported.`, `, reports the Ledger.`):
 * its subject is the source of the sentence's quotations, as with "according to".
 */
export const REPORTING_VERBS = words('reported reports');

/** Words that may stand between an outlet and its reporting verb (`, the Ledger first reported`). */
export const REPORTING_MODIFIERS = words('first initially also earlier previously originally');

/**
 * `a reporter can be heard asking Vale`: a verb of perception in the passive between a subject and
 * the speech verb in -ing that follows it (the subject is who speaks, the one after the verb is addressed).
 */
export const PERCEIVED_AUXILIARIES = words('can could is was are were');
export const PERCEIVED_PARTICIPLES = words('heard seen');

/** The noun of `in Lund's words`, `in her own words`: whoever owns the words is their source. */
export const OWNED_WORDS_NOUNS = words('words');

/** Possessive pronouns standing for a speaker (`in her words`), with the subject form whose features they share. */
export const POSSESSIVE_PRONOUNS: Record<string, string> = { her: 'she', his: 'he', their: 'they', its: 'it' };

/** Words that may sit between a speaker and the cue without changing who speaks. */
export const CUE_MODIFIERS = words(`
also later then again once previously earlier repeatedly recently quickly simply just still further
has had have was were is are will would could had been once famously reportedly allegedly not never
did does do may might has long often only
`);

/**
 * Adverbs telling how words were spoken ("she angrily said", "Lund flatly told"): like the words
 * above they stand between a speaker and the cue. Not adverbs of frequency ("he rarely asks"),
 * which mostly sit in a reported clause.
 */
export const SPEAKING_MANNERS = words(`
angrily quietly loudly bluntly flatly sharply firmly calmly softly forcefully emphatically jokingly
sarcastically tearfully bitterly proudly publicly privately openly candidly frankly pointedly defiantly
curtly cheerfully gleefully wryly dryly testily tersely brusquely confidently passionately
excitedly nervously casually abruptly politely indignantly triumphantly solemnly somberly
`);

/** Personal pronouns that can be a speaker, with what they agree with. */
export interface PronounFeatures {
  gender: 'male' | 'female' | null;
  plural: boolean;
  /** "it" speaks for an organisation; "he"/"she" for a person; "they" for either. */
  person: boolean | null;
}
export const SPEAKER_PRONOUNS: Record<string, PronounFeatures> = {
  he: { gender: 'male', plural: false, person: true },
  she: { gender: 'female', plural: false, person: true },
  they: { gender: null, plural: true, person: null },
  it: { gender: null, plural: false, person: false },
  we: { gender: null, plural: true, person: null },
  i: { gender: null, plural: false, person: true },
};

/** A possessive pronoun's subject form ("her" → "she"); any other word as it is. */
export function subjectPronoun(lower: string): string {
  return Object.hasOwn(POSSESSIVE_PRONOUNS, lower) ? POSSESSIVE_PRONOUNS[lower] : lower;
}

/** The features of a speaker pronoun, written as a subject ("she") or as a possessive ("her"). */
export function pronounFeatures(lower: string): PronounFeatures | undefined {
  const subject = subjectPronoun(lower);
  return Object.hasOwn(SPEAKER_PRONOUNS, subject) ? SPEAKER_PRONOUNS[subject] : undefined;
}

/** Participles that make "those" a group of people who answered ("those surveyed said", "those polled"). */
export const RESPONDENT_PARTICIPLES = words('surveyed polled questioned interviewed sampled');

/** Words counting people that speak ("Yet another said"), unlike "many" or "some", which never are a source. */
export const COUNTED_SPEAKERS = words('another');

/** Small numbers that, after "the", stand for people named before ("the two write"). */
export const COUNTED_GROUPS = words('two three four five');

/** Subjects that are not a source of their own ("many claimed …"): never attributed. */
export const NON_SPEAKER_SUBJECTS = words(`
many some few most all several both each either neither none nobody everyone everybody someone somebody
anyone anybody something nothing everything this these those there here what which that who whom whose
you one me us him them his her its their our my your
`);

/**
 * Words opening a phrase that is not someone: after a quotation, `"…" Others saw …` or `"…" Her
 * notes are …` do not name the speaker the way `"…" Lund agreed` does.
 */
export const NOT_SOMEONE_OPENERS = new Set([...NON_SPEAKER_SUBJECTS, 'others']);

/**
 * Titles and honorifics written before a name. Abbreviated forms appear without the period
 * (compromise strips it); a title is part of the speaker mention but never of the name.
 */
export const TITLES = words(`
mr mrs ms miss mx dr prof professor sen senator rep representative gov governor lt gen general col
adm admiral sgt capt captain maj major cmdr rev reverend fr father sister brother rabbi imam pastor bishop
cardinal pope sir dame lord lady king queen prince princess president vice secretary judge justice
mayor chairman chairwoman chair ceo cfo coo cto founder cofounder co-founder chief executive officer director
minister premier chancellor ambassador commissioner sheriff detective officer inspector superintendent
speaker leader whip delegate del councilman councilwoman councillor councilor congressman congresswoman
assemblyman assemblywoman attorney counsel spokesman spokeswoman spokesperson press deputy assistant
acting former late host anchor correspondent reporter editor columnist commentator analyst strategist
pollster adviser advisor aide economist author activist lawyer candidate nominee frontrunner challenger
incumbent manager coach star actor actress singer rapper comedian producer chairperson treasurer
state house senate majority minority republican democratic democrat gop independent u.s us first
`);

/**
 * Modal words before a speech verb that make the speaking a prospect, not an event ("voters will
 * say", "the council would call"): no one has said the words yet.
 */
export const PROSPECT_MODALS = words("will would could might may can shall should 'll");

/** Family words that give the gender of the person named right after them ("his wife, Helen Marsh"). */
export const FAMILY_FEMALE = words('wife mother daughter sister grandmother granddaughter aunt niece widow stepmother stepdaughter fiancee');
export const FAMILY_MALE = words('husband father son brother grandfather grandson uncle nephew widower stepfather stepson fiance');

/** Honorifics that only ever stand before a person's name ("Mrs. Marsh", "Dr. Reyes"). */
export const HONORIFICS = words('mr mrs ms miss mx dr sir dame madam');

/** Nouns the tagger reads as verbs that name a unit a role belongs to, between an owner and the role ("the Ruiz campaign manager Tom Vale"). */
export const ROLE_UNIT_NOUNS = words('campaign');

/**
 * Nouns naming a role a person holds; "the senator" or "the Acme CEO" later refers to the
 * person introduced with that role.
 */
export const ROLE_NOUNS = words(`
president senator governor mayor ceo chairman chairwoman founder candidate nominee secretary minister
spokesman spokeswoman spokesperson judge justice director chief executive host anchor congressman
congresswoman representative leader commissioner sheriff ambassador chancellor premier king queen
prince princess pope general admiral attorney lawyer economist professor author billionaire
businessman businesswoman mogul star activist pollster strategist adviser advisor aide manager
frontrunner challenger incumbent rival opponent veteran officer coach
`);

/**
 * Words that make a lower office of the role noun after them ("Vice President", "deputy director",
 * "lieutenant governor"): whoever holds it is not who "the president" or "the director" means.
 */
export const SECOND_RANKS = words('vice deputy assistant associate lieutenant');

/** Words before a role noun saying its holder left the office ("the former president"): only someone written so holds it. */
export const PAST_OFFICE = words('former ex onetime');

/** Heads of descriptions that speak for an organisation or a group. */
export const GROUP_NOUNS = words(`
campaign committee party company department agency administration office newspaper paper network group
organization organisation association union council court board university bank corporation firm
police ministry government commission center centre institute foundation team statement report letter
study survey poll memo filing complaint lawsuit ruling website site magazine outlet station channel
newsroom editorial board spokesperson officials authorities lawmakers legislators sources aides advisers
critics supporters opponents residents protesters protestors witnesses experts analysts researchers
democrats republicans voters leaders members staff prosecutors investigators officers
`);

/**
 * Last words of organisations' names that a shorter form keeps ("the Times" for "the Marrow
 * Times", "the Daily News" for "the Linden Daily News"): a name ending so, written with fewer of
 * its words, is that organisation when it is the only one the name fits.
 */
export const ORGANISATION_NAME_ENDS = words(`
times news post journal tribune herald gazette globe chronicle inquirer examiner observer review magazine
ledger courier dispatch register sentinel monitor bulletin star sun daily press mirror guardian telegraph
union association federation brotherhood guild agency administration bureau department office commission
company corporation group coalition alliance network committee party institute foundation university
college center centre council league society club
`);

/**
 * Heads of organisations' names that go on with an "of" or "for" part ("the Association of Ferry
 * Pilots", "the Club for Harbor Growth"): the part belongs to the name, unlike a person's "of the Ledger".
 */
export const ORGANISATION_OF_HEADS = words(`
association union federation brotherhood club committee council department bureau office agency administration
commission university college institute foundation society league coalition alliance
`);

/**
 * Heads of a possessive phrase that stand for what their possessor said or did ("Lund's remarks",
 * "the agency's report"): quoted, such a phrase is credited to the possessor. Singular forms; a
 * plural "s" is allowed. Not people or bodies that speak themselves ("Lund's spokesman", "Lund's campaign").
 */
export const STATEMENT_NOUNS = words(`
remark attack statement letter tweet post memoir account comment speech interview op-ed
editorial column book ad advertisement website release announcement response reply testimony message
email report filing lawsuit complaint note memo blog video briefing argument claim answer
criticism warning pitch plea appeal platform manifesto essay article piece
`);

/**
 * Capitalised words that, after a place name, make the run a group of people rather than the
 * place ("Ohio Republicans", "Boston Democrats for Reform"). Plural forms as written.
 */
export const PLACE_GROUP_WORDS = words(`
democrats republicans conservatives liberals progressives independents libertarians greens socialists
tories unionists nationalists loyalists voters residents citizens members supporters delegates lawmakers
legislators senators officials leaders activists veterans farmers teachers workers families parents
`);

/**
 * Capitalised plurals after a place that name no group of people: part of the place's own name
 * ("United States", "Cayman Islands") or an event held there ("Iowa Caucuses", "Rio Games").
 */
export const PLACE_PLURALS = words(`
states islands isles mountains hills heights lakes falls springs keys plains highlands lowlands
territories provinces emirates cities gardens woods fields rapids bluffs shores sands dunes banks
caucuses primaries games olympics elections championships series talks accords resolves
`);

/** Words that end an abbreviation rather than a sentence when followed by a period. */
export const ABBREVIATIONS = words(`
mr mrs ms dr prof sen rep reps gov gen lt col adm sgt capt maj cmdr rev fr st jr sr del gov't
inc co corp ltd llc bros no vs v etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun ave blvd mt ft
ala ariz ark calif colo conn fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev
okla ore pa tenn tex vt va wash wis wyo
`);

/** Lower-case words that may sit inside a name ("Ludwig van Beethoven", "Osama bin Laden"). */
export const NAME_PARTICLES = words('de del della der di du da van von bin al el la le ibn ben st');

/**
 * The lower-case tails of compounds written on a name ("New York-based", "Trump-backed", "White
 * House-era"): after a capitalised word and a hyphen they make a modifier, not the second syllable
 * of a given name like "Ki-moon" or "Ji-won" (mentions.ts givenNameSyllable).
 */
export const HYPHEN_COMPOUND_TAILS = words(`
  based born bred led backed era style like run made owned held spent level wide area type free sized
  class proof ready old long year week day world only less paid fed laden bound
`);

/** Function words that a capitalised sentence-initial token may be, never a name. */
export const SENTENCE_WORDS = words(`
the a an this that these those in on at of for from by with after before during while when where as
but and or so yet if because although though since until unless however meanwhile still also then
later earlier now today yesterday last next according despite amid among between over under
it he she they we i you his her their its our my your there here what which who how why
`);

/**
 * Words before a capitalised quotation that mark it as the title of a work or a show; a programme
 * is also whom a speaker tells or talks with (`told "Morning Hour"`, `an interview with "Sunday Report"`).
 */
export const TITLE_MARKERS = words(`
on in at with told the titled entitled called named dubbed nickname moniker hashtag
episode broadcast show program programme series documentary film movie book memoir novel song album
play column op-ed essay podcast segment
`);

/** Nouns naming a work: "an episode of", "the film" before a quoted capitalised title. */
export const WORK_NOUNS = words(
  'episode episodes broadcast broadcasts show shows program programme series miniseries documentary film movie drama dramas thriller thrillers sitcom sitcoms comedy comedies book memoir novel song album tune play column op-ed essay podcast segment edition issue',
);

/** Who a work is known by, written right after its quoted title ("“Harbor Lights” star Jo Lund"). */
export const PERFORMER_NOUNS = words('star stars co-star host creator actor actress');

/** Prepositions that end a speaker phrase being read ("Smith of Ohio" keeps "of" for titles only). */
export const PHRASE_BREAKERS = words(`
in on at from by with after before during while when where as to into about than because although
though since until unless over under against without through who which that whose whom and or but
`);

/**
 * Verbs that title-case headlines capitalise ("Jo Smith Says …", "Did Jo Smith …"): never part
 * of a name, so a capitalised run stops at them and does not start with them.
 */
export const HEADLINE_VERBS = words(`
is was were are be been being has had have does did do says said goes went gets got wants tells told
will would can could should might must
`);

/** Titles that tell a person's gender, for agreeing pronouns ("she" after "Ms Ruiz"). */
export const FEMALE_TITLES = words(`
mrs ms miss madam dame lady queen princess congresswoman chairwoman spokeswoman councilwoman
assemblywoman businesswoman actress
`);
export const MALE_TITLES = words('mr sir lord king prince congressman chairman spokesman councilman assemblyman businessman');

/** Words after which a speech verb is a noun: "his comments", "the remarks". */
export const NOUN_MARKERS = words('the a an his her their its our my your this these those');

/**
 * Quantifiers that, right after a preposition, open its object: a speech verb after one is a noun
 * ("at one point", "in one tweet", "at some point", "in each state").
 */
export const OBJECT_QUANTIFIERS = words('one some any every each that which what no another');

/** Words that are objects' markers: a phrase right after one is not a subject. */
export const PREPOSITIONS = words(`
of for in on at from by with to into about over under against without through during after before
among between per via
`);

/**
 * Words after which a speech verb's "-ing" form is a gerund ("drew boos upon saying", "mocked him
 * for calling", "replied by saying"): whoever opens the clause does the saying.
 */
export const GERUND_PREPOSITIONS = words('upon for by after before while without in on when');

/** Words that are prepositions before a noun but open a clause before a subject and its verb ("after Smith said"). */
export const SUBORDINATORS = words('after before since until');

/** Prepositions between a count and the people counted ("four in 10 voters", "two of the members"). */
export const PROPORTION_PREPOSITIONS = words('in of');

/** Words that round a count ("about four in 10", "nearly half of"). */
export const APPROXIMATORS = words('about nearly almost roughly around some only over under');

/** Determiners a noun phrase may leave out between a preposition and its object ("ties to both Harlows"). */
export const OBJECT_DETERMINERS = words('both all');

/** Words after which a new clause (and its subject) begins: "when a nurse at the clinic said", "and an aide …". */
export const CLAUSE_OPENING_WORDS = words('when as while because and but');

/** Prepositions after a role noun that name whom the role serves ("a spokesman for Lund", "an aide to Lund"). */
export const OWNING_PREPOSITIONS = words('for of to');

/**
 * Adjectives that describe a source by its tie to someone or something, with the preposition that
 * names the tie ("a source close to Varga", "a person familiar with the talks"): the source is the
 * whole phrase, not "a source close".
 */
export const TIE_ADJECTIVES: Record<string, readonly string[]> = {
  close: ['to'],
  familiar: ['with'],
  knowledgeable: ['about', 'of'],
  privy: ['to'],
  loyal: ['to'],
  allied: ['with'],
  sympathetic: ['to'],
  opposed: ['to'],
};

/** Prepositions after a name that say where the person is from ("Jo Fields of the Gazette"). */
export const AFFILIATION_PREPOSITIONS = words('of from at');

/** Conjunctions opening a clause that sets other people against the words just quoted ("…," while Vale said). */
export const CONTRAST_OPENERS = words('while whereas although though');

/** Articles: a mention may begin with one but never ends at one. */
export const ARTICLES = words('the a an');

/** Relative pronouns: "an aide who said …" — the verb after one belongs to a relative clause. */
export const RELATIVE_PRONOUNS = words('who that which');

/**
 * Relative pronouns cited as a speech verb's subject, standing for their antecedent ("Okafor, who
 * said …", "the report, which notes …"; a restrictive "which", with no comma, is left to the main
 * clause). "that" is left out: the scored gold and the rough antecedents behind its pronouns
 * disagreed with it on the halves measured.
 */
export const RELATIVE_SUBJECTS = words('who which');

/** Conjunctions that may open a sentence right before its subject: "But a source said …". */
export const CLAUSE_CONJUNCTIONS = words('but and so yet still then');

/** Verbs linking a subject to what it is ("became the first", "remains a"): never the verb of a source's words. */
export const LINKING_VERBS = words('become became becomes becoming remain remained remains seem seemed seems');

/** Conjunctions that, after a comma, open a clause with a subject of its own ("…, but the campaign is claiming …"). */
export const CLAUSE_JOINERS = words('but yet');

/** Words that open a clause's subject rather than an introductory phrase ("The mayor, in a statement, said", "His aide doubled down …, saying"). */
export const SUBJECT_STARTERS = words('the a an he she they it we i his her their its our my');

/** What a speaker issues, whose participle carries the issuer's words: "issued a statement saying …". */
export const ISSUED_NOUNS = words(`
statement statements release releases email emails e-mail ad ads advertisement commercial letter letters
memo memos tweet tweets video message messages mailer mailers flyer flier fundraiser
`);

/** Possessive determiners: "her campaign", "his office". */
export const POSSESSIVE_DETERMINERS = words('his her their its our my your');

/** Particles of phrasal verbs ("put out", "sent up"), whatever the tagger calls them. */
export const VERB_PARTICLES = words('out up off down forth');

/** Adverbs that end a time phrase opening a sentence ("A day later,", "Two weeks earlier,"). */
export const TIME_ADVERBS = words('later earlier ago afterward afterwards');

/** Prepositions opening a time phrase that may stand between a subject and its verb ("Lund on Monday said", "during a visit"). */
export const TIME_PREPOSITIONS = words('on during at in over since until');

/** Forms of "be" that put a speech verb in the passive ("was asked by the host"): the one after "by" speaks. */
export const PASSIVE_AUXILIARIES = words('is are was were be been being');

/** Auxiliaries of a verb in -ing (`is labeling`, `were calling`). */
export const PROGRESSIVE_AUXILIARIES = words('is are was were be been');

/** `Then there's Vale.`, `Here is Lund`: words that present someone as the new topic, with the verb that may follow them. */
export const PRESENTING_WORDS = words('there here');
export const PRESENTING_VERBS = words('is was comes came');

/** Words after a name's "'s" that make it "is" or "has", not a possessive ("Lund's been saying", "Lund's going to"). */
export const CONTRACTED_VERB_FOLLOWERS = words('been got gotten going not never already');

/** Words opening the question after a sentence's first word "Asked" ("Asked whether …", "Asked if …"). */
export const QUESTION_WORDS = words('whether if about how what why who which when');

/** Speech verbs whose object is the person addressed ("told reporters"), never the speaker. */
export const ADDRESSEE_CUES = words('tell tells told telling');

/** Speech verbs that also say a thing goes on ("continued to climb"): before "to" they are not speech. */
export const ASPECTUAL_CUES = words('continue continues continued continuing');

/**
 * Verbs that are speech only in the idiom "as <someone> <verb> it" (`as the memo put it`,
 * `as one aide phrased it`): elsewhere "put it" is setting something down.
 */
export const AS_IT_CUES = words('put puts phrased phrases');

/**
 * Verbs that are speech only with their particle right after them (`Ruiz shot back, "…"`,
 * `Vale fired back`, `an aide chimed in`): elsewhere "shot" or "cut" is no speech.
 */
export const PHRASAL_CUES: Record<string, string> = Object.fromEntries([
  ...[...words('shoot shoots shot shooting fire fires fired firing hit hits hitting snap snaps snapped snapping')].map((v) => [v, 'back']),
  ...[...words('chime chimes chimed chiming cut cuts cutting pipe pipes piped piping')].map((v) => [v, v.startsWith('pip') ? 'up' : 'in']),
]);

/** Verbs that name something (`called the plan "…"`): the phrase after one is what is named, not who speaks. */
export const NAMING_CUES = words(
  'call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling brand brands branded branding term terms termed terming describe describes described describing',
);

/** Prepositions of place: a name right after one is where something happens ("in Lower Charlotte"). */
export const LOCATIVE_PREPOSITIONS = words('in across throughout outside inside near');

/**
 * Head nouns of an institution's name: the capitalised words before one ("Brookings Institution",
 * "Liberty Now PAC") and the "of"/"for" words after it ("Center for Civic Renewal") are its name.
 */
export const INSTITUTION_HEADS = words(`
university college academy academies institute institution department ministry bureau office board council
commission committee bank fund foundation center centre museum association federation league union coalition
alliance party agency organization organisation corporation society pac convention caucus
`);

/**
 * Last words of a newspaper's name: after a place ("The Tulsa Herald", "The Washington Post") they
 * make the whole name a publication's, not a place's.
 */
export const PUBLICATION_HEADS = words(
  'post times journal herald tribune gazette globe sentinel chronicle inquirer observer examiner dispatch courier telegraph sun enquirer republic register bee',
);

/**
 * Title words that also open an institution's name: the chambers, which stand before a title ("House
 * Speaker") and open names too ("House Ways and Means Committee"), and "State" ("State University of
 * Alba", "State Department").
 */
export const INSTITUTION_OPENING_TITLES = words('house senate state');

/** Plural heads that name a group only with an "of"/"for" part after them ("Americans for Prosperity"). */
export const GROUP_NAME_HEADS = words('americans citizens democrats republicans friends veterans women families parents students workers');

/** Words that carry an institution's name on after its head ("Department of Health"). */
export const INSTITUTION_JOINERS = words('of for');

/** Capitalised abbreviations that name a thing or a role, never an organisation ("CEO", "TV", "GDP"). */
export const NOT_ORG_ACRONYMS = words(`
ceo cfo coo cto cio vp tv gdp dna hiv aids id ok pm am lgbt lgbtq us usa uk mp phd mba iq cd dvd pc it ai suv atm
faq icu er vat ipo wmd stem nda ufo asap rsvp ad bc ce ii iii iv vi vii viii ix xi xii pac
`);

/** Abbreviated titles written capitalised right before a name ("Sen. Jo Marsh", "AG Ana Ruiz"). */
export const TITLE_ABBREVIATIONS = words('sen sens rep reps gov govs lt gen col adm sgt capt maj cmdr rev fr dr ag atty supt insp det');

/**
 * What a title written before or after a name says the person is, in the nouns a question asks
 * with ("which senator" for "Sen. Jo Marsh", "which congressman" for "Rep. Jo Marsh" or "a
 * representative from Ohio", "the party chair" for "its chairwoman").
 */
export const TITLE_SENSES: Readonly<Record<string, readonly string[]>> = {
  sen: ['senator'],
  sens: ['senator'],
  gov: ['governor'],
  govs: ['governor'],
  chairwoman: ['chair', 'chairman'],
  chairman: ['chair'],
  chairperson: ['chair', 'chairman'],
  officer: ['cop', 'policeman'],
};

/**
 * Title words that only qualify the title after them ("former Gov.", "state Sen.", "House
 * Speaker") or only address a person ("Mr."), never a title of their own that starts a list item.
 */
export const TITLE_QUALIFIERS = words(`
former late acting state house senate majority minority republican democratic democrat gop independent
u.s us first press deputy assistant vice mr mrs ms miss mx
`);

/**
 * Nouns describing a person in an apposition after an unknown name ("Ana Ruiz, a senior fellow"),
 * besides the role nouns.
 */
export const APPOSITION_PERSON_NOUNS = words(`
fellow member reporter editor columnist analyst student resident worker teacher driver actress actor singer
writer official partner daughter son wife husband mother father widow friend neighbor neighbour owner
executive chairwoman cofounder co-founder lawmaker legislator organizer organiser volunteer researcher
scholar historian sociologist scientist professor lecturer doctor nurse pastor priest rabbi imam
supporter voter delegate protester critic opponent retiree farmer immigrant refugee donor
`);

/**
 * Words that end a place's name and say what kind of place it is ("Elizabeth City", "Virginia
 * Beach", "Grace Falls"): after a given name they still make the pair a place, not a person.
 */
export const PLACE_NAME_HEADS = words(`
city county town township village borough parish beach falls springs spring heights island islands
valley lake lakes hills hill bay harbor harbour port mountain mountains creek river park forest
district province state gardens shores landing junction crossing station
`);

/** Generational suffixes written after a person's name ("Joseph Marsh Jr.", "Lee Hale III"): part of the name. */
export const NAME_SUFFIXES = words('jr sr ii iii iv');

/** Abbreviations that open a place's name with their period ("St. Paul", "Ft. Worth", "Mt. Vernon"). */
export const PLACE_ABBREVIATIONS = words('st ste ft mt');

/**
 * The abbreviations news style writes after a town for its US state or district ("Concord, N.H.",
 * "Springfield, Ill.", "Fresno, Calif."), written here without their periods. Several are also
 * words ("Miss", "Mass", "Ind"): only a comma before and a period after make one a state.
 */
export const STATE_ABBREVIATIONS = words(`
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb
nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex vt va wash wva wis wyo dc
`);

/**
 * Last words of a company's or a group's name beyond the institutions' heads ("Firehouse Strategies",
 * "Blackhawk Mining", "Dish Network", "Broadside Books", "American Action Forum"): capitalised words
 * the tagger does not know, ending in one, name an organisation.
 */
export const ORGANISATION_NAME_HEADS = words(`
network networks mining strategies books pictures studios partners consulting consultants capital media group
forum front ministries technologies communications holdings industries ventures advisors advisers associates
llp llc inc corp co ltd plc airlines publishers publishing records entertainment energy petroleum motors
pharmaceuticals systems solutions labs insurance trust watch project initiative movement
`);

/**
 * Nouns for a kind of organisation: bound to capitalised words the tagger does not know, in
 * apposition ("Centamin, a mining company"; "one group, Save Our Youth,"), as their title ("the
 * Spanish-language network Univision") or after them ("the Televisa network"), they make those words
 * an organisation's name.
 */
export const ORGANISATION_KIND_NOUNS = words(`
company firm group organization organisation nonprofit non-profit charity network channel station broadcaster
newspaper paper tabloid magazine outlet site website publisher publication agency union party startup start-up
studio lender bank fund pac super-pac contractor consultancy foundation institute coalition alliance church
imprint retailer chain manufacturer maker insurer airline automaker conglomerate subsidiary label giant
developer operator provider carrier service
`);

/** Nouns a pollster's or a newsroom's name stands before ("a Quinnipiac poll"), though they are no organisation. */
export const ORGANISATION_PRODUCT_NOUNS = words('poll polls survey surveys');

/** Small words inside an organisation's name, between its capitalised words ("Right to Life", "Council on Foreign Relations"). */
export const ORGANISATION_NAME_CONNECTORS = words('of for to on and the an a');

/**
 * People named by the work they do for an organisation ("a partner at …", "an engineer with …"):
 * beside the role nouns, the name after "at" or "with" is where they work. Not family words: "her
 * father will be buried at …" names a place.
 */
export const WORKER_NOUNS = words(`
partner fellow engineer geologist reporter editor columnist analyst researcher scholar professor lecturer
executive writer official employee consultant associate lobbyist
`);
