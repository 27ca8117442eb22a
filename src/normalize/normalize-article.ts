import { CopydeskError } from '../core/errors';
import type {
  Article,
  ArticleInput,
  ArticleMetadata,
  Byline,
  Dateline,
  Diagnostic,
  DuplicateReport,
  LayoutSpan,
  Paragraph,
  PhotoCredit,
  RemovalReason,
  RemovedSpan,
  Sentence,
  TextSpan,
  WireCredit,
} from '../core/types';
import { sourceIdFor } from '../core/util/hash';
import { validateNormalizeOptions } from '../core/validate';
import { splitSentences } from '../segment/split-sentences';
import { type AgencyDefinition, type AgencyIndex, DEFAULT_AGENCIES, indexAgencies } from './agencies';
import { cleanText } from './clean-text';
import { detectNotArticle } from './not-article';
import {
  type BlockLine,
  findHeadlineRuns,
  findLinkListItems,
  findPullQuotes,
  findRepeatedLabels,
} from './rules/blocks';
import { LINE_RULES, type LineView } from './rules/boilerplate';
import { matchSignOff } from './rules/bylines';
import { matchCaptionShape, matchCreditChain, matchMediaWidget } from './rules/captions';
import {
  findCredit,
  findPhotoCredits,
  hasCaptionMarker,
  looksLikePresentTenseCaption,
  matchByline,
  matchCredit,
  matchDateline,
  matchPhotoCredit,
  URL_IN_TEXT,
  URL_LINE,
} from './rules/metadata';
import { contentStems, countWords, foldForDuplicates } from './words';

/** Options of {@link normalizeArticle}. */
export interface NormalizeOptions {
  /**
   * Largest accepted input, in UTF-16 code units. Longer input throws
   * `ERR_INPUT_TOO_LARGE` rather than being truncated.
   *
   * @defaultValue 5_242_880 (5 MiB of ASCII text)
   */
  readonly maxLength?: number;
  /**
   * Whether to remove page furniture (ads, newsletter, paywall, navigation).
   * With `false`, only metadata is separated from the body.
   *
   * @defaultValue true
   */
  readonly removeBoilerplate?: boolean;
  /**
   * Agencies recognized in datelines, credit lines and photo credits.
   *
   * @defaultValue {@link DEFAULT_AGENCIES}
   */
  readonly agencies?: readonly AgencyDefinition[];
}

/** Default {@link NormalizeOptions.maxLength}: 5 MiB. */
export const DEFAULT_MAX_LENGTH = 5 * 1024 * 1024;

type Role =
  | { kind: 'blank' }
  | { kind: 'body' }
  | { kind: 'removed'; reason: RemovalReason; rule: string; duplicateOf?: number };

interface Line extends LineView {
  readonly index: number;
  /** Offsets of the trimmed line in the cleaned text. */
  readonly cStart: number;
  readonly cEnd: number;
  /** Index of the blank-line-separated block the line belongs to. */
  readonly block: number;
  role: Role;
}

function isTerminal(text: string): boolean {
  return /[.!?:;]["')\]]*$/.test(text) || /[.!?]["')\]]*\s/.test(text);
}

function validate(input: unknown, options: NormalizeOptions | undefined): { input: ArticleInput; maxLength: number } {
  validateNormalizeOptions(options);
  const maxLength = options?.maxLength ?? DEFAULT_MAX_LENGTH;
  let article: ArticleInput;
  if (typeof input === 'string') article = { text: input };
  else if (input !== null && typeof input === 'object' && typeof (input as { text?: unknown }).text === 'string') {
    article = input as ArticleInput;
  } else {
    const normalized = input !== null && typeof input === 'object' && (input as { kind?: unknown }).kind === 'article';
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      normalized
        ? 'normalizeArticle got an Article that is already normalized; use it as it is (its text is in `original`).'
        : `normalizeArticle expects a string or an object with a string \`text\` field, got ${describe(input)}.`,
    );
  }
  for (const key of ['id', 'outlet', 'url'] as const) {
    const value = article[key];
    if (value !== undefined && typeof value !== 'string') {
      throw new CopydeskError(
        'ERR_INVALID_INPUT',
        `Field \`${key}\` must be a string when given, got ${describe(value)}.${key === 'id' ? ' Ids are strings: pass String(id).' : ''}`,
      );
    }
  }
  if (article.id !== undefined && article.id.trim() === '') {
    throw new CopydeskError('ERR_INVALID_INPUT', 'Field `id` must not be empty; omit it to let copydesk derive one.');
  }
  if (article.publishedAt !== undefined) {
    const date = article.publishedAt instanceof Date ? article.publishedAt : new Date(String(article.publishedAt));
    if (typeof article.publishedAt !== 'string' && !(article.publishedAt instanceof Date)) {
      throw new CopydeskError('ERR_INVALID_INPUT', 'Field `publishedAt` must be an ISO 8601 string or a Date.');
    }
    if (Number.isNaN(date.getTime())) {
      throw new CopydeskError(
        'ERR_INVALID_INPUT',
        `Field \`publishedAt\` is not a valid date: ${JSON.stringify(String(article.publishedAt))}.`,
      );
    }
  }
  if (article.text.length > maxLength) {
    throw new CopydeskError(
      'ERR_INPUT_TOO_LARGE',
      `Article text is ${article.text.length} characters, above the limit of ${maxLength}. Split the input or raise the \`maxLength\` option.`,
    );
  }
  return { input: article, maxLength };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let previousBlank = true;
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && text.charCodeAt(s) <= 0x20) s++;
    while (e > s && text.charCodeAt(e - 1) <= 0x20) e--;
    const trimmed = text.slice(s, e);
    const blank = trimmed.length === 0;
    if (!blank && previousBlank) block++;
    lines.push({
      index,
      text: trimmed,
      cStart: s,
      cEnd: e,
      block,
      words: blank ? 0 : countWords(trimmed),
      terminal: !blank && isTerminal(trimmed),
      role: blank ? { kind: 'blank' } : { kind: 'body' },
    });
    previousBlank = blank;
    index++;
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

function remove(line: Line, reason: RemovalReason, rule: string): void {
  line.role = { kind: 'removed', reason, rule };
}

function matchLineRule(line: LineView) {
  // Furniture is short; long paragraphs are never one line of it (a rule may allow a longer widget).
  for (const rule of LINE_RULES) if (line.words <= (rule.maxWords ?? 60) && rule.test(line)) return rule;
  return undefined;
}

const MONTHS = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_LINE = new RegExp(
  `^(?:(?:posted|published|updated|last updated|modified)(?: on)?:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s*)?(?:${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?:,?\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*(?:[|·•-].{0,60})?$`,
  'i',
);

/**
 * A line that is only a time, or an update stamp: `2:44 p.m.` (the entries of
 * a live story), `- Updated at 8:37 p.m.`, `Updated 11:32 a.m. ET`.
 */
const TIME_LINE =
  /^(?:-\s*)?(?:(?:updated|posted|published|last updated)(?: at)?:?\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)(?:\s*[A-Z]{2,4})?\.?$/i;

/** A line that is only a date (a page's timestamp), optionally with a time and a short trail, or only a time. */
function isDateLine(text: string): boolean {
  return text.length <= 100 && (DATE_LINE.test(text) || TIME_LINE.test(text));
}

/**
 * Longest dek, in words. Measured: the 15 deks of the Multi-News dev labels
 * (issue 12) run 4 to 39 words; a longer line before a byline is
 * the lede or a paragraph of prose.
 */
const MAX_DEK_WORDS = 50;

/**
 * Fewest words of a line read as a dek for lacking sentence punctuation.
 * Reasoned: shorter lines are fragments (`$13 million`, a subheading) that the
 * fragment pass judges; the shortest dek measured is a score of four words
 * (`HEAT 121, THUNDER 106`).
 */
const MIN_UNPUNCTUATED_DEK_WORDS = 4;

/**
 * Most lines without sentence punctuation between the title and the lede
 * that are read as its header (dek, story highlights, kicker, a second
 * title). Measured: CNN's story highlights are three lines; a longer run
 * is a list (credits, lyrics, a table) and stays for the other passes.
 */
const MAX_HEADER_LINES = 4;

/** The content lines as the block rules see them. */
function blockView(content: readonly Line[], media?: (line: Line) => boolean): BlockLine[] {
  return content.map((l) => ({
    text: l.text,
    words: l.words,
    terminal: l.terminal,
    body: l.role.kind === 'body',
    ...(l.role.kind === 'removed' ? { rule: l.role.rule } : {}),
    ...(media && l.role.kind === 'body' && media(l) ? { media: true } : {}),
  }));
}

/** Lines made only of symbols (`|`, `***`, `>>`) or of a few words without punctuation. */
function isFragment(line: Line): boolean {
  if (!/[\p{L}\p{N}]/u.test(line.text)) return true;
  return line.words <= 3 && !line.terminal && !/\d/.test(line.text) && line.text.length < 40;
}

/**
 * Normalizes one scraped article: separates the body from metadata (title,
 * dek, byline, dateline, captions, photo and wire credits, URLs) and from page
 * furniture (ads, newsletter, donation, subscription and paywall prompts,
 * browser notices, navigation, share bars, outlet promotion), then splits the
 * body into paragraphs and sentences.
 *
 * Nothing is lost silently: every removed span is reported with a reason and
 * the rule that removed it, and `layout` tiles the whole input. Every
 * paragraph, sentence and metadata field keeps `[start, end)` offsets into the
 * original text, which is returned unchanged as `original`.
 *
 * @param input - The article text, or an {@link ArticleInput} with metadata.
 * @param options - See {@link NormalizeOptions}.
 * @returns The normalized {@link Article}. Problems in the data (no body found,
 *   almost everything removed, binary junk, non-Latin script) are reported in
 *   `diagnostics`, never thrown.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` when the input is not a
 *   string or an object with a string `text`, or `id`, `outlet` or `url` is
 *   given but not a string (`id` also not blank); `ERR_INVALID_OPTION` for an
 *   unknown, mistyped or out-of-range option or a malformed agency
 *   definition; `ERR_INPUT_TOO_LARGE` when the text is longer than `maxLength`.
 *
 * @example
 * ```ts
 * const article = normalizeArticle('Advertisement\n\nKim visits Moscow\n\nMOSCOW, March 19 (UPI) -- Kim will visit. He said so.');
 * article.metadata.title?.text; //=> 'Kim visits Moscow'
 * article.metadata.dateline?.agency; //=> 'UPI'
 * article.sentences.map((s) => s.text); //=> ['Kim will visit.', 'He said so.']
 * article.removed[0]?.reason; //=> 'boilerplate:ad'
 * ```
 *
 * @remarks
 * The rules are general: they look at a line's shape (length, punctuation,
 * capitals), its position (header zone before the lede, trailing zone after a
 * credit line or a run of furniture) and its vocabulary (second-person calls
 * to act, `newsletter`, `subscribe`, `donate`), never at the text of known
 * articles. Text is cleaned piece by piece (NFKC, quotes, dashes, spaces) with
 * every edit recorded in an offset map, so offsets always point into the
 * original.
 */
export function normalizeArticle(input: string | ArticleInput, options?: NormalizeOptions): Article {
  const { input: article } = validate(input, options);
  const agencies = indexAgencies(options?.agencies ?? DEFAULT_AGENCIES);
  const removeBoilerplate = options?.removeBoilerplate ?? true;
  const original = article.text;
  const cleaned = cleanText(original);
  const text = cleaned.text;
  const map = cleaned.map;
  const lines = splitLines(text);
  const content = lines.filter((l) => l.role.kind !== 'blank');
  const diagnostics: Diagnostic[] = [];

  const toSpan = (cStart: number, cEnd: number): TextSpan => {
    const start = map.toOriginalStart(cStart);
    const end = Math.max(start, map.toOriginalEnd(cEnd));
    return { text: original.slice(start, end), start, end };
  };

  // 1. Page furniture recognizable from a single line.
  const ruleOf = new Map<Line, ReturnType<typeof matchLineRule>>();
  for (const line of content) {
    if (URL_LINE.test(line.text)) {
      remove(line, 'url', 'line:url');
      continue;
    }
    if (!removeBoilerplate) continue;
    if (isDateLine(line.text)) {
      remove(line, 'metadata:date', 'line:date');
      continue;
    }
    const rule = matchLineRule(line);
    if (rule) {
      ruleOf.set(line, rule);
      remove(line, rule.reason, rule.id);
    }
  }
  // 1b. Furniture recognized from a run of lines: the headlines under a
  // link-list lead (`ALSO:`, `Related News Articles`), labels and credits the
  // page repeats (`Today` under every photo).
  if (removeBoilerplate) {
    const view = blockView(
      content,
      (l) =>
        matchCaptionShape(l.text, l.words, agencies) !== undefined || matchMediaWidget(l.text, l.words) !== undefined,
    );
    for (const k of findLinkListItems(view)) remove(content[k]!, 'boilerplate:navigation', 'block:link-list');
    for (const k of findRepeatedLabels(view)) remove(content[k]!, 'boilerplate:navigation', 'block:repeated-label');
    for (const k of findHeadlineRuns(view)) {
      if (content[k]!.role.kind === 'body') remove(content[k]!, 'boilerplate:navigation', 'block:headline-run');
    }
  }

  // 2. Header zone: title, dek, byline, captions and photo credits before the lede.
  const metadata = {
    title: undefined as TextSpan | undefined,
    dek: undefined as TextSpan | undefined,
    bylines: [] as Byline[],
    photoCredits: [] as PhotoCredit[],
    credits: [] as WireCredit[],
    urls: [] as TextSpan[],
    dateline: undefined as Dateline | undefined,
  };
  const bodyCandidates = content.filter((l) => l.role.kind === 'body');
  const proseAfter = (from: number) => bodyCandidates.filter((l) => l.index > from && !isFragment(l));
  let cursor = 0;
  const titleLine = bodyCandidates[0];
  if (
    titleLine &&
    titleLine.words > 0 &&
    titleLine.words <= 30 &&
    !/[.;,:]["')\]]*$/.test(titleLine.text) &&
    !matchByline(titleLine.text, agencies) &&
    !matchDateline(titleLine.text, agencies) &&
    proseAfter(titleLine.index).length > 0
  ) {
    remove(titleLine, 'metadata:title', 'header:title');
    metadata.title = toSpan(titleLine.cStart, titleLine.cEnd);
    cursor = bodyCandidates.indexOf(titleLine) + 1;
  }

  const captionBlocks = new Set<number>();
  const markCaption = (line: Line, rule: string) => {
    remove(line, 'caption', rule);
    captionBlocks.add(line.block);
  };
  const markPhotoCredit = (line: Line, sources: string[]) => {
    remove(line, 'photo-credit', 'line:photo-credit');
    captionBlocks.add(line.block);
    metadata.photoCredits.push({ ...toSpan(line.cStart, line.cEnd), sources });
  };
  const markByline = (line: Line): boolean => {
    const byline = matchByline(line.text, agencies);
    // A reporter's sign-off closing the story (`— David R. Baker`) is a byline too.
    const signOff = byline ? undefined : matchSignOff(line.text, agencies);
    if (!byline && !signOff) return false;
    remove(line, 'metadata:byline', byline ? 'line:byline' : 'line:sign-off');
    metadata.bylines.push({
      ...toSpan(line.cStart, line.cEnd),
      names: byline?.names ?? signOff!,
      ...(byline?.agency ? { agency: byline.agency } : {}),
    });
    return true;
  };

  // A legal notice naming a wire agency (`Copyright © 2012 AFP. All rights
  // reserved.`) is the agency's credit on its copy, not the outlet's furniture.
  for (const line of content) {
    if (line.role.kind !== 'removed' || !line.role.reason.startsWith('boilerplate:')) continue;
    const credit = matchCredit(line.text, agencies);
    if (!credit?.agency) continue;
    remove(line, 'credit', 'line:wire-credit');
    metadata.credits.push({
      ...toSpan(line.cStart, line.cEnd),
      agency: credit.agency,
      reporters: credit.reporters,
      editors: credit.editors,
    });
  }
  /** Body lines that end with a credit, and where in the line the credit starts. */
  const creditFrom = new Map<Line, number>();
  // Metadata lines that may appear anywhere: bylines, photo credits, explicit captions, credit lines.
  for (const line of bodyCandidates) {
    if (line.role.kind !== 'body') continue;
    if (markByline(line)) continue;
    const photo = matchPhotoCredit(line.text, agencies) ?? matchCreditChain(line.text);
    if (photo) {
      markPhotoCredit(line, photo);
      continue;
    }
    // `By Slaven Vlasic/Getty Images.`, `Image copyright PA`, `(Associated Press)`: a photo credit filling the line.
    const photoCredits = findPhotoCredits(line.text, agencies);
    if (photoCredits.length === 1 && photoCredits[0]!.start === 0 && photoCredits[0]!.end === line.text.length) {
      markPhotoCredit(line, photoCredits[0]!.sources);
      continue;
    }
    const found = findCredit(line.text, agencies);
    if (found) {
      const { start, credit } = found;
      // A credit closing a body paragraph (`... said. (Editing by ...)`) is cut off it in step 6.
      if (start === 0) remove(line, 'credit', 'line:wire-credit');
      else creditFrom.set(line, start);
      metadata.credits.push({
        ...toSpan(line.cStart + start, line.cEnd),
        ...(credit.agency ? { agency: credit.agency } : {}),
        reporters: credit.reporters,
        editors: credit.editors,
      });
      continue;
    }
    if (hasCaptionMarker(line.text)) {
      markCaption(line, 'line:caption-marker');
      continue;
    }
    const shape = matchCaptionShape(line.text, line.words, agencies);
    if (shape) {
      markCaption(line, shape);
      continue;
    }
    const widget = matchMediaWidget(line.text, line.words);
    if (widget?.caption) markCaption(line, widget.rule);
    else if (widget && removeBoilerplate) remove(line, 'boilerplate:navigation', widget.rule);
  }
  // Symbol-only lines that share a block with a caption belong to the caption.
  for (const line of content) {
    if (line.role.kind === 'body' && captionBlocks.has(line.block) && !/[\p{L}]{2}/u.test(line.text)) {
      markCaption(line, 'block:caption-part');
    }
  }

  // Dek and present-tense captions between the title and the lede.
  // The header zone ends at the first sentence; up to MAX_HEADER_LINES lines
  // without sentence punctuation before it are a header, more are a list.
  let lastProse = -1;
  for (const l of bodyCandidates) if (l.role.kind === 'body' && l.terminal && !isFragment(l)) lastProse = l.index;
  let unpunctuatedHeader = 0;
  for (let i = cursor; i < bodyCandidates.length; i++) {
    const l = bodyCandidates[i]!;
    if (l.role.kind !== 'body' || isFragment(l)) continue;
    if (l.terminal) break;
    if (++unpunctuatedHeader > MAX_HEADER_LINES) break;
  }
  let lede: Line | undefined;
  for (let i = cursor; i < bodyCandidates.length; i++) {
    const line = bodyCandidates[i]!;
    if (line.role.kind !== 'body' || isFragment(line)) continue;
    if (captionBlocks.has(line.block) && lede === undefined && !matchDateline(line.text, agencies)) {
      markCaption(line, 'block:caption-text');
      continue;
    }
    const sentences = splitSentences(line.text).length;
    if (metadata.title && !metadata.dek && looksLikePresentTenseCaption(line.text, sentences)) {
      markCaption(line, 'header:present-tense-caption');
      continue;
    }
    // Between the title and the lede, a line without sentence punctuation is
    // a headline's companion (a dek, story highlights, the title after a
    // kicker), never the lede: a lede is a sentence.
    if (
      metadata.title &&
      unpunctuatedHeader <= MAX_HEADER_LINES &&
      !line.terminal &&
      line.words >= MIN_UNPUNCTUATED_DEK_WORDS &&
      line.words <= MAX_DEK_WORDS &&
      line.index < lastProse &&
      !matchDateline(line.text, agencies)
    ) {
      remove(line, 'metadata:dek', 'header:dek-unpunctuated');
      metadata.dek ??= toSpan(line.cStart, line.cEnd);
      continue;
    }
    if (
      metadata.title &&
      !metadata.dek &&
      !matchDateline(line.text, agencies) &&
      line.words <= MAX_DEK_WORDS &&
      sentences <= 3
    ) {
      const next = bodyCandidates.slice(i + 1).find((l) => l.role.kind !== 'body' || !isFragment(l));
      // A byline or photo credit follows the dek; a caption does not tell: pictures sit after the lede as often.
      const followedByMetadata =
        next !== undefined &&
        next.role.kind === 'removed' &&
        ['metadata:byline', 'photo-credit'].includes(next.role.reason);
      const repeated = repeatedLater(line, bodyCandidates.slice(i + 1));
      if (followedByMetadata || repeated) {
        remove(line, 'metadata:dek', followedByMetadata ? 'header:dek-before-byline' : 'header:dek-repeated');
        metadata.dek = toSpan(line.cStart, line.cEnd);
        continue;
      }
    }
    lede = line;
    break;
  }

  // 2b. Pull quotes: a short line that repeats a sentence of one paragraph,
  // the quote cut and its speaker appended. The paragraph is the story's.
  const pullQuotes: Array<[Line, Line]> = [];
  if (removeBoilerplate) {
    for (const [k, target] of findPullQuotes(blockView(content))) {
      const line = content[k]!;
      line.role = {
        kind: 'removed',
        reason: 'duplicate',
        rule: 'duplicate:pull-quote',
        duplicateOf: content[target]!.index,
      };
      pullQuotes.push([line, content[target]!]);
    }
  }

  // 3. Trailing furniture: after a credit line or a run of furniture, lines
  // that do not continue the story are the outlet's, not the article's.
  if (removeBoilerplate && lede) trimTail(content, lede, ruleOf);

  // 4. Fragments (a few words without punctuation) are widgets when they sit
  // before the lede or next to other furniture; between body paragraphs they
  // are subheadings and stay.
  if (removeBoilerplate) {
    const fragments = content.filter((l) => l.role.kind === 'body' && isFragment(l));
    const at = new Map(content.map((l, k) => [l, k]));
    const neighbours = (line: Line) => {
      const k = at.get(line)!;
      return [content[k - 1], content[k + 1]];
    };
    const isWidget = (line: Line | undefined) =>
      line === undefined ||
      (line.role.kind === 'removed' && line.role.reason !== 'metadata:title') ||
      (line.role.kind === 'body' && isFragment(line));
    // Pictures, players and links to other stories sit just before a
    // subheading as often as widgets do: a fragment between such a line and
    // prose is the subheading of that prose.
    const isInline = (line: Line | undefined) =>
      line?.role.kind === 'removed' &&
      (line.role.reason === 'caption' ||
        line.role.reason === 'photo-credit' ||
        line.role.rule === 'line:media-widget' ||
        ruleOf.get(line)?.inline === true);
    const isProse = (line: Line | undefined) => line?.role.kind === 'body' && !isFragment(line);
    for (const line of fragments) {
      const [before, after] = neighbours(line);
      const subheading = isInline(before) && isProse(after);
      if (
        !/[\p{L}\p{N}]/u.test(line.text) ||
        lede === undefined ||
        line.index < lede.index ||
        (isWidget(before) && !subheading) ||
        isWidget(after)
      ) {
        remove(line, 'boilerplate:navigation', 'line:fragment');
      }
    }
  }

  // 5. Duplicates: a line repeated verbatim (after folding) is reported and kept once.
  const duplicates: DuplicateReport[] = pullQuotes.map(([line, target]) => ({
    kind: 'paragraph',
    first: toSpan(target.cStart, target.cEnd),
    second: toSpan(line.cStart, line.cEnd),
    exact: false,
  }));
  const seen = new Map<string, Line>();
  for (const line of content) {
    const role = line.role;
    const keepable = role.kind === 'body' || (role.kind === 'removed' && role.reason === 'caption');
    if (!keepable || line.words < 4) continue;
    const key = foldForDuplicates(line.text);
    const first = seen.get(key);
    if (first) {
      const kind = role.kind === 'body' ? 'paragraph' : 'caption';
      line.role = { kind: 'removed', reason: 'duplicate', rule: `duplicate:${kind}`, duplicateOf: first.index };
      duplicates.push({
        kind,
        first: toSpan(first.cStart, first.cEnd),
        second: toSpan(line.cStart, line.cEnd),
        exact: first.text === line.text,
      });
    } else {
      seen.set(key, line);
    }
  }
  // A dek that the body repeats is reported (both stay in their roles).
  const dekLine = content.find((l) => l.role.kind === 'removed' && l.role.reason === 'metadata:dek');
  if (dekLine) {
    const later = content.filter((l) => l.role.kind === 'body');
    const target = repeatedLater(dekLine, later);
    if (target) {
      duplicates.push({
        kind: 'dek-repeated',
        first: toSpan(dekLine.cStart, dekLine.cEnd),
        second: toSpan(target.cStart, target.cEnd),
        exact: false,
      });
    }
  }

  // Photo credits inside captions and body lines (`... (AP Photo/Reed Saxon)`,
  // `Image copyright AFP Image caption ...`): metadata only, the line keeps its role.
  for (const line of content) {
    const role = line.role;
    if (role.kind !== 'body' && !(role.kind === 'removed' && role.reason === 'caption')) continue;
    for (const c of findPhotoCredits(line.text, agencies)) {
      metadata.photoCredits.push({ ...toSpan(line.cStart + c.start, line.cStart + c.end), sources: c.sources });
    }
  }
  metadata.photoCredits.sort((a, b) => a.start - b.start);

  // 5b. A page that is not an article (a platform or crawl notice, a teaser
  // list): no authored prose of its own survives the rules above. Its would-be
  // body is removed, reason `not-article`, so nothing of it is compared as prose.
  const wouldBeBody = content.filter((l) => l.role.kind === 'body');
  const notArticle =
    removeBoilerplate && content.length > 0
      ? detectNotArticle(
          wouldBeBody.map((l) => l.text),
          {
            dateline: wouldBeBody[0] !== undefined && matchDateline(wouldBeBody[0].text, agencies) !== undefined,
            byline: metadata.bylines.length > 0,
            credit: metadata.credits.length > 0,
          },
        )
      : undefined;
  if (notArticle?.notArticle) for (const line of wouldBeBody) remove(line, 'not-article', 'doc:not-article');

  // 6. Assemble layout, paragraphs, sentences and removed spans.
  const layout: LayoutSpan[] = [];
  const removed: RemovedSpan[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let pos = 0;
  const pushGap = (until: number) => {
    if (until <= pos) return;
    const gap = original.slice(pos, until);
    if (/^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/.test(gap)) {
      layout.push({ start: pos, end: until, role: 'separator' });
    } else {
      layout.push({ start: pos, end: until, role: 'removed', reason: 'control' });
      removed.push({ text: gap, start: pos, end: until, reason: 'control', rule: 'text:control-characters' });
    }
    pos = until;
  };
  const pushRemoved = (span: TextSpan, reason: RemovalReason, rule: string, duplicateOf?: TextSpan) => {
    if (span.end <= span.start) return;
    pushGap(span.start);
    layout.push({ start: span.start, end: span.end, role: 'removed', reason });
    removed.push({
      ...span,
      reason,
      rule,
      ...(duplicateOf ? { duplicateOf: { start: duplicateOf.start, end: duplicateOf.end } } : {}),
    });
    pos = span.end;
  };
  const lineByIndex = new Map(content.map((l) => [l.index, l]));
  let firstBody = true;
  for (const line of content) {
    const role = line.role;
    if (role.kind === 'removed') {
      const dup = role.duplicateOf !== undefined ? lineByIndex.get(role.duplicateOf) : undefined;
      pushRemoved(
        toSpan(line.cStart, line.cEnd),
        role.reason,
        role.rule,
        dup ? toSpan(dup.cStart, dup.cEnd) : undefined,
      );
      continue;
    }
    if (role.kind !== 'body') continue;
    let cStart = line.cStart;
    if (firstBody) {
      const dateline = matchDateline(line.text, agencies);
      if (dateline && dateline.length < line.text.length) {
        const span = toSpan(line.cStart, line.cStart + dateline.textLength);
        metadata.dateline = {
          ...span,
          place: dateline.place,
          ...(dateline.date ? { date: dateline.date } : {}),
          ...(dateline.agency ? { agency: dateline.agency } : {}),
        };
        pushRemoved(span, 'metadata:dateline', 'body:dateline');
        cStart = line.cStart + dateline.length;
      }
    }
    firstBody = false;
    // A credit closing the line (`... said. (Editing by ...)`) is metadata; the body ends before it.
    const creditStart = creditFrom.get(line);
    let cEnd = line.cEnd;
    if (creditStart !== undefined) {
      cEnd = Math.max(cStart, line.cStart + creditStart);
      while (cEnd > cStart && text.charCodeAt(cEnd - 1) <= 0x20) cEnd--;
    }
    const span = toSpan(cStart, cEnd);
    pushGap(span.start);
    layout.push({ start: span.start, end: span.end, role: 'body' });
    pos = span.end;
    const normalized = text.slice(cStart, cEnd);
    const ids: string[] = [];
    for (const s of splitSentences(normalized)) {
      const start = map.toOriginalStart(cStart + s.start);
      const end = Math.max(start, map.toOriginalEnd(cStart + s.end));
      const id = `s${sentences.length + 1}`;
      ids.push(id);
      sentences.push({
        id,
        paragraph: paragraphs.length,
        text: original.slice(start, end),
        start,
        end,
        normalized: s.text,
      });
    }
    paragraphs.push({ ...span, normalized, sentences: ids });
    if (creditStart !== undefined) {
      pushRemoved(toSpan(line.cStart + creditStart, line.cEnd), 'credit', 'line:closing-wire-credit');
    }
  }
  pushGap(original.length);

  // 7. URLs anywhere in the text.
  URL_IN_TEXT.lastIndex = 0;
  for (let m = URL_IN_TEXT.exec(text); m !== null; m = URL_IN_TEXT.exec(text)) {
    metadata.urls.push(toSpan(m.index, m.index + m[0].length));
  }

  // 8. Diagnostics.
  const nonSpace = countNonSpace(original, 0, original.length);
  const bodyChars = paragraphs.reduce((n, p) => n + countNonSpace(original, p.start, p.end), 0);
  if (nonSpace === 0) {
    diagnostics.push({ code: 'empty-input', severity: 'warning', message: 'The input holds no text.' });
  } else if (paragraphs.length === 0) {
    if (!notArticle?.notArticle || wouldBeBody.length === 0) {
      diagnostics.push({
        code: 'no-body',
        severity: 'warning',
        message: 'No body text was found: every line was classified as metadata or page furniture. See `removed`.',
      });
    }
  } else if (bodyChars / nonSpace < 0.1 && nonSpace > 500) {
    diagnostics.push({
      code: 'mostly-removed',
      severity: 'warning',
      message: `Only ${Math.round((100 * bodyChars) / nonSpace)}% of the text was kept as body; check \`removed\` before trusting the result.`,
    });
  }
  if (notArticle?.notArticle) {
    const first = wouldBeBody[0];
    const last = wouldBeBody[wouldBeBody.length - 1];
    diagnostics.push({
      code: 'not-article',
      severity: 'warning',
      message:
        `This page is not an article. ${notArticle.reason}` +
        (first ? ' Its would-be body is removed (reason `not-article`): it has no sentences to compare.' : ''),
      ...(first && last
        ? { span: { start: map.toOriginalStart(first.cStart), end: map.toOriginalEnd(last.cEnd) } }
        : {}),
    });
  }
  if (cleaned.dropped > 0) {
    diagnostics.push({
      code: 'control-characters',
      severity: cleaned.dropped > 16 ? 'warning' : 'info',
      message: `${cleaned.dropped} control or invalid characters were dropped from the comparison text (binary junk or a wrong encoding?).`,
    });
  }
  if (cleaned.repaired > 0) {
    diagnostics.push({
      code: 'encoding-repaired',
      severity: 'info',
      message: `${cleaned.repaired} characters in the range U+0080–U+009F were read as the Windows-1252 characters they stand for (quotes, dashes, apostrophes): the text was decoded with the wrong encoding.`,
    });
  }
  const { letters, latin } = countLetters(text);
  if (letters > 0 && latin / letters < 0.8) {
    diagnostics.push({
      code: 'non-latin-script',
      severity: 'warning',
      message: `${Math.round((100 * (letters - latin)) / letters)}% of the letters are not Latin; boilerplate rules and sentence boundaries are tuned for English and may be less accurate.`,
    });
  }

  const agency = inferAgency(metadata.dateline, metadata.credits, metadata.bylines, agencies);
  const url = article.url ?? pickArticleUrl(metadata.urls, metadata.title?.text);
  const publishedAt =
    article.publishedAt === undefined
      ? undefined
      : article.publishedAt instanceof Date
        ? article.publishedAt.toISOString()
        : new Date(article.publishedAt).toISOString();
  const meta: ArticleMetadata = {
    ...(metadata.title ? { title: metadata.title } : {}),
    ...(metadata.dek ? { dek: metadata.dek } : {}),
    bylines: metadata.bylines,
    ...(metadata.dateline ? { dateline: metadata.dateline } : {}),
    captions: collectCaptions(content, toSpan),
    photoCredits: metadata.photoCredits,
    credits: metadata.credits,
    urls: metadata.urls,
    ...(agency ? { agency } : {}),
  };
  return {
    kind: 'article',
    id: article.id ?? sourceIdFor(original),
    ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    original,
    metadata: meta,
    paragraphs,
    sentences,
    removed,
    layout,
    duplicates,
    diagnostics,
  };
}

function countNonSpace(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x2028 && c !== 0x2029 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200a)) n++;
  }
  return n;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Counts letters and Latin letters without building match arrays (ASCII fast path). */
function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        letters++;
        latin++;
      }
      continue;
    }
    const ch = text[i]!;
    if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  return { letters, latin };
}

function collectCaptions(content: Line[], toSpan: (a: number, b: number) => TextSpan): TextSpan[] {
  return content
    .filter((l) => l.role.kind === 'removed' && l.role.reason === 'caption' && /[\p{L}]{2}/u.test(l.text))
    .map((l) => toSpan(l.cStart, l.cEnd));
}

/** Whether most of a line's sentences reappear, word pair by word pair, in one later line. */
function repeatedLater(line: Line, later: readonly Line[]): Line | undefined {
  const pairs = (text: string) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const set = new Set<string>();
    for (let i = 0; i + 1 < words.length; i++) set.add(`${words[i]} ${words[i + 1]}`);
    return set;
  };
  const sentences = splitSentences(line.text).map((s) => pairs(s.text));
  if (sentences.length === 0) return undefined;
  const candidates = later.filter((l) => l.role.kind === 'body').slice(0, 6);
  let first: Line | undefined;
  let covered = 0;
  for (const own of sentences) {
    if (own.size < 3) continue;
    let best = 0;
    let bestLine: Line | undefined;
    for (const other of candidates) {
      const theirs = pairs(other.text);
      let shared = 0;
      for (const p of own) if (theirs.has(p)) shared++;
      const share = shared / own.size;
      if (share > best) {
        best = share;
        bestLine = other;
      }
    }
    if (best >= 0.6) {
      covered++;
      first ??= bestLine;
    }
  }
  return covered > 0 && covered >= Math.ceil(sentences.length / 2) ? first : undefined;
}

/** Body words that must come before a trailing zone can start. */
const MIN_STORY_WORDS_BEFORE_TAIL = 60;

/** Marks as furniture everything after the first point from which nothing continues the story. */
function trimTail(
  content: Line[],
  lede: Line,
  ruleOf: Map<Line, { terminator?: boolean; inline?: boolean } | undefined>,
): void {
  const after = content.filter((l) => l.index > lede.index);
  const isFurniture = (l: Line) =>
    (l.role.kind === 'removed' && (l.role.reason.startsWith('boilerplate:') || l.role.reason === 'url')) ||
    (l.role.kind === 'body' && isFragment(l));
  // furnitureFrom[i]: furniture lines among after[i..].
  const furnitureFrom = new Int32Array(after.length + 1);
  for (let i = after.length - 1; i >= 0; i--)
    furnitureFrom[i] = furnitureFrom[i + 1]! + (isFurniture(after[i]!) ? 1 : 0);
  // The story vocabulary: stems of the header, the lede and the body up to the candidate, built lazily.
  const story = new Set<string>();
  for (const line of content) if (line.index <= lede.index && line.role.kind !== 'blank') addStems(story, line.text);
  let storyUpTo = 0;
  // Stems of each line, computed once.
  const stemsOf: Array<string[] | undefined> = new Array(after.length);
  // A body line, or a caption (pictures belong to the story), that shares the story's words.
  const topical = (k: number) => {
    const line = after[k]!;
    const caption = line.role.kind === 'removed' && line.role.reason === 'caption';
    if ((line.role.kind !== 'body' && !caption) || line.words < 5) return false;
    stemsOf[k] ??= contentStems(line.text);
    const stems = stemsOf[k]!;
    if (stems.length === 0) return false;
    let shared = 0;
    for (const s of stems) if (story.has(s)) shared++;
    return shared / stems.length >= 0.34 && shared >= 3;
  };
  // The story only grows, so a line found topical stays topical: a candidate
  // before it needs no search, and each search starts past the previous one's
  // end. Every line is looked at once (the search used to rescan the rest of
  // the page for every candidate).
  let nextTopical = -1;
  // The trailing zone starts only once the story has begun: enough body prose
  // before the candidate (navigation menus at the top of a page are not a tail).
  let proseBefore = lede.words;
  for (let i = 0; i < after.length; i++) {
    const role = after[i]!.role;
    // Sentences only: a list of headlines or menu items at the top of a page is not the story.
    if (role.kind === 'body' && after[i]!.terminal && !isFragment(after[i]!)) proseBefore += after[i]!.words;
    if (proseBefore < MIN_STORY_WORDS_BEFORE_TAIL) continue;
    const isCredit = role.kind === 'removed' && role.reason === 'credit';
    // A trailing zone starts at a credit or at a line of page furniture; links
    // and pointers inside the story (`RELATED: ...`, `click here`) do not end it.
    const rule = ruleOf.get(after[i]!);
    const furnitureStart =
      role.kind === 'removed' && role.reason.startsWith('boilerplate:') && rule !== undefined && rule.inline !== true;
    if (!isCredit && !furnitureStart) continue;
    const restLength = after.length - i - 1;
    const strong = isCredit || rule?.terminator === true;
    // A weak start (one furniture line) needs the rest to be mostly furniture;
    // a strong one (credit line, letter to readers, paywall, navigation) a good part of it.
    const share = restLength === 0 ? 1 : furnitureFrom[i + 1]! / restLength;
    if (share < (strong ? 0.3 : 0.5)) continue;
    if (nextTopical > i) continue;
    for (; storyUpTo < i; storyUpTo++)
      if (after[storyUpTo]!.role.kind === 'body') addStems(story, after[storyUpTo]!.text);
    nextTopical = -1;
    for (let k = i + 1; k < after.length; k++) {
      if (topical(k)) {
        nextTopical = k;
        break;
      }
    }
    if (nextTopical > i) continue;
    for (let k = i + 1; k < after.length; k++) {
      const l = after[k]!;
      if (l.role.kind === 'body') remove(l, 'boilerplate:promo', 'tail:after-article');
    }
    return;
  }
}

function addStems(set: Set<string>, text: string): void {
  for (const s of contentStems(text)) set.add(s);
}

/**
 * The wire agency the text credits: dateline first, then credit lines, then
 * bylines. Only wire agencies count: an outlet's own story (`(CNN) --`, `By
 * Dominic Casciani, BBC Home Affairs correspondent`), a name copydesk does
 * not know (`PITTSBURGH (KDKA) —`) and a photo agency (Getty Images) credit no
 * wire agency.
 */
function inferAgency(
  dateline: Dateline | undefined,
  credits: readonly WireCredit[],
  bylines: readonly Byline[],
  agencies: AgencyIndex,
): string | undefined {
  const named = [dateline?.agency, ...credits.map((c) => c.agency), ...bylines.map((b) => b.agency)];
  return named.find((name) => {
    const definition = name === undefined ? undefined : agencies.byName.get(name);
    return definition?.kind === 'wire' && definition.photoOnly !== true;
  });
}

function pickArticleUrl(urls: readonly TextSpan[], title: string | undefined): string | undefined {
  if (urls.length === 0) return undefined;
  if (!title) return undefined;
  const titleWords = new Set(title.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  let best: string | undefined;
  let bestScore = 0;
  for (const u of urls) {
    const words = u.text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const score = words.filter((w) => titleWords.has(w)).length;
    if (score > bestScore) {
      bestScore = score;
      best = u.text;
    }
  }
  return bestScore >= 3 ? best : undefined;
}
