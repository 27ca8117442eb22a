/**
 * Which blocks are the article, and what every other block is.
 *
 * @remarks
 * The decision reads in three steps, after jusText, Readability and
 * trafilatura:
 *
 * 1. Each block gets a value from its shape alone (jusText's "good"
 *    paragraphs): a prose block (enough words, sentence punctuation, few
 *    links) counts its characters for its containers, a link list or a block
 *    under a furniture element (`<nav>`, `<aside>`, `<footer>`, a `related`
 *    or `share` class) counts its characters against them, anything else
 *    (a short label, a heading) counts nothing. Prose inside an element
 *    marked as the body (`itemprop=articleBody`, `article-body`) or found in
 *    the page's JSON-LD `articleBody` counts more.
 * 2. The container is the block-level element with the largest sum of its
 *    blocks' values (a maximum-weight subtree, computed with prefix sums
 *    because an element's blocks are contiguous): it holds the most prose
 *    for the least furniture, so a comment thread or a teaser column next to
 *    the story does not win, and short paragraphs, headings, lists and
 *    tables inside it come along (Readability #66, #775).
 * 3. Its siblings that hold prose of their own join it (Readability's
 *    sibling step: an article split across containers, a lead paragraph in
 *    its own `<div>`; Readability #901, #878, #776).
 *
 * Blocks are labelled, never dropped: furniture inside the container keeps
 * its furniture label (caption, photo credit, byline, related links), and
 * blocks outside it are labelled by their furniture element or class, else
 * `boilerplate`.
 *
 * @packageDocumentation
 */
import type { ParsedBlock, ParsedElement, ParsedPage } from './parse';
import { LABEL_MAX_CHARS, LIMITS, PROSE, SCORE, SIBLINGS } from './tuning';
import type { HtmlBlockLabel, HtmlMetadata, HtmlRemovalReason } from './types';
import { CONTENT_WORDS, FURNITURE_TEXT, FURNITURE_WORDS, STRUCTURAL_TAGS } from './vocabulary';

/** A block's label, the rule that gave it and, when not body, the removal reason. @internal */
export interface BlockDecision {
  readonly label: HtmlBlockLabel;
  readonly rule: string;
  readonly reason?: HtmlRemovalReason;
}

interface Furniture {
  readonly label: HtmlBlockLabel;
  readonly rule: string;
}

const HEADING = /^h[1-6]$/;
const SENTENCE_MARK = /[.!?,;:]/;
/** A date in a text: a month and a day (`Feb 6`, `12. November`), `2019-10-09` or `04/21/2022`. @internal */
export const DATE_IN_TEXT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;

/** Words of a text (runs between white space). */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Lower-cased letters and digits only, for comparing a heading with the headline. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function hasStrongHint(tokens: readonly string[]): boolean {
  for (const token of tokens) if (CONTENT_WORDS.strong.has(token)) return true;
  return false;
}

/**
 * Labels every block of a parsed page.
 *
 * @param page - The parse pass's result.
 * @param metadata - The page's metadata (headline and JSON-LD `articleBody` are hints).
 * @returns One decision per block, parallel to `page.blocks`.
 * @internal
 */
export function labelBlocks(page: ParsedPage, metadata: HtmlMetadata): BlockDecision[] {
  const blocks = page.blocks;
  const n = blocks.length;
  const linkDensity = new Float64Array(n);
  const prose = new Uint8Array(n);
  const proseChars = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const chars = b.text.length;
    linkDensity[i] = chars === 0 ? 0 : b.linkChars / chars;
    const words = wordCount(b.text);
    const isProse = words >= PROSE.minWords && linkDensity[i]! <= PROSE.maxLinkDensity && SENTENCE_MARK.test(b.text);
    prose[i] = isProse ? 1 : 0;
    proseChars[i + 1] = proseChars[i]! + (isProse ? chars : 0);
  }
  const totalProse = proseChars[n]!;
  const proseIn = (e: ParsedElement): number => proseChars[e.blockTo]! - proseChars[e.blockFrom]!;

  // Elements that hold a strong body hint, and their ancestors: their furniture classes do not count.
  const holdsHint = new Set<ParsedElement>();
  const hinted = new Set<ParsedElement>();
  const hintCache = new Map<readonly string[], boolean>();
  for (const e of page.elements) {
    if (!e.mayHint) continue;
    const tokens = e.summary.tokens;
    let strong = hintCache.get(tokens);
    if (strong === undefined) {
      strong = hasStrongHint(tokens);
      hintCache.set(tokens, strong);
    }
    if (!strong) continue;
    hinted.add(e);
    for (let p: ParsedElement | undefined = e; p !== undefined && !holdsHint.has(p); p = p.parent) holdsHint.add(p);
  }

  // Furniture words of a token list, cached by list (equal attributes share one list).
  const wordsCache = new Map<readonly string[], Furniture | null>();
  const furnitureWords = (tokens: readonly string[]): Furniture | null => {
    let found = wordsCache.get(tokens);
    if (found !== undefined) return found;
    found = null;
    for (const token of tokens) {
      const label = FURNITURE_WORDS.get(token);
      if (label !== undefined) {
        found = { label, rule: `class:${token}` };
        break;
      }
    }
    wordsCache.set(tokens, found);
    return found;
  };
  const furnitureCache = new Map<ParsedElement, Furniture | null>();
  const furnitureOfElement = (e: ParsedElement): Furniture | null => {
    const cached = furnitureCache.get(e);
    if (cached !== undefined) return cached;
    let found: Furniture | null = null;
    const structural = STRUCTURAL_TAGS.get(e.tag);
    if (structural !== undefined) found = { label: structural.label, rule: `struct:${e.tag}` };
    else if (e.tag !== 'html' && e.tag !== 'body' && e.summary.tokens.length > 0)
      found = furnitureWords(e.summary.tokens);
    // A wrapper around most of the page's prose or around the marked body is not furniture
    // (a `has-sidebar` class on the page, an ASP.NET `<form>` around everything).
    if (found !== null && (holdsHint.has(e) || (totalProse > 0 && proseIn(e) / totalProse > SCORE.wrapperShare))) {
      found = null;
    }
    furnitureCache.set(e, found);
    return found;
  };

  /** The innermost furniture element above a block, or a furniture text pattern on a short block. */
  const furnitureOf = (b: ParsedBlock, around?: ReadonlySet<ParsedElement>): Furniture | null => {
    const stack = b.stack;
    // `<figure>` around a `<figcaption>` or a credit class: the innermost one decides.
    for (let k = stack.length - 1; k >= 0; k--) {
      const e = stack[k]!;
      if (around?.has(e)) continue;
      // An inline element (a `<span class=dateline>`) labels the block only when it holds most of its text.
      if (!e.isBlock && e.inlineChars * 2 < b.text.length) continue;
      const f = furnitureOfElement(e);
      if (f !== null && b.text.length <= (LABEL_MAX_CHARS[f.label] ?? Number.POSITIVE_INFINITY)) {
        if (f.label === 'caption' && b.text.length <= LIMITS.shortText) {
          const credit = FURNITURE_TEXT.find((t) => t.label === 'photo-credit' && t.pattern.test(b.text));
          if (credit !== undefined) return { label: 'photo-credit', rule: credit.rule };
        }
        return f;
      }
    }
    if (b.text.length <= LIMITS.shortText) {
      for (const t of FURNITURE_TEXT) if (t.pattern.test(b.text)) return { label: t.label, rule: t.rule };
      if (b.text.length <= 60 && wordCount(b.text) <= 8 && DATE_IN_TEXT.test(b.text))
        return { label: 'date', rule: 'text:date' };
    }
    return null;
  };

  // JSON-LD articleBody, white space collapsed, as a hint.
  const articleBody = metadata.entries.find((e) => e.key === 'articleBody' && e.value.length > 200)?.value;

  const furniture: (Furniture | null)[] = new Array(n);
  const value = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const f = furnitureOf(b);
    furniture[i] = f;
    const chars = b.text.length;
    let v = 0;
    if (f !== null) v = -chars * SCORE.furnitureWeight;
    else if (linkDensity[i]! >= SCORE.linkHeavy) v = -chars * SCORE.furnitureWeight;
    else if (prose[i] === 1) {
      v = chars;
      if (b.stack.some((e) => hinted.has(e))) v *= SCORE.strongHint;
      if (articleBody?.includes(b.text.slice(0, SCORE.jsonLdProbe))) v *= SCORE.jsonLdHint;
    }
    value[i + 1] = value[i]! + v;
  }
  const sum = (e: ParsedElement): number => value[e.blockTo]! - value[e.blockFrom]!;

  let best: ParsedElement | undefined;
  let bestScore = 0;
  for (const e of page.elements) {
    if (e.blockTo <= e.blockFrom) continue;
    const s = sum(e);
    if (
      s > bestScore ||
      (best !== undefined && s === bestScore && e.blockTo - e.blockFrom < best.blockTo - best.blockFrom)
    ) {
      best = e;
      bestScore = s;
    }
  }

  const inContent = new Uint8Array(n);
  // The block range of the container's parent: an `<h1>` there is the story's headline.
  let near = { from: 0, to: 0 };
  if (best !== undefined) {
    for (let i = best.blockFrom; i < best.blockTo; i++) inContent[i] = 1;
    const parent = joinSiblings(page, best, sum, proseIn, inContent, prose, furniture);
    near =
      parent === undefined
        ? { from: best.blockFrom, to: best.blockTo }
        : { from: parent.blockFrom, to: parent.blockTo };
  }

  // The container and every element above it.
  const around = new Set<ParsedElement>();
  for (let e = best; e !== undefined; e = e.parent) around.add(e);
  const headline = metadata.headline === undefined ? '' : squash(metadata.headline.value);
  const decisions: BlockDecision[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    let f = furniture[i] ?? null;
    // A furniture element around the whole container (a `<header>` or `widget` wrapper) does not label its text.
    if (f !== null && inContent[i] === 1 && around.size > 0) f = furnitureOf(b, around);
    let label: HtmlBlockLabel;
    let rule: string;
    const isHeading = HEADING.test(b.element.tag);
    // Only a block about as long as the headline can be it.
    const nearHeadline =
      headline !== '' && b.text.length >= headline.length / 2 && b.text.length <= headline.length * 2 + 20;
    const squashed = nearHeadline ? squash(b.text) : '';
    if (
      nearHeadline &&
      squashed.length > 10 &&
      (headline === squashed ||
        (isHeading && headline.includes(squashed)) ||
        (isHeading && squashed.includes(headline)))
    ) {
      label = 'title';
      rule = 'heading:headline';
    } else if (f !== null) {
      label = f.label;
      rule = f.rule;
    } else if (b.element.tag === 'h1' && i >= near.from && i < near.to) {
      label = 'title';
      rule = 'heading:h1';
    } else if (inContent[i] === 1) {
      if (isHeading) {
        label = 'heading';
        rule = 'heading:content';
      } else if (linkDensity[i]! >= SCORE.linkHeavy) {
        label = 'related';
        rule = 'select:link-list';
      } else {
        label = 'body';
        rule = 'select:content';
      }
    } else {
      label = 'boilerplate';
      rule = 'select:outside';
    }
    decisions[i] = label === 'body' ? { label, rule } : { label, rule, reason: reasonOf(b) };
  }
  relatedSections(blocks, decisions);
  authorBoxes(blocks, decisions);
  return decisions;
}

/** Words that, beside `author` in one element's class or id, make it an author box (`m-author__description`, `author-bio`). */
const AUTHOR_BOX_WORDS: ReadonlySet<string> = new Set([
  'bio',
  'description',
  'desc',
  'about',
  'box',
  'info',
  'profile',
]);

/**
 * An author box under the story: a block after the story's prose inside an element whose class or id names the
 * author and a bio or box (`<div class="m-author__description">Jake is the co-founder of ...`). Its sentences read
 * as prose, and a bio is too long for the small `byline` label: it is labelled `aside`.
 */
function authorBoxes(blocks: readonly ParsedBlock[], decisions: BlockDecision[]): void {
  let firstProse = -1;
  for (let i = 0; i < blocks.length; i++) {
    const d = decisions[i]!;
    if (firstProse < 0) {
      if (d.label === 'body') firstProse = i;
      continue;
    }
    if (d.label !== 'body' && d.label !== 'byline') continue;
    // The box starts after the story's first paragraph: a page wrapper's `single-author has-header-info` is not one.
    const box = blocks[i]!.stack.some((e) => {
      if (e.blockFrom <= firstProse) return false;
      const tokens = e.summary.tokens;
      return (tokens.includes('author') || tokens.includes('authors')) && tokens.some((t) => AUTHOR_BOX_WORDS.has(t));
    });
    if (box) decisions[i] = { label: 'aside', rule: 'class:author-box', reason: reasonOf(blocks[i]!) };
  }
}

/**
 * A section that opens with a label of other stories (`Related Articles`, `You may also like`) after the story's
 * prose holds those stories: teaser cards of a headline, a byline and a summary each, all under the section's
 * element. Its blocks are relabelled `related`, whatever their own look (a summary reads as prose).
 */
function relatedSections(blocks: readonly ParsedBlock[], decisions: BlockDecision[]): void {
  let prose = false;
  for (let i = 0; i < blocks.length; i++) {
    const d = decisions[i]!;
    if (d.label === 'body') prose = true;
    if (!prose || d.label !== 'related' || d.rule !== 'text:related') continue;
    // The section is the largest element that opens with the label: the story, read before it, is not inside.
    let section: ParsedElement | undefined;
    for (let e = blocks[i]!.element.parent; e !== undefined && e.blockFrom === i; e = e.parent) section = e;
    if (section === undefined) continue;
    for (let j = i + 1; j < section.blockTo; j++) {
      const label = decisions[j]!.label;
      if (label === 'body' || label === 'heading' || label === 'date' || label === 'byline') {
        decisions[j] = { label: 'related', rule: 'text:related-section', reason: reasonOf(blocks[j]!) };
      }
    }
    i = section.blockTo - 1;
  }
}

/** The removal reason of a non-body block: its innermost structural element, else `html:boilerplate`. */
function reasonOf(b: ParsedBlock): HtmlRemovalReason {
  for (let k = b.stack.length - 1; k >= 0; k--) {
    const s = STRUCTURAL_TAGS.get(b.stack[k]!.tag);
    if (s !== undefined) return s.reason;
  }
  return 'html:boilerplate';
}

/** Marks the blocks of the container's siblings that hold prose of their own; returns the parent they share. */
function joinSiblings(
  page: ParsedPage,
  best: ParsedElement,
  sum: (e: ParsedElement) => number,
  proseIn: (e: ParsedElement) => number,
  inContent: Uint8Array,
  prose: Uint8Array,
  furniture: readonly (Furniture | null)[],
): ParsedElement | undefined {
  // Climb while the parent holds nothing but the container.
  let c = best;
  let parent = blockParent(c);
  while (parent !== undefined && parent.blockFrom === c.blockFrom && parent.blockTo === c.blockTo) {
    c = parent;
    parent = blockParent(c);
  }
  if (parent === undefined) return undefined;
  const children: ParsedElement[] = [];
  for (const e of page.elements) {
    if (e !== c && e.blockTo > e.blockFrom && blockParent(e) === parent) children.push(e);
  }
  const covered = new Uint8Array(parent.blockTo - parent.blockFrom);
  for (const child of [c, ...children]) {
    for (let i = child.blockFrom; i < child.blockTo; i++) covered[i - parent.blockFrom] = 1;
  }
  for (const child of children) {
    if (sum(child) > 0 && proseIn(child) >= SIBLINGS.minProseChars) {
      for (let i = child.blockFrom; i < child.blockTo; i++) inContent[i] = 1;
    }
  }
  // Loose prose directly in the parent (a lead paragraph without its own element).
  for (let i = parent.blockFrom; i < parent.blockTo; i++) {
    if (covered[i - parent.blockFrom] === 0 && prose[i] === 1 && furniture[i] === null) inContent[i] = 1;
  }
  return parent;
}

/** The nearest block-level element above an element. */
function blockParent(e: ParsedElement): ParsedElement | undefined {
  let p = e.parent;
  while (p !== undefined && !p.isBlock) p = p.parent;
  return p;
}
