/**
 * The one lexicon of copydesk: stop words, stemmers, negation, hedging and
 * attribution cues, calendar and number words. Every stage imports its word
 * lists and stemmers from here (issue 11). All entries are token norms
 * (lower case, folded as `tokenize` folds them) unless a list says otherwise.
 *
 * @remarks
 * Lists that differ in content stay separate and are named after the check
 * that reads them (`SIMILARITY_STOPWORDS`, `PREDICATE_IGNORED`): merging them
 * would change what each check decides. Where lists coincide exactly they are
 * built from one named part (`MODAL_VERBS`). Every set is read-only: `add`,
 * `delete` and `clear` throw.
 *
 * @packageDocumentation
 */

/** Refuses a change to a lexicon set. */
function readOnly(): never {
  throw new TypeError('A copydesk lexicon set is read-only; copy it (`new Set(list)`) to change it.');
}

/** A read-only set of `values`: `add`, `delete` and `clear` throw. */
function frozenSet<T>(values: Iterable<T>): ReadonlySet<T> {
  const s = new Set(values);
  Object.defineProperties(s, { add: { value: readOnly }, delete: { value: readOnly }, clear: { value: readOnly } });
  return Object.freeze(s);
}

/** The words of `words` (separated by white space), and those of `parts`, as a read-only set. */
const set = (words: string, ...parts: ReadonlySet<string>[]): ReadonlySet<string> =>
  frozenSet([...words.split(/\s+/).filter((w) => w !== ''), ...parts.flatMap((p) => [...p])]);

/** A frozen list of the words of `words`, in order (for regular expressions and indexes, where order counts). */
const list = (words: string): readonly string[] => Object.freeze(words.split(/\s+/).filter((w) => w !== ''));

/**
 * Function words: a change limited to these is `minor`. The diff stage's
 * stop words (`diff/rules/tokens.ts`, `diff/rules/speaker.ts`,
 * `diff/expressions.ts`); hand-made for change typing.
 */
export const FUNCTION_WORDS = set(`
a an the and or but if of to in on at by for with from as into onto about over under after before than then
that this these those there here it its it's is are was were be been being am has have had having do does did
he she they we you i me him her them us his hers their our your my who whom whose which what when where why how
so such very just up out more most some any all each both other own same too also now still already even yet
while during since until via per against among between through upon off s ' around across amid despite within
near toward along behind beyond inside outside following including
`);

/**
 * Short words a title leaves in lower case (`Letters to the Editor`): articles, the shortest conjunctions and
 * prepositions. The normalize stage tells a menu's items (in title case) from a list's (in sentence case) by
 * them (`normalize/steps/09-fragments.ts`).
 */
export const TITLE_SMALL_WORDS = set('a an and as at by for from in of on or the to with');

/** Pronouns: never a named speaker (`diff/quotes.ts`). */
export const PRONOUNS = set('he she they it we i you who this that one someone somebody');

/**
 * Attribution cues (single tokens) of the diff stage's attribution rule
 * (`diff/rules/cues.ts`). `according` needs its neighbour (`according to`).
 */
export const ATTRIBUTION_WORDS = set(`
said say says saying told tell tells telling reported quoted quoting citing cited cites according added adds stated
`);

/** Attribution verbs that can introduce or follow a direct quote (`diff/quotes.ts`). */
export const QUOTE_VERBS = set(`
said says say told tells added adds noted notes stated states wrote writes explained explains asked asks insisted insists
warned warns declared declares replied replies continued continues recalled recalls quoted quoting reported reports
remarked remarks argued argues commented comments observed observes announced announces claimed claims concluded
concludes stressed stresses emphasised emphasized emphasises emphasizes tweeted tweets according
`);

/**
 * Modal and hedging cues of the diff stage's hedging rule (`diff/rules/cues.ts`;
 * single tokens; those of {@link HEDGE_NEEDS_TO} only before `to`).
 */
export const HEDGE_WORDS = set(`
will would may might could can should must shall probably likely unlikely possibly perhaps maybe reportedly allegedly
apparently expected set poised seems seem seemed appears appear appeared supposedly presumably potentially purportedly
suspected alleged possible probable unconfirmed rumored rumoured
`);

/**
 * Negation cues; a norm ending in `n't` is a negation too ({@link isNegation}).
 * Read by the diff stage's negation rule and the sentence scorer's
 * negation feature: the two lists they held before issue 11 were equal.
 */
export const NEGATION_WORDS = set('not no never nothing nobody none neither nor without cannot nowhere');

/** Weekday names and their abbreviations. */
export const WEEKDAYS = set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
);

/** Month names and their abbreviations (`may` only when capitalized: see the expression finder). */
export const MONTHS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);

/** Words that are a date or time on their own. */
export const DATE_WORDS = set(
  'today yesterday tomorrow tonight overnight weekend morning afternoon evening night noon midnight',
);

/** Units that follow `last`, `next`, `this`, `earlier this` to form a relative date. */
export const RELATIVE_UNITS = set(
  'week month year decade century weekend quarter season summer winter spring autumn fall',
);

/** Time suffixes after a number. */
export const TIME_SUFFIXES = set('am pm gmt utc est edt pst bst cet');

/** A lookup table without a prototype, so words like `constructor` or `toString` find nothing. */
function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Scale words multiplying the number before them. */
export const SCALES: Readonly<Record<string, number>> = lookupTable({
  dozen: 12,
  hundred: 100,
  hundreds: 100,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  mln: 1e6,
  mil: 1e6,
  mn: 1e6,
  billion: 1e9,
  billions: 1e9,
  bln: 1e9,
  bn: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12,
  k: 1e3,
  m: 1e6,
  b: 1e9,
});

/** Ordinal words and their values (`seventieth` → 70). */
export const ORDINALS: Readonly<Record<string, number>> = lookupTable({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
});

/** Unit words after a number, mapped to one canonical unit. */
export const UNITS: Readonly<Record<string, string>> = lookupTable({
  percent: '%',
  pct: '%',
  pc: '%',
  '%': '%',
  'percentage points': 'pp',
  dollars: '$',
  dollar: '$',
  usd: '$',
  euros: '€',
  euro: '€',
  eur: '€',
  pounds: '£',
  pound: '£',
  gbp: '£',
  yen: '¥',
  yuan: 'yuan',
  rupees: 'rupee',
  roubles: 'rouble',
  rubles: 'rouble',
  km: 'km',
  kilometers: 'km',
  kilometres: 'km',
  miles: 'mile',
  mile: 'mile',
  kg: 'kg',
  kilograms: 'kg',
  tons: 't',
  tonnes: 't',
});

/** Currency symbols before a number. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = lookupTable({
  $: '$',
  '€': '€',
  '£': '£',
  '¥': '¥',
  '₩': 'won',
  '₽': 'rouble',
});

/** Tells whether a token norm is a negation cue. */
export function isNegation(norm: string): boolean {
  return NEGATION_WORDS.has(norm) || norm.endsWith("n't");
}

/**
 * Common English given names and their short forms (`Dave` / `David`,
 * `Jim` / `James`): the same person named two ways, not a name change.
 */
export const GIVEN_NAME_FORMS: ReadonlyMap<string, string> = new Map(
  `dave:david jim:james jimmy:james bill:william billy:william will:william bob:robert rob:robert bobby:robert
  mike:michael mick:michael tom:thomas tommy:thomas joe:joseph dick:richard rick:richard rich:richard tony:anthony
  chris:christopher steve:steven steve:stephen dan:daniel danny:daniel matt:matthew nick:nicholas pat:patrick
  sam:samuel ben:benjamin ed:edward ted:edward alex:alexander andy:andrew drew:andrew greg:gregory jeff:jeffrey
  ken:kenneth larry:lawrence ron:ronald tim:timothy don:donald jon:jonathan liz:elizabeth beth:elizabeth
  kate:katherine kathy:katherine sue:susan jenny:jennifer jen:jennifer meg:margaret peggy:margaret vicky:victoria
  charlie:charles chuck:charles fred:frederick frank:francis hank:henry harry:henry jack:john johnny:john
  len:leonard leo:leonard phil:philip ray:raymond walt:walter wes:wesley zach:zachary gabe:gabriel`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** Whether two given names are forms of one name (`Dave` / `David`). */
export function sameGivenName(a: string, b: string): boolean {
  return a === b || GIVEN_NAME_FORMS.get(a) === b || GIVEN_NAME_FORMS.get(b) === a;
}

// ---------------------------------------------------------------------------
// Stop words of the similarity and alignment stages.
// ---------------------------------------------------------------------------

/**
 * Modal verbs (`will`, `may`, `must`): a part shared exactly by
 * {@link SIMILARITY_STOPWORDS} and {@link PREDICATE_FUNCTION_WORDS}. Not in
 * {@link FUNCTION_WORDS}, since the diff stage types a changed modal as
 * hedging ({@link HEDGE_WORDS}).
 */
export const MODAL_VERBS = set('will would shall should can could may might must');

/**
 * Stop words of the sentence scorer: words left out of its content-word and
 * stem sets, and never counted as names or rare words
 * (`similarity/features.ts`). Moved from there unchanged (issue 11). It
 * differs from {@link FUNCTION_WORDS}: it holds the modals, `said`/`says`/`say`,
 * `not`, `no`, `n't` and the tokenizer's `s` and `t`, and lacks the longer
 * prepositions (`during`, `between`, `despite`); the scoring model was
 * fitted with this list, so it stays as it is.
 */
export const SIMILARITY_STOPWORDS = set(
  `a an the and or but if of to in on at by for with from as into onto about over under after before than then
  that this these those there here it its it's is are was were be been being am has have had having do does did
  he she they we you i me him her them us his hers their our your my mine who whom whose which what when where why how
  said says say also not no n't so such very just up out more most some any all each both other only own same too s t`,
  MODAL_VERBS,
);

/**
 * Function words of the predicate check of the alignment stage
 * (`align/predicate.ts`): words that say nothing about what happened. Moved
 * from there unchanged (issue 11); half of its `IGNORED` list, the other
 * half being {@link REPORTING_VOCABULARY}. It differs from
 * {@link FUNCTION_WORDS} (it holds the modals, `not`, `no`, `without`,
 * `because`; it lacks `now`, `still`, `even`, `s`), and the alignment
 * thresholds were set with it.
 */
export const PREDICATE_FUNCTION_WORDS = set(
  `a an the and or but nor of to in on at for from by with as into onto over under about after before since than then
  is are was were be been being am has have had do does did
  it its this that these those there their they them he him his she her we our us you your i me my who whom which what
  when where why how all any some such not no so if also just very more most other only own same too out up down off
  between among against during through within without while because although though across around toward towards
  upon via per amid despite until unless whether
  again further once here each few both`,
  MODAL_VERBS,
);

/**
 * The vocabulary of attribution: who said something, not what happened
 * (`said`, `according`, `spokesman`, `news agency`). Half of the predicate
 * check's `IGNORED` list (`align/predicate.ts`), moved unchanged (issue 11).
 * Wider than {@link ATTRIBUTION_WORDS} (the diff stage's cues), which holds
 * `cites` and `adds` that this list lacks.
 */
export const REPORTING_VOCABULARY = set(`
said says say saying told tells tell telling reported reports reporting report
according citing cited quoted quoting added adding stated statement announced confirmed spokesman spokeswoman
spokesperson official officials source sources agency news media outlet newspaper daily wire press
`);

/**
 * Words the predicate check ignores: {@link PREDICATE_FUNCTION_WORDS} and
 * {@link REPORTING_VOCABULARY}. Two sentences that share only these (and
 * names) report different facts. Equal, element for element, to the
 * `IGNORED` set `align/predicate.ts` held before issue 11.
 */
export const PREDICATE_IGNORED = set('', PREDICATE_FUNCTION_WORDS, REPORTING_VOCABULARY);

/**
 * Shortest word (in characters) that can be a predicate word: shorter ones
 * (`up`, `go`, `UN`) are function words or fragments. Reasoned with the
 * predicate check (`align/predicate.ts`, where it was `MIN_PREDICATE_WORD_LENGTH`); hand-set, not fitted.
 */
export const PREDICATE_MIN_LENGTH = 3;

// ---------------------------------------------------------------------------
// Cues read in context by the diff stage.
// ---------------------------------------------------------------------------

/** Hedge words that hedge only before `to` (`expected to`, `seems to`); from `diff/rules/cues.ts`. */
export const HEDGE_NEEDS_TO = set('expected set poised seems seem seemed appears appear appeared');

/** Forms of `fail` that negate before `to` (`failed to meet` says `did not meet`); from `diff/rules/cues.ts`. */
export const FAIL_FORMS = set('fail fails failed failing failure');

// ---------------------------------------------------------------------------
// Words around dates (diff stage expressions).
// ---------------------------------------------------------------------------

/** Words before a four-digit number that make it a year (`in 2015`, `since 1990`, `spring 2014`); from `diff/expressions.ts`. */
export const YEAR_PREPOSITIONS = set(`
in since by of from until till through before after early late mid during between and to spring summer autumn winter fall
`);

/** Words before an ambiguous month name (`May`, `Mar`, `Jan`, `Sun`, `Sat`) that make it a month (`in May`); from `diff/expressions.ts`. */
export const MONTH_LEADS = set(
  'in on of since by until from last next this early late mid end through before after during',
);

/** Words that open a relative date (`last week`, `coming months`); from `diff/expressions.ts`. */
export const RELATIVE_DATE_LEADS = set('last next this past coming previous following');

/** Units before `ago` (`three days ago`); from `diff/expressions.ts`. */
export const AGO_UNITS = set('day days week weeks month months year years hours decades');

/**
 * Subjects after a sentence-opening modal `May` (`May I ask`, `May God`):
 * then `May` is no month. From `diff/expressions.ts`; not {@link PRONOUNS}
 * (which holds `one`, `someone` and lacks `god`).
 */
export const MODAL_MAY_SUBJECTS = set('i we you he she they it this that god');

// ---------------------------------------------------------------------------
// Words around quotes (diff stage quote finder).
// ---------------------------------------------------------------------------

/** Words that end the clause before a quote's speaker (`and`, `because`); from `diff/quotes.ts`. */
export const QUOTE_CLAUSE_STOPS = set(
  'and but that when while as which who because after before where if although though since',
);

/** Auxiliaries and adverbs skipped between a speaker and the quote verb (`has also said`); from `diff/quotes.ts`. */
export const QUOTE_SKIPPED_BEFORE_VERB = set('had has have also then later once again further repeatedly was is');

/** Words after which a speaker's name does not go on (`said X in Moscow`); from `diff/quotes.ts`. */
export const QUOTE_SPEAKER_STOPS_AFTER = set('in on at when while after as during before to that');

// ---------------------------------------------------------------------------
// Citation cues (provenance stage), as ordered lists for regular expressions.
// ---------------------------------------------------------------------------

/**
 * Reporting verbs after an outlet's name (`Yonhap said`, `TASS reported`),
 * in the order of the alternation of `provenance/find-citations.ts`.
 */
export const CITATION_VERBS_AFTER = list(`
said says reported reports quoted quoting cited citing featured features published carried wrote writes announced
broadcast aired revealed confirmed added noted claimed stated learned obtained showed
`);

/**
 * Attribution phrases before an outlet's name (`according to TASS`, `told
 * CNN`), in the order of the alternation of `provenance/find-citations.ts`.
 */
export const CITATION_PHRASES_BEFORE: readonly string[] = Object.freeze([
  'according to',
  'quoted by',
  'cited by',
  'reported by',
  'told',
  'in an interview with',
  'in a report by',
  'in a statement to',
  'as reported by',
]);

/**
 * Cues anywhere in the clause an outlet's name opens (`Yonhap news agency
 * quoted ... as saying`), in the order of `provenance/find-citations.ts`.
 */
export const CITATION_CUES_ANYWHERE: readonly string[] = Object.freeze([
  'said',
  'reported',
  'quoted',
  'according to',
  'citing',
  'cited',
  'told',
]);

// ---------------------------------------------------------------------------
// Number words.
// ---------------------------------------------------------------------------

/**
 * The number words below ten, by value (`DIGIT_WORDS[7]` is `seven`):
 * `tokenize` joins `twenty-five` when the second word is one of these. From
 * `provenance/reuse-tokens.ts`, whose scanner must agree with `tokenize`.
 */
export const DIGIT_WORDS = list('zero one two three four five six seven eight nine');

// ---------------------------------------------------------------------------
// Stemmers. Each is a pure function of a token norm; they differ, and each
// stage keeps the one its thresholds were set with.
// ---------------------------------------------------------------------------

/** `kim's` → `kim`: a norm without its possessive `'s` (`tokenize` folds `’` to `'`). */
export function stripPossessive(norm: string): string {
  return norm.endsWith("'s") ? norm.slice(0, -2) : norm;
}

/**
 * The first five characters of a norm, after {@link stripPossessive}
 * (`celebrates` and `celebration` share `celeb`). The stem of the alignment
 * stage's predicate check (`align/predicate.ts`), moved unchanged.
 */
export function prefixStem5(norm: string): string {
  const w = stripPossessive(norm);
  return w.length > 5 ? w.slice(0, 5) : w;
}

/**
 * Light suffix stripping so inflections meet: `states`, `stated`, `stating`
 * and `state` all become `stat`; `Kim's` becomes `kim`. One of `-ies` (to
 * `y`), `-ing`, `-ed`, `-s` (not `-ss`, `-us`, `-is`) goes from words over
 * four characters, then a final `e` from words over three. The stemmer of
 * the sentence scorer (`similarity/features.ts`), moved unchanged; its model
 * was fitted with it.
 */
export function lightStem(norm: string): string {
  let w = stripPossessive(norm);
  if (w.length > 4) {
    if (w.endsWith('ies')) w = w.slice(0, -3) + 'y';
    else if (w.endsWith('ing')) w = w.slice(0, -3);
    else if (w.endsWith('ed')) w = w.slice(0, -2);
    else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Crude stem so that inflections compare equal (`confirmed` / `confirms`):
 * `-ies` becomes `-y`, then the longest of `ings ing ed es e s ly ers er`
 * goes. Norms shorter than `minLength` are kept whole. The stemmer of the
 * diff stage's rewording check (`diff/rules/tokens.ts`, with its
 * `STEM_MIN_LENGTH`), moved unchanged.
 *
 * @param norm - A token norm.
 * @param minLength - Shortest norm that is stemmed.
 */
export function crudeStem(norm: string, minLength: number): string {
  if (norm.length < minLength) return norm;
  const w = norm.endsWith('ies') ? `${norm.slice(0, -3)}y` : norm;
  if (w.endsWith('ings')) return w.slice(0, -4);
  if (w.endsWith('ing') || w.endsWith('ers')) return w.slice(0, -3);
  if (w.endsWith('ed') || w.endsWith('es') || w.endsWith('ly') || w.endsWith('er')) return w.slice(0, -2);
  if (w.endsWith('e') || w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Bounds of {@link lemmaCandidates}. */
export interface LemmaLimits {
  /** Shortest candidate kept. */
  readonly minLength: number;
  /** Shortest stem whose doubled final consonant is undoubled (`stopped` → `stop`). */
  readonly minDoubledStem: number;
}

/**
 * Base-form candidates of a lower-case word, most specific first: the word
 * itself, then WordNet's detachment rules (`ties` → `tie`, `seeking` →
 * `seek`, `celebrates` → `celebrate`, `stopped` → `stop`, `closer` →
 * `close`). Candidates are not checked against any dictionary. The
 * lemmatizer of the diff stage's synonym lookup (`diff/synonyms.ts`, with its
 * `LEMMA` bounds), moved unchanged.
 *
 * @param word - A lower-case word.
 * @param limits - See {@link LemmaLimits}.
 * @returns The candidates, without duplicates.
 */
export function lemmaCandidates(word: string, limits: LemmaLimits): string[] {
  const out = [word];
  const add = (w: string) => {
    if (w.length >= limits.minLength && !out.includes(w)) out.push(w);
  };
  const w = stripPossessive(word);
  add(w);
  const strip = (suffix: string, replacement: string) => {
    if (w.length > suffix.length + 1 && w.endsWith(suffix)) add(w.slice(0, -suffix.length) + replacement);
  };
  strip('ies', 'y');
  strip('ches', 'ch');
  strip('shes', 'sh');
  strip('sses', 'ss');
  strip('xes', 'x');
  strip('zes', 'z');
  strip('men', 'man');
  if (!w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) strip('s', '');
  strip('es', 'e');
  for (const suffix of ['ing', 'ed', 'er', 'est']) {
    strip(suffix, 'e');
    strip(suffix, '');
    const stem = w.slice(0, -suffix.length);
    // Doubled final consonant: `stopped` → `stop`, `bigger` → `big`.
    if (
      w.endsWith(suffix) &&
      stem.length >= limits.minDoubledStem &&
      stem.at(-1) === stem.at(-2) &&
      !/[aeiouls]$/.test(stem)
    ) {
      add(stem.slice(0, -1));
    }
  }
  strip('ied', 'y');
  strip('ier', 'y');
  strip('iest', 'y');
  return out;
}

// --- Word lists of the normalize stage (moved from normalize/not-article.ts and normalize/words.ts). ---

/**
 * Words that name interface or platform things: accounts, pages, players,
 * crawls, feeds. Words news uses as often in other senses (share, sign,
 * follow, post, terms, comment, form, files, location) are left out.
 */
export const PAGE_INTERFACE_WORDS: ReadonlySet<string> = frozenSet(
  `
account accounts app apps archive archived archives archiving browser browsers button buttons captures cart checkout
click clicking clicks collection collections cookie cookies crawl crawled crawler crawlers crawling crawls data
dataset disabled domain domains download downloads e-mail email embed embeds enable enabled facebook homepage
instagram interactive internet javascript links loaded loading logged login logout menu newsfeed newsletter
notifications online page pages password petition playlist plugin privacy rating register registering registration
reload rented retweet signup site sites subscribe subscriber subscribers subscription transcript tweet tweets twitter
upload uploaded url urls user username users video videos warc web webmaster webpage website websites widget wiki wikis
youtube
`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Verbs that open an instruction to the reader; openings news uses otherwise (`Like`, `Update`, `Help`, `Support`) are left out. */
export const READER_IMPERATIVES: ReadonlySet<string> = frozenSet(
  `
browse check choose click contact download enable enter follow get join learn let's log meet please read register scroll
see select share shop sign skip subscribe tap thank try visit watch
`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** The page speaking as itself. */
export const FIRST_PERSON_WORDS: ReadonlySet<string> = frozenSet([
  'i',
  'me',
  'my',
  'we',
  'us',
  'our',
  "let's",
  "i'm",
  "i've",
  "we're",
  "we've",
]);

/** The reader addressed. */
export const SECOND_PERSON_WORDS: ReadonlySet<string> = frozenSet([
  'you',
  'your',
  'yours',
  "you're",
  "you've",
  "you'll",
  "you'd",
  'yourself',
]);

/**
 * Attribution verbs, reporting nouns and weekdays: the marks of reported news.
 * Not the diff lexicon's attribution cues, whose `added` and `tell` occur in
 * notices (`these data are added to the Wayback Machine`).
 */
export const REPORTING_MARKS: ReadonlySet<string> = frozenSet(
  `
said says told according reported reports announced confirmed declined stated testified alleged arrested
spokesman spokeswoman spokesperson officials authorities police prosecutors investigators
monday tuesday wednesday thursday friday saturday sunday
`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * Stop words of topical comparisons (`contentStems`: the not-article check
 * and the tail of a page compare content stems); hand-made, not fitted.
 */
export const TOPIC_STOPWORDS: ReadonlySet<string> = frozenSet(
  'the a an and or but of to in on at for from by with as is are was were be been being has have had do does did it its this that these those there their they them he him his she her we our us you your i me my not no so if than then also just about into over after before more most very can could would should will may might must said says say one two new who whom which what when where why how all any some such other only own same too out up down off again further once here each few both'.split(
    ' ',
  ),
);
