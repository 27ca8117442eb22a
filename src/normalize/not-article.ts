/**
 * Whether a scraped page is an article at all. Users feed copydesk whatever
 * their scraper returns, and some pages carry no authored prose of their own:
 * social-media embed notices, web-archive crawl notices, sign-in, shop and
 * petition widgets, video stubs, JavaScript notices, teaser lists of headlines,
 * video descriptions, lyrics. {@link detectNotArticle} tells them apart from
 * articles, however short, by reading the body lines that survive the
 * furniture rules (issue 12).
 *
 * @packageDocumentation
 */

import {
  FIRST_PERSON_WORDS,
  FUNCTION_WORDS,
  PAGE_INTERFACE_WORDS,
  READER_IMPERATIVES,
  REPORTING_MARKS,
  SECOND_PERSON_WORDS,
} from '../core/lexicon';
import type { Article, TextSpan } from '../core/types';
import { splitSentences } from '../segment/split-sentences';
import { isSpace } from './rules/line-scanner';
import { NOT_ARTICLE_TUNING } from './tuning';
import { lowerWord, WordClass, WordScanner } from './word-scan';

export { NOT_ARTICLE_TUNING };

/** The measures {@link detectNotArticle} decides from, reported so a user can check a verdict. */
export interface NotArticleSignals {
  /** Non-blank body lines looked at. */
  readonly lines: number;
  /** Words in those lines. */
  readonly words: number;
  /** Sentences looked at. */
  readonly sentences: number;
  /** Prose sentences: six words or more, sentence punctuation, an English function word. */
  readonly proseSentences: number;
  /**
   * Words of authored prose: prose sentences that do not address the reader
   * (first-person prose included). A sentence wholly inside quotation marks
   * counts only on a page with reporting signals: without them, it is someone
   * else's text pasted in (a video description quoting an article).
   */
  readonly authoredWords: number;
  /** Words of sentences that address the reader: `you`, `your` or an imperative opening, outside quotation marks. */
  readonly addressedWords: number;
  /** Words of first-person prose (`I`, `we` outside quotation marks); authored only on a page that also reports. */
  readonly personalWords: number;
  /** Words of prose sentences wholly inside quotation marks: someone else's words. */
  readonly quotedWords: number;
  /** Share of the content words (not function words) from the interface vocabulary, to three decimals. */
  readonly interfaceDensity: number;
  /** Sentences that ask the reader to act: an imperative opening (`Click`, `Sign`, `Let's`) or `please`, outside quotation marks. */
  readonly callsToAction: number;
  /**
   * Share of English function words in the sentences shaped like prose (six
   * words or more, sentence punctuation), to three decimals: about 0.4 in
   * English prose, near 0 in other languages.
   */
  readonly englishShare: number;
  /** Paragraphs that open with their heading printed twice (teaser widgets). */
  readonly teaserParagraphs: number;
  /** Reporting signals: attribution verbs and reporting nouns, weekdays, and the dateline, byline and credit of the context. */
  readonly reportingSignals: number;
}

/** Result of {@link detectNotArticle}. */
export interface NotArticleVerdict {
  /** Whether the page has no authored prose of its own. */
  readonly notArticle: boolean;
  /** Why, in a sentence that starts with the kind of page (empty for an article). */
  readonly reason: string;
  /** The measures behind the verdict. */
  readonly signals: NotArticleSignals;
}

/**
 * Where the caller has the lines already: line `k` is `text.slice(starts[k], ends[k])`, and its sentences are
 * `sentences(k)` (as `splitSentences` gives them). Reading ranges of one flat text is faster than reading slices.
 *
 * @internal
 */
export interface NotArticleBody {
  readonly text: string;
  readonly starts: readonly number[];
  readonly sentences: (line: number) => readonly TextSpan[];
  /**
   * Whether only the verdict matters: reading stops as soon as the lines left cannot change it, and the signals
   * then count the lines read.
   */
  readonly verdictOnly?: boolean;
  /**
   * `false` when line `k` cannot open with its heading printed twice (a cheap test the caller has, a necessary
   * condition), so the heading check skips it; `undefined` when the caller cannot tell.
   */
  readonly mayOpenWithHeading?: (line: number) => boolean | undefined;
  /** The words of the lines read already, for lines whose words are runs of ASCII letters and digits. */
  readonly words?: NotArticleWords;
}

/**
 * Words of the body read already (in the caller's text): the hash of each word lower-cased (FNV-1a), where it
 * starts, its length, whether it holds a lower-case letter. `range(k)` gives the entries of line `k`, or `undefined`
 * for a line whose words are not runs of ASCII letters and digits (it is read again).
 *
 * @internal
 */
export interface NotArticleWords {
  readonly hashes: Int32Array;
  readonly starts: Int32Array;
  readonly lengths: Int32Array;
  readonly lower: Uint8Array;
  readonly range: (line: number) => readonly [number, number] | undefined;
}

/** Metadata the normalizer found around the body; each is a reporting signal. */
export interface NotArticleContext {
  /** The body opens with a dateline (`MOSCOW (Reuters) -`). */
  readonly dateline?: boolean;
  /** A byline was found. */
  readonly byline?: boolean;
  /** A wire credit line was found. */
  readonly credit?: boolean;
}

/** The word classes counted, read in one pass a sentence. */
const SCANNER = new WordScanner([
  [WordClass.function, FUNCTION_WORDS],
  [WordClass.interface, PAGE_INTERFACE_WORDS],
  [WordClass.reporting, REPORTING_MARKS],
  [WordClass.imperative, READER_IMPERATIVES],
  [WordClass.firstPerson, FIRST_PERSON_WORDS],
  [WordClass.secondPerson, SECOND_PERSON_WORDS],
  [WordClass.please, ['please']],
]);
const FUNCTION_BIT = Math.log2(WordClass.function);
const INTERFACE_BIT = Math.log2(WordClass.interface);
const REPORTING_BIT = Math.log2(WordClass.reporting);
/**
 * The end of a prose sentence (`/[.!?…:;]["'”’)\]]*$/`): also a colon or semicolon before a quotation or list on
 * the next line; its characters, read from the end of a sentence.
 */
const PROSE_PUNCTUATION = '.!?…:;';
const PROSE_CLOSERS = `"'”’)]`;

/**
 * The text of a sentence outside quotation marks, and whether a quotation is
 * still open after it, given whether one was open before it (a quotation may
 * run over several sentences of a paragraph).
 */
function outsideQuotes(text: string, open: boolean): { outside: string; open: boolean } {
  // Most sentences hold no quotation mark: all of the text is outside, or all inside.
  if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('”') < 0)
    return { outside: open ? '' : text, open };
  let inside = open;
  let outside = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '"' && c !== '“' && c !== '”') continue;
    if (!inside) outside += text.slice(from, i);
    inside = c === '"' ? !inside : c === '“';
    from = i + 1;
  }
  if (!inside) outside += text.slice(from);
  return { outside, open: inside };
}

/** Longest heading looked for at the start of a paragraph, in words. */
const MAX_HEADING_WORDS = NOT_ARTICLE_TUNING.maxHeadingWords;
/** Shortest heading. */
const MIN_HEADING_WORDS = NOT_ARTICLE_TUNING.minHeadingWords;

/** Whether the paragraph `text[start, end)` opens with a run of {@link MIN_HEADING_WORDS} to {@link MAX_HEADING_WORDS} words printed twice in a row. */
function opensWithDoubledHeading(text: string, start: number, end: number): boolean {
  // The first words, hashed. A heading of k words repeats the first word at k (MIN ≤ k ≤ MAX_HEADING_WORDS): without
  // such a repeat among the first MAX_HEADING_WORDS + 1 words, no more need reading.
  let n = SCANNER.leading(text, MAX_HEADING_WORDS + 1, start, end);
  const { hashes, starts, ends } = SCANNER;
  let repeats = false;
  for (let k = MIN_HEADING_WORDS; k < n && !repeats; k++) repeats = hashes[k] === hashes[0];
  if (!repeats) return false;
  if (n === MAX_HEADING_WORDS + 1) n = SCANNER.leading(text, 2 * MAX_HEADING_WORDS, start, end);
  const most = Math.min(MAX_HEADING_WORDS, Math.floor(n / 2));
  const word = (i: number) => lowerWord(text, starts[i]!, ends[i]!);
  for (let k = MIN_HEADING_WORDS; k <= most; k++) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = hashes[i] === hashes[k + i];
    for (let i = 0; i < k && same; i++) same = word(i) === word(k + i);
    if (same) return true;
  }
  return false;
}

/** What one sentence contributes to the signals. */
interface SentenceView {
  readonly words: number;
  readonly functionWords: number;
  /** Ends with sentence punctuation, or is too long to be a label. */
  readonly punctuated: boolean;
  /** Six words or more and sentence punctuation: prose by its shape, in any language. */
  readonly shaped: boolean;
  readonly prose: boolean;
  /** Addresses the reader: `you`/`your` or an imperative opening, outside quotation marks. */
  readonly addressed: boolean;
  readonly callToAction: boolean;
  /** Speaks as `I` or `we` outside quotation marks. */
  readonly personal: boolean;
  /** Every word inside quotation marks: someone else's words, quoted. */
  readonly quoted: boolean;
  readonly contentWords: number;
  readonly interfaceWords: number;
  readonly reportingWords: number;
  /** Holds a lower-case letter: a sentence without one is a label or a button row (`SHARE / TWEET`). */
  readonly lower: boolean;
}

/** Words of a sentence read already: entries `from` to `to` of the arrays of {@link NotArticleWords}. */
interface WordRange {
  readonly hashes: Int32Array;
  readonly starts: Int32Array;
  readonly lengths: Int32Array;
  readonly lower: Uint8Array;
  from: number;
  to: number;
}

/** Whether a quotation is open, carried from sentence to sentence of a paragraph. */
interface QuoteState {
  open: boolean;
}

/** Whether `text[start, end)`, trimmed, ends as prose does: sentence punctuation, then closing quotes or brackets. */
function endsAsProse(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  while (e > start && PROSE_CLOSERS.includes(text[e - 1]!)) e--;
  return e > start && PROSE_PUNCTUATION.includes(text[e - 1]!);
}

/**
 * Reads the sentence `text[start, end)` (whose text is `sentence`), given whether a quotation is open before it.
 * Returns what it contributes to the signals and sets `quoteOpen` for the next sentence.
 */
function viewSentence(
  text: string,
  start: number,
  end: number,
  sentence: string,
  quoteState: QuoteState,
  read?: WordRange,
): SentenceView {
  const quoteOpen = quoteState.open;
  if (read !== undefined) {
    SCANNER.scanWords(text, read.hashes, read.starts, read.lengths, read.lower, read.from, read.to);
  } else {
    SCANNER.scan(text, start, end);
  }
  // The words outside quotation marks: the reader addressed, the page speaking as itself, `please`.
  let outside: string | undefined;
  if (SCANNER.quote) {
    const quotes = outsideQuotes(sentence, quoteOpen);
    outside = quotes.outside;
    quoteState.open = quotes.open;
  }
  const words = SCANNER.words;
  const fn = SCANNER.counts[FUNCTION_BIT]!;
  const ui = SCANNER.counts[INTERFACE_BIT]!;
  const reporting = SCANNER.counts[REPORTING_BIT]!;
  const lower = SCANNER.lower;
  const first = text.charCodeAt(start);
  const opensQuoted = end > start && (first === 0x22 || first === 0x201c || first === 0x201d);
  const imperative = !quoteOpen && !opensQuoted && words > 0 && (SCANNER.firstClasses & WordClass.imperative) !== 0;
  // Without a quotation mark, the sentence is all outside quotations, or (inside one) none of it.
  let own = quoteOpen ? 0 : SCANNER.anyClasses;
  let quoted = quoteOpen && words > 0;
  if (outside !== undefined) {
    SCANNER.scan(outside);
    own = SCANNER.anyClasses;
    quoted = words > 0 && SCANNER.words === 0;
  }
  const addressed = imperative || (own & WordClass.secondPerson) !== 0;
  const personal = (own & WordClass.firstPerson) !== 0;
  // A line that long without punctuation is a paragraph that lost it in the scrape, not a label.
  const punctuated = endsAsProse(text, start, end) || words > NOT_ARTICLE_TUNING.maxLabelWords;
  const shaped = punctuated && words >= NOT_ARTICLE_TUNING.minProseSentenceWords;
  return {
    words,
    punctuated,
    functionWords: fn,
    shaped,
    prose: shaped && fn >= 1,
    addressed,
    callToAction: imperative || (own & WordClass.please) !== 0,
    personal,
    quoted,
    contentWords: words - fn,
    interfaceWords: ui,
    reportingWords: reporting,
    lower,
  };
}

/**
 * Decides whether a page is an article: whether the body lines that survive
 * the furniture rules hold authored prose of its own.
 *
 * @param lines - The would-be body lines, in order (one paragraph a line).
 * @param context - Metadata the normalizer found; a dateline, byline or credit is a reporting signal.
 * @param body - The lines in the caller's text, with their sentences, when it has them (faster, same verdict).
 * @returns Whether the page is not an article, why, and the signals behind the verdict.
 *
 * @example
 * ```ts
 * detectNotArticle(['You need to enable JavaScript to use this site.']).notArticle; //=> true
 * detectNotArticle(['Police said the man fled on foot and was arrested on Tuesday.']).notArticle; //=> false
 * ```
 *
 * @remarks
 * Each sentence is read for its shape and its voice. Prose has six words or
 * more, sentence punctuation and a function word. Authored prose does not
 * address the reader (`you`, `your`, an imperative opening, outside quotation
 * marks), and on a page without reporting signals it does not speak as `I` or
 * `we` either. Reporting signals are attribution (`said`, `according`),
 * reporting nouns (police, officials), weekdays, and a dateline, byline or
 * credit line. The interface vocabulary (account, browser, video, crawl,
 * tweets...) is counted over the page.
 *
 * The page is not an article, in this order, when: most of its paragraphs
 * open with their heading printed twice (a teaser list); it has less authored
 * prose than a sentence or two, or than one sentence with a reporting signal
 * ({@link NOT_ARTICLE_TUNING}); or, with no reporting signal at all, when its
 * vocabulary is a platform's (a denser share of interface words on a page
 * with more than a few paragraphs of prose: a long post about a browser is an
 * article), when most of its prose is inside quotation
 * marks (blurbs), when all its prose speaks as `I` or `we` and more of it
 * addresses the reader (a video description), or when a third of its
 * sentences ask the reader to act. Each rule names itself at the start of
 * the reason. A page whose prose is not English is not judged: the word
 * lists are English. One pass over the
 * text (at most its first {@link NOT_ARTICLE_TUNING}`.maxCharsRead`
 * characters of body lines); the heading check looks at the first 40 words of
 * each paragraph.
 */
export function detectNotArticle(
  lines: readonly string[],
  context: NotArticleContext = {},
  body?: NotArticleBody,
): NotArticleVerdict {
  const t = NOT_ARTICLE_TUNING;
  let words = 0;
  let sentences = 0;
  let proseSentences = 0;
  let authoredWords = 0;
  let personalWords = 0;
  let quotedWords = 0;
  let addressedWords = 0;
  let addressedProseWords = 0;
  let punctuated = 0;
  let pieces = 0;
  let contentWords = 0;
  let interfaceWords = 0;
  let callsToAction = 0;
  let shapedWords = 0;
  let shapedFunctionWords = 0;
  let reportingSignals = (context.dateline ? 1 : 0) + (context.byline ? 1 : 0) + (context.credit ? 1 : 0);
  // The lines read: trimmed, non-empty, within the budget of characters.
  const texts: string[] = [];
  const read: number[] = [];
  let budget = t.maxCharsRead;
  for (let k = 0; k < lines.length; k++) {
    if (budget <= 0) break;
    const text = lines[k]!.trim().slice(0, budget);
    budget -= text.length;
    if (text === '') continue;
    texts.push(text);
    read.push(k);
  }
  const nonEmpty = texts.length;
  // Paragraphs that open with a quotation mark (`“Candid and inspiring.”—Dr. Oz`): the shape of a list of quotations.
  let quotedOpenings = 0;
  for (const text of texts) {
    const c = text.charCodeAt(0);
    if (c === 0x22 || c === 0x201c || c === 0x201e) quotedOpenings++;
  }
  // A whole line is read in the body's text, where the caller has its sentences; a cut one on its own.
  const whole = (r: number) => body !== undefined && texts[r]!.length === lines[read[r]!]!.length;
  // Paragraphs that open with their heading printed twice; the heading check reads at most 2 × MAX_HEADING_WORDS
  // words (the word count comes from the sentences), and none of a line the caller rules out.
  let teaserParagraphs = 0;
  for (let r = 0; r < nonEmpty; r++) {
    const k = read[r]!;
    if (whole(r) && body!.mayOpenWithHeading?.(k) === false) continue;
    const source = whole(r) ? body!.text : texts[r]!;
    const base = whole(r) ? body!.starts[k]! : 0;
    if (opensWithDoubledHeading(source, base, base + texts[r]!.length)) teaserParagraphs++;
  }
  const teaser = teaserParagraphs >= t.minTeaserParagraphs && teaserParagraphs >= t.teaserShare * nonEmpty;
  for (let r = 0; r < nonEmpty; r++) {
    const k = read[r]!;
    const text = texts[r]!;
    const source = whole(r) ? body!.text : text;
    const base = whole(r) ? body!.starts[k]! : 0;
    const quoteState: QuoteState = { open: false };
    // The words of an ASCII line were read by the caller: a sentence without apostrophes or quotation marks takes
    // them as they are (its words are those runs), the others are read again.
    const known = whole(r) ? body!.words : undefined;
    const range = known?.range(k);
    let next = range?.[0] ?? 0;
    const last = range?.[1] ?? 0;
    const slice: WordRange | undefined =
      known === undefined
        ? undefined
        : { hashes: known.hashes, starts: known.starts, lengths: known.lengths, lower: known.lower, from: 0, to: 0 };
    for (const span of whole(r) ? body!.sentences(k) : splitSentences(text)) {
      const a = base + span.start;
      const b = base + span.end;
      let wordRange: WordRange | undefined;
      if (range !== undefined && slice !== undefined && !span.text.includes("'") && !span.text.includes('"')) {
        while (next < last && slice.starts[next]! < a) next++;
        let to = next;
        while (to < last && slice.starts[to]! < b) to++;
        // Words that cross the sentence's ends (none, as sentences end between words) are read again.
        const straddles =
          (next > range[0] && slice.starts[next - 1]! + slice.lengths[next - 1]! > a) ||
          (to > next && slice.starts[to - 1]! + slice.lengths[to - 1]! > b);
        if (!straddles) {
          slice.from = next;
          slice.to = to;
          wordRange = slice;
        }
        next = to;
      }
      const s = viewSentence(source, a, b, span.text, quoteState, wordRange);
      words += s.words;
      if (s.words === 0) continue;
      // Button labels (`Read more`, `SHARE / TWEET`) are neither sentences nor calls to act.
      const counted = s.words >= t.minSentenceWords && s.lower;
      if (counted) sentences++;
      contentWords += s.contentWords;
      interfaceWords += s.interfaceWords;
      reportingSignals += s.reportingWords;
      if (s.callToAction && counted) callsToAction++;
      if (s.prose) proseSentences++;
      if (s.shaped) {
        shapedWords += s.words;
        shapedFunctionWords += s.functionWords;
      }
      pieces++;
      if (s.punctuated) punctuated++;
      if (s.addressed) addressedWords += s.words;
      if (s.addressed && s.prose) addressedProseWords += s.words;
      if (s.addressed || !s.prose) continue;
      if (s.quoted) quotedWords += s.words;
      else if (s.personal) personalWords += s.words;
      else authoredWords += s.words;
    }
    // Only the verdict wanted: stop once the rest cannot change it. The page is no teaser list, and reported prose
    // is already there: the article verdict.
    if (
      body?.verdictOnly === true &&
      !teaser &&
      reportingSignals > 0 &&
      authoredWords + personalWords + quotedWords >= t.minReportedWords
    ) {
      break;
    }
  }
  const reporting = reportingSignals > 0;
  // First-person prose is authored too: an opinion column or an essay speaks as I or we without reporting.
  // Quoted prose is the page's own only where it reports (`... , he said.`): a video description that pastes a
  // paragraph of someone else's article in quotation marks has authored none of it.
  const authored = authoredWords + personalWords + (reporting ? quotedWords : 0);
  const signals: NotArticleSignals = {
    lines: nonEmpty,
    words,
    sentences,
    proseSentences,
    authoredWords: authored,
    personalWords,
    quotedWords,
    addressedWords,
    interfaceDensity: contentWords === 0 ? 0 : Math.round((1000 * interfaceWords) / contentWords) / 1000,
    callsToAction,
    teaserParagraphs,
    reportingSignals,
    englishShare: shapedWords === 0 ? 0 : Math.round((1000 * shapedFunctionWords) / shapedWords) / 1000,
  };
  const verdict = (reason: string): NotArticleVerdict => ({ notArticle: reason !== '', reason, signals });
  if (nonEmpty === 0) return verdict('No text: no body line survives the furniture rules.');
  if (teaser) {
    return verdict(
      `Teaser list: ${teaserParagraphs} of ${nonEmpty} paragraphs open with their heading printed twice, as story widgets do.`,
    );
  }
  if (shapedWords >= t.minAuthoredWords && signals.englishShare < t.minEnglishShare) {
    // Prose in another language: the word lists are English, so the page is not judged.
    return verdict('');
  }
  const least = reporting ? t.minReportedWords : t.minAuthoredWords;
  // Short plain prose (`The cat sat on the mat.`) is given the benefit of the
  // doubt: a page is short of prose only when it shows what it is instead (a
  // voice of its own, interface words, or mostly lines without punctuation:
  // labels, list items, credits).
  const shows = addressedWords > 0 || interfaceWords > 0 || 2 * punctuated < pieces;
  if (authored < least && shows && authored + addressedProseWords < t.minProseWords) {
    return verdict(
      `No authored prose: ${authored} words of it, fewer than ${reporting ? 'one reported sentence' : 'a sentence or two of reporting'} (${least}); the rest addresses the reader, describes an interface or is not prose.`,
    );
  }
  if (reporting) return verdict('');
  const none = 'no reporting signal (attribution, weekday, dateline, byline)';
  // A long read about a platform (a product's blog post on browser security) names interface things throughout:
  // past a few paragraphs of authored prose, the vocabulary alone must be a notice's, not a topic's.
  const platformDensity = authored > t.maxPlatformAuthoredWords ? t.longPlatformDensity : t.maxInterfaceDensity;
  if (signals.interfaceDensity >= platformDensity) {
    return verdict(
      `Platform page: ${none}, and ${Math.round(100 * signals.interfaceDensity)}% of the content words name interface or platform things (account, page, crawl, video...).`,
    );
  }
  // A page of other people's words: a list of quotations, most of its paragraphs opening with a quotation mark and
  // most of its prose inside them, with no reporting around them (a book's blurbs). An article that quotes reports
  // who said it; an excerpt of one (a statement quoted at length) is one paragraph, not a list.
  if (
    quotedWords >= t.minProseWords &&
    quotedWords >= t.quotedShare * (quotedWords + authored) &&
    quotedOpenings >= t.minQuotedParagraphs &&
    2 * quotedOpenings >= nonEmpty
  ) {
    return verdict(
      `Quotations: ${none}, and ${quotedWords} of ${quotedWords + authored} words of its prose are inside quotation marks, as blurbs and quotation pages are.`,
    );
  }
  // A page with prose enough to be an article, all of it first-person and outweighed by prose to the reader, that
  // names platform things and asks the reader to act: a video description or a channel's notes (`I decided to do a
  // DIY ...`, `FOLLOW ME!`). A page with less prose than that was judged above. A speech or an interview transcript
  // speaks as I to you too, but asks nothing of the reader's clicks.
  if (
    authored >= t.minAuthoredWords &&
    personalWords === authored &&
    addressedWords > authored &&
    interfaceWords > 0 &&
    callsToAction > 0 &&
    nonEmpty >= t.minPersonalPageLines
  ) {
    return verdict(
      `Personal page: ${none}; all ${authored} words of its prose speak as I or we, and more (${addressedWords}) address the reader, as a video description or a channel's notes do.`,
    );
  }
  if (callsToAction >= t.minCallsToAction && callsToAction >= t.callToActionShare * sentences) {
    return verdict(
      `Appeal to the reader: ${none}, and ${callsToAction} of ${sentences} sentences ask the reader to act (an imperative or "please").`,
    );
  }
  return verdict('');
}

/**
 * Whether `normalizeArticle` found that an article is not one: it
 * carries a `not-article` diagnostic. Such a source stays in a comparison
 * but is left out of groups, pairs and provenance.
 *
 * @param article - A normalized article.
 * @returns `true` for a page flagged `not-article`.
 */
export function isNotArticle(article: Article): boolean {
  return article.diagnostics.some((d) => d.code === 'not-article');
}
