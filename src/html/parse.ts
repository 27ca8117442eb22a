/**
 * One pass of htmlparser2's streaming `Parser` (no DOM) over the HTML: text
 * blocks with their maps back to the source, the block-level elements around
 * them, markup that yields no text, and the raw metadata tags.
 *
 * @packageDocumentation
 */

import { fastTokenizer } from './fast-tokenizer';
import { LeanParser } from './lean-parser';
import { SourceTextMap } from './text-map';
import type { HtmlAncestor, HtmlRemovalReason, HtmlRemovedSpan } from './types';
import { BLOCK_TAGS, SKIP_TAGS, VOID_TAGS } from './vocabulary';

/** An element on the way down to a block. @internal */
export interface ParsedElement {
  readonly tag: string;
  readonly summary: HtmlAncestor;
  /** Whether its class, id or `itemprop` may name the article body (see `CONTENT_WORDS.strong`). */
  readonly mayHint: boolean;
  readonly parent: ParsedElement | undefined;
  /** Offset of its start tag. */
  readonly start: number;
  /** Offset just past its end tag (or where it was implicitly closed). */
  end: number;
  /** Index of its first block in {@link ParsedPage.blocks}. */
  readonly blockFrom: number;
  /** One past the index of its last block (for an inline element, of the last block it touches). */
  blockTo: number;
  /** Whether it is a block-level element (its start and end break blocks). */
  readonly isBlock: boolean;
  /** Attributes kept for the later stages: `itemprop`, `rel`, `datetime`. */
  readonly itemprop: string | undefined;
  /** For an inline element: characters of block text inside it (infinite when it spans blocks). */
  inlineChars: number;
  /** Serial of the block and text length at its start (inline elements). */
  readonly openedAt: number;
  readonly openedOut: number;
}

/** A text block before labelling. @internal */
export interface ParsedBlock {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly map: SourceTextMap;
  /** Innermost block-level element holding the block. */
  readonly element: ParsedElement;
  /** Every element open at the block's first character, outermost first. */
  readonly stack: readonly ParsedElement[];
  readonly linkChars: number;
}

/** A metadata tag as found (`<meta>`, `<link>`, `<time>`), its attributes lower-cased by name. @internal */
export interface ParsedTag {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly start: number;
  readonly end: number;
}

/** The raw text of a script or the `<title>`, with its offset. @internal */
export interface ParsedText {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Everything the parse pass gathers. @internal */
export interface ParsedPage {
  readonly blocks: ParsedBlock[];
  readonly elements: ParsedElement[];
  readonly removed: HtmlRemovedSpan[];
  readonly tags: ParsedTag[];
  readonly jsonLd: ParsedText[];
  readonly title: ParsedText | undefined;
}

/** White space as HTML collapses it (space, tab, LF, FF, CR). */
function isCollapsible(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * Adds the tokens of one `class` or `id` value (see `HtmlAncestor.tokens`):
 * each name split at non-alphanumerics and at lower-to-upper case changes,
 * lower-cased, then the whole name lower-cased when it differs from its
 * first part. One pass over the characters, no regular expression.
 */
function addTokens(value: string, tokens: string[]): void {
  let nameStart = -1;
  let partStart = -1;
  let firstPart = '';
  let prevLower = false;
  const endPart = (at: number): void => {
    if (partStart >= 0) {
      const part = value.slice(partStart, at).toLowerCase();
      if (firstPart === '') firstPart = part;
      tokens.push(part);
      partStart = -1;
    }
  };
  const endName = (at: number): void => {
    endPart(at);
    if (nameStart >= 0) {
      const whole = value.slice(nameStart, at).toLowerCase();
      if (whole !== firstPart) tokens.push(whole);
    }
    nameStart = -1;
    firstPart = '';
    prevLower = false;
  };
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13) {
      endName(i);
      continue;
    }
    if (nameStart < 0) nameStart = i;
    const lower = c >= 97 && c <= 122;
    const upper = c >= 65 && c <= 90;
    const alnum = lower || upper || (c >= 48 && c <= 57);
    if (!alnum) {
      endPart(i);
      prevLower = false;
      continue;
    }
    if (upper && prevLower) endPart(i);
    if (partStart < 0) partStart = i;
    prevLower = lower;
  }
  endName(value.length);
}

/**
 * Splits class, id, `itemprop` and `role` into the tokens of
 * `HtmlAncestor.tokens`. Pages repeat the same class on many elements, so
 * the tokens of a class value are cached, and elements with only a class
 * share its frozen list.
 */
function tokensOf(attributes: Record<string, string>, cache: Map<string, readonly string[]>): readonly string[] {
  const cls = attributes['class'] ?? '';
  let fromClass = cache.get(cls);
  if (fromClass === undefined) {
    const tokens: string[] = [];
    addTokens(cls, tokens);
    fromClass = tokens.length === 0 ? NO_TOKENS : Object.freeze(tokens);
    cache.set(cls, fromClass);
  }
  const id = attributes['id'];
  const itemprop = attributes['itemprop'];
  const role = attributes['role'];
  if (!id && !itemprop && !role) return fromClass;
  const tokens = fromClass.slice();
  if (id) addTokens(id, tokens);
  if (itemprop) tokens.push(`itemprop:${itemprop.toLowerCase()}`);
  if (role) tokens.push(`role:${role.toLowerCase()}`);
  return tokens;
}

const NO_TOKENS: readonly string[] = Object.freeze([]);

/** Raw attribute text that may hold a strong body word (`CONTENT_WORDS.strong` all contain one of these). */
const MAY_HINT = /body|content|text/i;

/**
 * An element's tag and class/id tokens, split only when asked for: most
 * elements of a page are never looked at by word (only those above a block,
 * and those whose attributes may name the body).
 */
class LazyAncestor implements HtmlAncestor {
  #tokens: readonly string[] | undefined;
  constructor(
    readonly tag: string,
    private readonly attributes: Record<string, string> | undefined,
    private readonly cache: Map<string, readonly string[]>,
  ) {}
  get tokens(): readonly string[] {
    if (this.#tokens === undefined) {
      this.#tokens = this.attributes === undefined ? NO_TOKENS : tokensOf(this.attributes, this.cache);
    }
    return this.#tokens;
  }
}

/** Options of {@link parsePage}. @internal */
export interface ParsePageOptions {
  /**
   * Read the content of `<noscript>` as markup, as a browser without
   * JavaScript shows it, instead of removing it as `html:noscript`.
   */
  readonly readNoscript?: boolean;
}

/**
 * Parses the HTML in one streaming pass and builds its text blocks.
 *
 * @param html - The page.
 * @param options - See {@link ParsePageOptions}.
 * @returns Blocks, elements, removed markup and metadata tags.
 * @internal
 */
export function parsePage(html: string, options: ParsePageOptions = {}): ParsedPage {
  const readNoscript = options.readNoscript === true;
  const blocks: ParsedBlock[] = [];
  const elements: ParsedElement[] = [];
  const removed: HtmlRemovedSpan[] = [];
  const tags: ParsedTag[] = [];
  const jsonLd: ParsedText[] = [];
  let title: ParsedText | undefined;

  const stack: ParsedElement[] = [];
  const tokenCache = new Map<string, readonly string[]>();
  /** Depth of the stack at which a skipped element opened (-1: not skipping). */
  let skipDepth = -1;
  let skipReason: HtmlRemovalReason = 'html:script';
  let skipStart = 0;
  let skipText = '';
  let skipTextStart = -1;
  let skipIsJsonLd = false;
  let skipKeepsText = false;
  let ending = false;
  let linkDepth = 0;
  let preDepth = 0;
  let commentStart = -1;

  // The block being built.
  let parts: string[] = [];
  let outLength = 0;
  let map: SourceTextMap | undefined;
  let srcPos = 0;
  let blockStart = -1;
  let lastEnd = 0;
  let pendingSpace = false;
  let pendingBreaks = 0;
  let linkChars = 0;
  /** Counts flushes, so that an inline element can tell whether it closes in the block it opened in. */
  let serial = 0;
  let blockElement: ParsedElement | undefined;
  let blockStack: readonly ParsedElement[] = [];

  const innermostBlock = (): ParsedElement | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.isBlock) return stack[i];
    return undefined;
  };

  const root: ParsedElement & { blockTo: number } = {
    tag: '#document',
    summary: { tag: '#document', tokens: NO_TOKENS },
    mayHint: false,
    parent: undefined,
    start: 0,
    end: html.length,
    blockFrom: 0,
    blockTo: 0,
    isBlock: true,
    itemprop: undefined,
    inlineChars: Number.POSITIVE_INFINITY,
    openedAt: 0,
    openedOut: 0,
  };

  /** Ends the block being built; `end` is where its range ends in the HTML. */
  const flush = (end: number): void => {
    if (map !== undefined && outLength > 0) {
      map.textEnd = srcPos;
      blocks.push({
        text: parts.join(''),
        start: blockStart,
        end: Math.max(end, srcPos),
        map,
        element: blockElement ?? root,
        stack: blockStack,
        linkChars,
      });
    }
    parts = [];
    outLength = 0;
    serial++;
    map = undefined;
    blockStart = -1;
    pendingSpace = false;
    pendingBreaks = 0;
    linkChars = 0;
    blockElement = undefined;
  };

  /**
   * Markup removed with a reason (`[from, to)`: a script, a comment) before the
   * first character of the block being built: the block starts after it, so
   * that the removed span stays a piece of the layout of its own instead of
   * being folded into the block's range.
   */
  const skippedBeforeText = (from: number, to: number): void => {
    if (map === undefined && blockStart >= 0 && blockStart <= from) blockStart = to;
  };

  /** Appends characters that stand for source `[from, to)`; `same` when they are the source itself. */
  const emit = (text: string, from: number, to: number, same: boolean): void => {
    if (map === undefined) {
      map = new SourceTextMap();
      map.textStart = from;
      if (blockStart < 0) blockStart = from;
      blockElement = innermostBlock();
      blockStack = stack.slice();
      srcPos = 0;
      if (from > 0) map.add(0, from, 0, 0);
    } else if (pendingBreaks > 0 || pendingSpace) {
      const sep = pendingBreaks > 0 ? '\n' : ' ';
      map.add(srcPos, from, outLength, outLength + 1);
      parts.push(sep);
      outLength++;
    } else if (from > srcPos) {
      map.add(srcPos, from, outLength, outLength);
    }
    pendingSpace = false;
    pendingBreaks = 0;
    if (!same) map.add(from, to, outLength, outLength + text.length);
    parts.push(text);
    outLength += text.length;
    if (linkDepth > 0) linkChars += text.length;
    srcPos = to;
    lastEnd = to;
  };

  /**
   * Takes a run of raw text `[from, to)` of the source, collapsing white
   * space. Words separated by single spaces go in as one piece (no edit in
   * the map); only longer or other white space becomes an edit.
   */
  const takeRaw = (from: number, to: number): void => {
    if (preDepth > 0) {
      emit(html.slice(from, to), from, to, true);
      return;
    }
    let i = from;
    while (i < to && isCollapsible(html.charCodeAt(i))) i++;
    if (i > from && map !== undefined) pendingSpace = true;
    let segment = i;
    while (i < to) {
      const c = html.charCodeAt(i);
      if (!isCollapsible(c)) {
        i++;
        continue;
      }
      if (c === 32 && i + 1 < to && !isCollapsible(html.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      emit(html.slice(segment, i), segment, i, true);
      while (i < to && isCollapsible(html.charCodeAt(i))) i++;
      pendingSpace = true;
      segment = i;
    }
    if (segment < to) emit(html.slice(segment, to), segment, to, true);
  };

  const parser = new LeanParser(
    {
      onopentag(name, attributes) {
        const start = parser.startIndex;
        const tagEnd = parser.endIndex + 1;
        if (skipDepth >= 0) {
          stack.push({
            tag: name,
            summary: { tag: name, tokens: NO_TOKENS },
            mayHint: false,
            parent: stack[stack.length - 1],
            start,
            end: tagEnd,
            blockFrom: blocks.length,
            blockTo: blocks.length,
            isBlock: false,
            itemprop: undefined,
            inlineChars: 0,
            openedAt: 0,
            openedOut: 0,
          });
          return;
        }
        if (name === 'meta' || name === 'link' || name === 'time') {
          tags.push({ tag: name, attributes, start, end: tagEnd });
        }
        const isBlock = BLOCK_TAGS.has(name);
        const skip = readNoscript && name === 'noscript' ? undefined : SKIP_TAGS.get(name);
        const style = attributes['style'];
        const hidden =
          name !== 'html' &&
          name !== 'body' &&
          (attributes['hidden'] !== undefined || (style !== undefined && style !== '' && HIDDEN_STYLE.test(style)));
        if (isBlock) flush(lastEnd);
        const named =
          attributes['class'] !== undefined ||
          attributes['id'] !== undefined ||
          attributes['itemprop'] !== undefined ||
          attributes['role'] !== undefined;
        const element: ParsedElement = {
          tag: name,
          summary: new LazyAncestor(name, named ? attributes : undefined, tokenCache),
          mayHint:
            named &&
            (MAY_HINT.test(attributes['class'] ?? '') ||
              MAY_HINT.test(attributes['id'] ?? '') ||
              MAY_HINT.test(attributes['itemprop'] ?? '')),
          parent: stack[stack.length - 1] ?? root,
          start,
          end: tagEnd,
          blockFrom: blocks.length,
          blockTo: blocks.length,
          isBlock,
          itemprop: attributes['itemprop'],
          inlineChars: Number.POSITIVE_INFINITY,
          openedAt: serial,
          openedOut: outLength,
        };
        stack.push(element);
        if (skip !== undefined || hidden) {
          skipDepth = stack.length;
          skipReason = hidden ? 'html:hidden' : skip!;
          skipStart = start;
          skipText = '';
          skipTextStart = -1;
          skipIsJsonLd = name === 'script' && /ld\+json/i.test(attributes['type'] ?? '');
          skipKeepsText = skipIsJsonLd || name === 'title';
          return;
        }
        if (isBlock) {
          blockStart = start;
          elements.push(element);
        } else if (name === 'br') {
          if (map !== undefined) {
            pendingBreaks++;
            if (pendingBreaks >= 2) {
              flush(lastEnd);
            }
          }
        } else if (map === undefined && blockStart < 0) {
          blockStart = start;
        } else if (map !== undefined) {
          lastEnd = tagEnd;
        }
        if (name === 'a' && attributes['href'] !== undefined) linkDepth++;
        if (name === 'pre' || name === 'listing' || name === 'plaintext') preDepth++;
      },
      onclosetag(name, isImplied) {
        const element = stack.pop();
        if (element === undefined) return;
        const explicit = !isImplied || VOID_TAGS.has(name);
        const end = explicit ? parser.endIndex + 1 : ending ? html.length : parser.startIndex;
        element.end = Math.max(element.start, end);
        if (skipDepth >= 0) {
          if (stack.length + 1 > skipDepth) return;
          // The skipped element itself closes.
          const spanEnd = Math.max(skipStart, end);
          element.end = spanEnd;
          removed.push({ start: skipStart, end: spanEnd, reason: skipReason, tag: name });
          skippedBeforeText(skipStart, spanEnd);
          if (skipIsJsonLd && skipTextStart >= 0) jsonLd.push({ text: skipText, start: skipTextStart, end: spanEnd });
          if (name === 'title' && title === undefined && skipTextStart >= 0) {
            title = { text: skipText, start: skipTextStart, end: spanEnd };
          }
          skipDepth = -1;
          return;
        }
        if (element.isBlock) {
          flush(explicit ? end : lastEnd);
          element.blockTo = blocks.length;
        } else {
          if (element.openedAt === serial) element.inlineChars = outLength - element.openedOut;
          element.blockTo = blocks.length + (map !== undefined && outLength > 0 ? 1 : 0);
          if (map !== undefined && explicit) lastEnd = end;
        }
        if (name === 'a' && linkDepth > 0) linkDepth--;
        if ((name === 'pre' || name === 'listing' || name === 'plaintext') && preDepth > 0) preDepth--;
      },
      ontext(data) {
        const end = parser.endIndex + 1;
        if (skipDepth >= 0) {
          if (!skipKeepsText) return;
          if (skipTextStart < 0) skipTextStart = parser.startIndex;
          skipText += data;
          return;
        }
        // A character reference decodes to at most two code points; longer text is a raw slice.
        if (data.length > 4 || html.startsWith(data, end - data.length)) {
          takeRaw(end - data.length, end);
          return;
        }
        // A character reference: `data` is its decoded value.
        const start = html.lastIndexOf('&', end - 1);
        if (data.length === 1 && isCollapsible(data.charCodeAt(0)) && preDepth === 0) {
          if (map !== undefined) pendingSpace = true;
          return;
        }
        emit(data, start, end, false);
      },
      oncomment() {
        if (commentStart < 0) commentStart = parser.startIndex;
      },
      oncommentend() {
        if (skipDepth < 0 && commentStart >= 0) {
          removed.push({ start: commentStart, end: parser.endIndex + 1, reason: 'html:comment', tag: '#comment' });
          skippedBeforeText(commentStart, parser.endIndex + 1);
        }
        commentStart = -1;
      },
      onprocessinginstruction(name) {
        if (skipDepth >= 0) return;
        const doctype = name.toLowerCase() === '!doctype';
        removed.push({
          start: parser.startIndex,
          end: parser.endIndex + 1,
          reason: doctype ? 'html:doctype' : 'html:instruction',
          tag: doctype ? '#doctype' : '#instruction',
        });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: fastTokenizer },
  );
  parser.write(html);
  ending = true;
  parser.end();
  flush(lastEnd);
  root.blockTo = blocks.length;
  elements.unshift(root);
  for (const element of elements) if (element.blockTo < element.blockFrom) element.blockTo = element.blockFrom;
  return { blocks, elements, removed: sortSpans(removed), tags, jsonLd, title };
}

/** Removed spans in source order, those inside another one dropped (comments inside a hidden element). */
function sortSpans(spans: HtmlRemovedSpan[]): HtmlRemovedSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: HtmlRemovedSpan[] = [];
  let reach = -1;
  for (const span of spans) {
    if (span.end <= reach) continue;
    if (span.start < reach) continue;
    out.push(span);
    reach = span.end;
  }
  return out;
}
