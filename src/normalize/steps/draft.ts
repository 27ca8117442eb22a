/**
 * The state the numbered steps of `normalizeArticle` pass along: the cleaned
 * text cut into lines, the role each line has been given so far, and the
 * pieces of the result as they are found. Each step reads what the earlier
 * ones decided and adds its own decisions; only the last one builds the
 * public {@link Article}.
 *
 * @packageDocumentation
 */
import type { OffsetMap } from '../../core/offset-map';
import type {
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
} from '../../core/types';
import { splitSentences } from '../../segment/split-sentences';
import type { AgencyIndex } from '../agencies';
import type { NotArticleVerdict } from '../not-article';
import type { BlockLine } from '../rules/blocks';
import { matchCaptionShape, matchMediaWidget } from '../rules/captions';
import { endsWithParen } from '../rules/line-ends';
import type { LineRule, LineView } from '../rules/line-rule';
import { hasCue } from '../rules/line-scanner';
import { findPhotoCredits, hasCaptionMarker, type PhotoCreditSpan } from '../rules/metadata';
import { FRAGMENT } from '../tuning';
import { PHOTO_CUE_SET } from './cue-sets';

/** What a line is, as far as the steps so far can tell. @internal */
export type Role =
  | { kind: 'blank' }
  | { kind: 'body' }
  | { kind: 'removed'; reason: RemovalReason; rule: string; duplicateOf?: number };

/** One line of the cleaned text, trimmed, with its measures and its role. @internal */
export interface Line extends LineView {
  readonly index: number;
  /** Offsets of the trimmed line in the cleaned text. */
  readonly cStart: number;
  readonly cEnd: number;
  /** Index of the blank-line-separated block the line belongs to. */
  readonly block: number;
  /** Whether every character is ASCII. */
  readonly ascii: boolean;
  /** Hash of the ASCII letters and digits, lower-cased (see `foldHash`; meaningful when {@link Line.ascii}). */
  readonly foldHash: number;
  /** The cue sets that may match the line (`hasCue`), read in step 1. */
  readonly cueLo: number;
  readonly cueHi: number;
  /** The line's word hashes in {@link Draft.wordHashes}: from this index to {@link Line.wordsTo}. */
  readonly wordsFrom: number;
  readonly wordsTo: number;
  role: Role;
  /**
   * Set when the line's role was decided before the steps ran (HTML input: a
   * `<figcaption>`, the page's headline element); no step changes it then.
   */
  locked?: boolean;
  /** The sentences of {@link LineView.text}, once split (see {@link lineSentences}). */
  sentences?: readonly TextSpan[];
  /** Whether the line is a fragment ({@link isFragment}), once asked. */
  fragment?: boolean;
  /** Rules asked about the line by more than one step, answered once (`null`: no match). */
  captionShape?: string | null;
  mediaWidget?: MediaWidget | null;
  photoCredits?: readonly PhotoCreditSpan[];
}

/** What {@link matchMediaWidget} finds. @internal */
export type MediaWidget = NonNullable<ReturnType<typeof matchMediaWidget>>;

/** {@link matchCaptionShape} of a line, once. @internal */
export function captionShapeOf(draft: Draft, line: Line): string | undefined {
  if (line.captionShape === undefined)
    line.captionShape = matchCaptionShape(line.text, line.words, draft.agencies) ?? null;
  return line.captionShape ?? undefined;
}

/** {@link matchMediaWidget} of a line, once. @internal */
export function mediaWidgetOf(line: Line): MediaWidget | undefined {
  if (line.mediaWidget === undefined) line.mediaWidget = matchMediaWidget(line.text, line.words) ?? null;
  return line.mediaWidget ?? undefined;
}

/** Whether the line may hold a photo credit or a caption marker: it has a photo cue or closes with a parenthesis. */
function mayHoldPhotoCredit(line: Line): boolean {
  return hasCue(line.cueLo, line.cueHi, PHOTO_CUE_SET) || endsWithParen(line.text, true);
}

/** {@link findPhotoCredits} of a line, once. @internal */
export function photoCreditsOf(draft: Draft, line: Line): readonly PhotoCreditSpan[] {
  line.photoCredits ??= mayHoldPhotoCredit(line) ? findPhotoCredits(line.text, draft.agencies) : [];
  return line.photoCredits;
}

/** {@link hasCaptionMarker} of a line. @internal */
export function captionMarkerOf(line: Line): boolean {
  return mayHoldPhotoCredit(line) && hasCaptionMarker(line.text);
}

/** Metadata found so far; the last step orders it into `ArticleMetadata`. @internal */
export interface DraftMetadata {
  title: TextSpan | undefined;
  dek: TextSpan | undefined;
  readonly bylines: Byline[];
  readonly photoCredits: PhotoCredit[];
  readonly credits: WireCredit[];
  readonly urls: TextSpan[];
  dateline: Dateline | undefined;
}

/** The state of one `normalizeArticle` call between its steps. @internal */
export interface Draft {
  /** The text as the user gave it. */
  readonly original: string;
  /** The cleaned text the lines are cut from. */
  readonly text: string;
  /** Maps offsets in {@link Draft.text} back to {@link Draft.original}. */
  readonly map: OffsetMap;
  /** Hashes of the runs of ASCII letters and digits of every line, in order (see {@link Line.wordsFrom}). */
  readonly wordHashes: Int32Array;
  /** Their lengths and exact keys (see `LineScanner.wordKeys`). */
  readonly wordLengths: Int32Array;
  readonly wordKeys: Float64Array;
  /** Where each word starts in {@link Draft.text}, and whether it holds a lower-case letter. */
  readonly wordStarts: Int32Array;
  readonly wordLower: Uint8Array;
  /** Control or invalid characters dropped by the cleanup. */
  readonly dropped: number;
  /** C1 characters read as Windows-1252 by the cleanup. */
  readonly repaired: number;
  readonly agencies: AgencyIndex;
  readonly removeBoilerplate: boolean;
  /** Every line, blank ones included. */
  readonly lines: readonly Line[];
  /** The non-blank lines, in order. */
  readonly content: readonly Line[];
  /** The line rule that removed a line in step 2. */
  readonly ruleOf: Map<Line, LineRule>;
  readonly metadata: DraftMetadata;
  /** Lines still body after the furniture steps (2 and 3), in order: the header and the story are among them. */
  bodyCandidates: readonly Line[];
  /** Index in {@link Draft.bodyCandidates} of the first line after the title. */
  cursor: number;
  /** Blocks that hold a caption or a photo credit. */
  readonly captionBlocks: Set<number>;
  /**
   * Lines the steps may read as metadata (a title, a dek, a byline) but that
   * are never body: the visible stub of a page whose article is read from its
   * JSON-LD. Step 13 removes those still body.
   */
  readonly notBody: Set<Line>;
  /** Body lines that end with a credit, and where in the line the credit starts. */
  readonly creditFrom: Map<Line, number>;
  /** The first line of the story. */
  lede: Line | undefined;
  /** Pull quotes and the paragraph each repeats. */
  readonly pullQuotes: Array<[Line, Line]>;
  readonly duplicates: DuplicateReport[];
  /** The body lines when the not-article check ran. */
  wouldBeBody: readonly Line[];
  notArticle: NotArticleVerdict | undefined;
  readonly layout: LayoutSpan[];
  readonly removed: RemovedSpan[];
  readonly paragraphs: Paragraph[];
  readonly sentences: Sentence[];
  readonly diagnostics: Diagnostic[];
}

/** The span of the original text behind `[cStart, cEnd)` of the cleaned text. @internal */
export function toSpan(draft: Draft, cStart: number, cEnd: number): TextSpan {
  const start = draft.map.mapStart(cStart);
  const end = Math.max(start, draft.map.mapEnd(cEnd));
  return { text: draft.original.slice(start, end), start, end };
}

/** The sentences of a line's text, split once and kept on the line. @internal */
export function lineSentences(line: Line): readonly TextSpan[] {
  line.sentences ??= splitSentences(line.text);
  return line.sentences;
}

/** Gives a line the role `removed` (a {@link Line.locked} line keeps its role). @internal */
export function remove(line: Line, reason: RemovalReason, rule: string): void {
  if (line.locked === true) return;
  line.role = { kind: 'removed', reason, rule };
}

/** Removes a line as a caption; its block then holds a caption. @internal */
export function markCaption(draft: Draft, line: Line, rule: string): void {
  if (line.locked === true) return;
  remove(line, 'caption', rule);
  draft.captionBlocks.add(line.block);
}

/** Lines made only of symbols (`|`, `***`, `>>`) or of a few words without punctuation. @internal */
export function isFragment(line: Line): boolean {
  // Asked by several steps about the same lines; the answer depends on the text only.
  line.fragment ??=
    !/[\p{L}\p{N}]/u.test(line.text) ||
    (line.words <= FRAGMENT.maxWords &&
      !line.terminal &&
      !/\d/.test(line.text) &&
      line.text.length <= FRAGMENT.maxChars);
  return line.fragment;
}

/** The content lines as the block rules see them. @internal */
export function blockView(content: readonly Line[], media?: (line: Line) => boolean): BlockLine[] {
  // Every view has the same fields (one object shape for the block rules).
  return content.map((l) => {
    const role = l.role;
    const body = role.kind === 'body';
    return {
      text: l.text,
      words: l.words,
      terminal: l.terminal,
      body,
      rule: role.kind === 'removed' ? role.rule : undefined,
      media: media !== undefined && body && media(l),
    };
  });
}
