/**
 * Word pools for the synthetic corpus. Deliberately broad and overlapping between topics so the
 * search has to tell near-identical quotations apart, as it must in real coverage.
 */
export const FIRST_NAMES = [
  'Amira', 'Ben', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Keiko', 'Liam',
  'Maya', 'Nikolai', 'Olivia', 'Pedro', 'Quinn', 'Rosa', 'Samuel', 'Tara', 'Umar', 'Vera', 'Walter', 'Ximena',
  'Yusuf', 'Zoe', 'Aaron', 'Beatrice', 'Caleb', 'Diana', 'Emil', 'Fatima', 'George', 'Hannah', 'Ivan', 'Julia',
  'Kwame', 'Lena', 'Marco', 'Nadia', 'Oscar', 'Priya', 'Rafael', 'Sofia', 'Thomas', 'Ursula', 'Victor', 'Wanda',
];

/** Syllables for surnames: thousands of distinct, pronounceable, non-lexicon names. */
export const SURNAME_PARTS = [
  ['Al', 'Bar', 'Cor', 'Dal', 'Es', 'Fen', 'Gor', 'Hal', 'Is', 'Jar', 'Kel', 'Lor', 'Mar', 'Nor', 'Ost', 'Pel', 'Quar', 'Ros', 'Sel', 'Tor', 'Val', 'Wes', 'Yar', 'Zel'],
  ['a', 'e', 'i', 'o', 'u', 'ra', 'le', 'vi', 'do', 'ne'],
  ['ban', 'dez', 'mont', 'ski', 'ton', 'vic', 'well', 'lund', 'berg', 'ford', 'rez', 'nik', 'sen', 'ley'],
];

export const ORG_HEADS = ['National', 'City', 'Regional', 'United', 'Northern', 'Coastal', 'Federal', 'Metro', 'Central', 'Harbor'];
export const ORG_TAILS = ['Transit Authority', 'Housing Council', 'Water Board', 'Health Service', 'Teachers Union', 'Chamber of Commerce', 'Energy Agency', 'Police Department', 'Farmers Alliance', 'Port Authority', 'Climate Institute', 'Ministry of Finance'];
export const ROLES = ['mayor', 'spokeswoman', 'spokesman', 'director', 'chief executive', 'minister', 'union leader', 'economist', 'council member', 'professor', 'resident', 'senator'];

export const PLACES = [
  'Lyon', 'Porto', 'Graz', 'Leeds', 'Bilbao', 'Tampere', 'Gdansk', 'Utrecht', 'Brno', 'Malmo', 'Cork', 'Genoa',
  'Kraków', 'Aarhus', 'Ghent', 'Plovdiv', 'Riga', 'Tartu', 'Split', 'Turin', 'Seville', 'Basel', 'Bergen', 'Lille',
];
export const COUNTRIES = ['Iran', 'Iraq', 'Libya', 'Somalia', 'Sudan', 'Syria', 'Yemen', 'Chad', 'Mali', 'Peru', 'Chile', 'Nepal', 'Laos', 'Oman'];
export const OUTLETS = ['The Ledger', 'Daily Courier', 'Northern Times', 'Metro Wire', 'The Observer-Post', 'Harbor News'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

export const TOPICS: Record<string, string[]> = {
  housing: ['rents', 'tenants', 'landlords', 'apartments', 'mortgages', 'evictions', 'zoning', 'developers', 'shelters', 'homeowners'],
  transit: ['buses', 'fares', 'commuters', 'trains', 'tram lines', 'bike lanes', 'traffic', 'timetables', 'stations', 'drivers'],
  water: ['reservoirs', 'pipes', 'drought', 'rainfall', 'leaks', 'pumping stations', 'floods', 'wells', 'water bills', 'rivers'],
  schools: ['teachers', 'classrooms', 'pupils', 'exams', 'tuition', 'school meals', 'principals', 'curriculum', 'playgrounds', 'textbooks'],
  health: ['hospitals', 'nurses', 'waiting lists', 'vaccines', 'clinics', 'ambulances', 'patients', 'doctors', 'prescriptions', 'beds'],
  budget: ['taxes', 'deficits', 'spending cuts', 'pensions', 'bonds', 'subsidies', 'audits', 'payrolls', 'grants', 'reserves'],
  climate: ['emissions', 'heatwaves', 'solar panels', 'wind farms', 'carbon', 'wildfires', 'coastlines', 'insulation', 'heat pumps', 'glaciers'],
  policing: ['officers', 'patrols', 'arrests', 'body cameras', 'complaints', 'burglaries', 'curfews', 'detectives', 'checkpoints', 'witnesses'],
  trade: ['tariffs', 'exports', 'factories', 'shipping', 'suppliers', 'customs', 'steel', 'harbors', 'warehouses', 'containers'],
  migration: ['refugees', 'visas', 'asylum claims', 'border crossings', 'families', 'deportations', 'interpreters', 'camps', 'permits', 'airports'],
};

export const VERBS = [
  'protect', 'fund', 'fix', 'ignore', 'rebuild', 'cut', 'support', 'defend', 'review', 'expand', 'delay', 'replace',
  'question', 'welcome', 'reject', 'double', 'freeze', 'audit', 'modernize', 'abandon', 'prioritize', 'measure',
];
export const ADJECTIVES = [
  'reckless', 'overdue', 'fair', 'costly', 'urgent', 'modest', 'historic', 'unworkable', 'sensible', 'cruel',
  'bold', 'careless', 'honest', 'fragile', 'ambitious', 'vague', 'serious', 'generous', 'short-sighted', 'durable',
];
export const OPENERS = [
  'Frankly,', 'Let me be clear:', 'Honestly,', 'Look,', 'For years', 'Right now', 'In my view', 'Every week',
  'Nobody here believes', 'We have said all along that', 'The truth is that', 'I think', 'Believe me,', '',
];
export const SUBJECTS = ['we', 'this city', 'the council', 'our members', 'the government', 'families', 'the region', 'people', 'nobody', 'every neighborhood'];
export const MODALS = ['cannot', 'will', 'must', 'should not', 'will never', 'need to', 'are ready to', 'refuse to', 'have to', 'want to'];
export const TAILS = [
  'before the winter', 'without a real plan', 'for the next decade', 'while prices keep rising', 'and everyone knows it',
  'if the numbers hold', 'at any cost', 'starting next month', 'as fast as we can', 'despite the warnings',
  'because the money is there', 'until the review is done', 'on our watch', 'for our children', 'in every district',
];
export const CUES = ['said', 'told reporters', 'added', 'warned', 'insisted', 'wrote in a statement', 'said in an interview', 'argued', 'explained', 'told the Daily Courier'];
export const FILLERS = [
  'Officials did not respond to requests for comment.',
  'The proposal will go to a vote later this year.',
  'Critics say the timeline is unrealistic.',
  'Several residents attended the meeting to voice their concerns.',
  'The figures were published in an annual report.',
  'Supporters argue the change is long overdue.',
  'A spokesperson for the opposition declined to comment.',
  'The debate is expected to continue for weeks.',
];
