/**
 * Word lists used to type changes. All entries are token norms (lower case,
 * folded as `tokenize` folds them).
 *
 * @packageDocumentation
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter((w) => w !== ''));

/** Function words: a change limited to these is `minor`. */
export const FUNCTION_WORDS = set(`
a an the and or but if of to in on at by for with from as into onto about over under after before than then
that this these those there here it its it's is are was were be been being am has have had having do does did
he she they we you i me him her them us his hers their our your my who whom whose which what when where why how
so such very just up out more most some any all each both other own same too also now still already even yet
while during since until via per against among between through upon off s ' around across amid despite within
near toward along behind beyond inside outside following including
`);

/** Pronouns: never a named speaker. */
export const PRONOUNS = set('he she they it we i you who this that one someone somebody');

/** Attribution cues (single tokens). `according` and `quoting` need their neighbour (`according to`). */
export const ATTRIBUTION_WORDS = set(`
said say says saying told tell tells telling reported quoted quoting citing cited cites according added adds stated
`);

/** Attribution verbs that can introduce or follow a direct quote. */
export const QUOTE_VERBS = set(`
said says say told tells added adds noted notes stated states wrote writes explained explains asked asks insisted insists
warned warns declared declares replied replies continued continues recalled recalls quoted quoting reported reports
remarked remarks argued argues commented comments observed observes announced announces claimed claims concluded
concludes stressed stresses emphasised emphasized emphasises emphasizes tweeted tweets according
`);

/** Modal and hedging cues (single tokens; `expected`, `set`, `likely` and friends also as `is expected to`). */
export const HEDGE_WORDS = set(`
will would may might could can should must shall probably likely unlikely possibly perhaps maybe reportedly allegedly
apparently expected set poised seems seem seemed appears appear appeared supposedly presumably potentially purportedly
suspected alleged possible probable unconfirmed rumored rumoured
`);

/** Negation cues; a norm ending in `n't` is a negation too. */
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

/** Scale words multiplying the number before them. */
/** A lookup table without a prototype, so words like `constructor` or `toString` find nothing. */
function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export const SCALES: Readonly<Record<string, number>> = lookupTable({
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
