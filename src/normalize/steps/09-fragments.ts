/**
 * Step 9: fragments (a few words without punctuation) are widgets when they
 * sit before the lede or next to other furniture; between body paragraphs
 * they are subheadings and stay, and so are a run of them that continues a
 * list of the story (phrases in sentence case next to a longer item).
 *
 * @packageDocumentation
 */
import { TITLE_SMALL_WORDS } from '../../core/lexicon';
import type { RemovalReason } from '../../core/types';
import { RELATIVE_STAMP } from '../rules/news-lines';
import { FRAGMENT } from '../tuning';
import { type Draft, isFragment, type Line, remove } from './draft';

/** Lines that are furniture alone, read after the block rules. */
const LATE_LINES: readonly { readonly pattern: RegExp; readonly reason: RemovalReason; readonly rule: string }[] = [
  // `5 minutes ago` (`Updated 2 hours ago` is step 2's `line:timestamp`).
  { pattern: RELATIVE_STAMP, reason: 'metadata:date', rule: 'line:relative-time' },
  // A counter: `37 views`, `1.2K shares`, `12 likes`.
  {
    pattern: /^\d[\d,.]*[kKmM]? (?:views?|reads?|shares?|likes?|reactions?)$/i,
    reason: 'boilerplate:share',
    rule: 'line:counter',
  },
  // Page numbers from the first: `Pages: 1 2 3 4`, `Page 2 of 4` (never a range, `Pages: 445-452`, or a count).
  {
    pattern: /^(?:pages?\s*:?\s*1(?:\s*[,|·]?\s+\d+)+|page \d+ of \d+)$/i,
    reason: 'boilerplate:navigation',
    rule: 'line:pagination',
  },
];

/** Whether a line holds a letter or a digit (a fragment without one is a separator, never a list item). */
const hasWord = (line: Line): boolean => /[\p{L}\p{N}]/u.test(line.text);

/** The words after the first of a phrase, letters only. */
function laterWords(text: string): string[] {
  return text
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w !== '');
}

/** A phrase of two words or more with a later word in lower case that a title would capitalize. */
function isSentenceCase(text: string): boolean {
  return laterWords(text).some((w) => /^\p{Ll}/u.test(w) && !TITLE_SMALL_WORDS.has(w));
}

/** A phrase of two words or more whose later words are all capitalized, but for the short ones a title leaves. */
function isTitleCase(text: string): boolean {
  const words = laterWords(text);
  return (
    words.length > 0 &&
    words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w)) &&
    words.some((w) => /^\p{Lu}/u.test(w))
  );
}

/**
 * The fragments that are items of a list in the story: a run of fragments
 * between two body lines that are not fragments, one of them a longer item
 * of the same list (no sentence end: `Asbestos (all forms) and mineral
 * substances ...`, then `Auramine production`, `Azathioprine`, `Benzene`,
 * then `Benzidine and dyes metabolized to benzidine`), the phrases in
 * sentence case. A menu of the page sits next to other furniture or at the
 * story's edges, its items in title case, not inside a list the story's own
 * lines continue. A list whose longer items end as sentences do (`...,
 * etc.)`) is not told from a menu before prose, and loses its short items.
 */
function fragmentsInLists(content: readonly Line[]): Set<Line> {
  const items = new Set<Line>();
  const isText = (line: Line | undefined) =>
    line !== undefined && line.role.kind === 'body' && !isFragment(line) && hasWord(line);
  const isShort = (line: Line) => line.role.kind === 'body' && isFragment(line) && hasWord(line);
  for (let k = 0; k < content.length; ) {
    if (!isShort(content[k]!)) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < content.length && isShort(content[end + 1]!)) end++;
    const before = content[k - 1];
    const after = content[end + 1];
    if (isText(before) && isText(after) && (!before!.terminal || !after!.terminal)) {
      // A menu's items are names in title case (`Letters to the Editor`, `Business Strategy`); a list's items are
      // phrases in sentence case (`Alcoholic beverages`).
      const run = content.slice(k, end + 1).map((l) => l.text);
      const phrases = [...run, ...[before!, after!].filter((l) => !l.terminal).map((l) => l.text)];
      if (phrases.some(isSentenceCase) && !run.some(isTitleCase)) {
        for (let j = k; j <= end; j++) items.add(content[j]!);
      }
    }
    k = end + 1;
  }
  return items;
}

/** Removes the fragments that are widgets (with `removeBoilerplate` only). @internal */
export function markFragments(draft: Draft): void {
  if (!draft.removeBoilerplate) return;
  const { content, lede, ruleOf } = draft;
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
  const listItems = fragmentsInLists(content);
  for (const line of fragments) {
    const [before, after] = neighbours(line);
    const subheading = isInline(before) && isProse(after);
    if (
      !hasWord(line) ||
      lede === undefined ||
      line.index < lede.index ||
      (!listItems.has(line) && ((isWidget(before) && !subheading) || isWidget(after)))
    ) {
      remove(line, 'boilerplate:navigation', 'line:fragment');
    }
  }
  // Stamps, counters and page numbers alone on their line are the page's wherever they stand. They are read only
  // now, after the block rules (in a list of other stories they are lines of the list) and after the fragments (a
  // job title beside `5 Days Ago` in a listing stays what it was).
  for (const line of content) {
    if (line.role.kind !== 'body') continue;
    const late = LATE_LINES.find((l) => l.pattern.test(line.text));
    if (late !== undefined) remove(line, late.reason, late.rule);
  }
  markLabelledTeasers(draft);
  markBylineBios(draft);
  markBioParagraphs(draft);
  removeContinuations(draft);
}

/** Most words of a teaser's headline between two section labels (`Squash players battle for Commonwealth Games spots`). */
const TEASER_MAX_WORDS = 16;

/**
 * A list of other stories, each a section label then a headline: `Sports` / `Squash players battle for Commonwealth
 * Games spots` / `Press Release` / ... (trafilatura-eval searchlight.vc-dimond, latimes.com.bloomberg: among their
 * `without` snippets). The labels are already removed (`block:repeated-label`: the same few words over and over); a
 * headline (no sentence end, at most {@link TEASER_MAX_WORDS} words) after the lede with removed lines on both sides,
 * one of them such a label, is one of the listed stories. A subheading of the story has prose on one side at least.
 */
function markLabelledTeasers(draft: Draft): void {
  const { content, lede } = draft;
  if (lede === undefined) return;
  const isLabel = (line: Line | undefined) =>
    line?.role.kind === 'removed' && line.role.rule === 'block:repeated-label';
  const teasers: Line[] = [];
  for (let k = 1; k + 1 < content.length; k++) {
    const line = content[k]!;
    if (line.role.kind !== 'body' || line.index <= lede.index) continue;
    if (line.terminal || line.words > TEASER_MAX_WORDS) continue;
    const before = content[k - 1]!;
    const after = content[k + 1]!;
    if (before.role.kind !== 'removed' || after.role.kind !== 'removed') continue;
    if (isLabel(before) || isLabel(after)) teasers.push(line);
  }
  for (const line of teasers) remove(line, 'boilerplate:navigation', 'line:labelled-teaser');
}

/** What a bio says of its author after the name: `is a professor at`, `has worked as`, `writes about`, `holds a`. */
const BIO_PREDICATE =
  /^,? (?:(?:is|was) (?:an?|the|also|currently|now|one)\b|has (?:worked|written|been|covered|reported|spent|taught|contributed|done)\b|(?:writes|covers|reports|holds|joined|lives|teaches|studies|earned|received|graduated)\b)/i;
/** A courtesy title before a surname (`Mr. Romney is ...`). */
const COURTESY = /^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )/;

/**
 * An author's bio after the story, found by the byline's name: a body line after the lede that opens with the name of
 * someone the byline names, then what a bio says (`Ganesh Sitaraman is a professor at Vanderbilt Law School ...`,
 * `TIM ANDERSON has done many amazing things ...`; trafilatura-eval newrepublic.com.neoliberalism,
 * thenervousbreakdown.com.loneliest). The whole name counts anywhere after the lede (a reporter does not write of
 * themselves in the third person); a first name or a surname alone (`Jake is the co-founder of ...`, `Mr. Romney is
 * the Republican Party candidate ...`) only in the last two body lines, where a bio stands, since another person of
 * that name may be the story's subject. Reported speech stays.
 */
function markBylineBios(draft: Draft): void {
  const { content, lede } = draft;
  if (lede === undefined) return;
  const whole = new Set<string>();
  const part = new Set<string>();
  for (const byline of draft.metadata.bylines) {
    for (const name of byline.names) {
      const words = name.trim().split(/\s+/).filter(Boolean);
      if (words.length < 2 || words.length > 4) continue;
      whole.add(words.join(' ').toLowerCase());
      part.add(words[0]!.toLowerCase());
      part.add(words[words.length - 1]!.toLowerCase());
    }
  }
  if (whole.size === 0) return;
  const body = content.filter((l) => l.role.kind === 'body');
  const tail = new Set(body.slice(-2));
  for (const line of body) {
    if (line.index <= lede.index) continue;
    const text = line.text.replace(COURTESY, '');
    const words = text.split(' ', 4);
    let matched = false;
    for (let n = Math.min(4, words.length - 1); n >= 1 && !matched; n--) {
      const name = words.slice(0, n).join(' ').replace(/,$/, '').toLowerCase();
      if (n >= 2 ? !whole.has(name) : !(tail.has(line) && part.has(name))) continue;
      const rest = text.slice(words.slice(0, n).join(' ').length);
      matched = BIO_PREDICATE.test(rest) && !/\b(?:said|says|told)\b/.test(line.text);
    }
    if (matched) remove(line, 'metadata:byline', 'line:byline-bio');
  }
}

/** A line cut inside a sentence: it ends with a letter or a digit. */
const ENDS_IN_WORD = /[\p{L}\p{N}]\s*$/u;

/**
 * Notices a scrape cuts across lines (a disclaimer, a paywall or sign-up box). Comments and forum posts that open in
 * lower case follow date stamps, bylines and navigation: those are not continued.
 */
const NOTICES: ReadonlySet<RemovalReason> = new Set<RemovalReason>([
  'boilerplate:legal',
  'boilerplate:paywall',
  'boilerplate:subscription',
  'boilerplate:newsletter',
  'boilerplate:donation',
  'boilerplate:ad',
]);

/**
 * A line that opens with a lower-case letter right after a removed notice (legal, paywall, sign-up, donation, ad) cut
 * inside a sentence is the rest of that notice (issue 12): `... The dotted line represents approximately the Line of
 * Control` then `in Jammu and Kashmir agreed upon by India and Pakistan. ...` (a map disclaimer). It goes with it, for
 * the same reason. Multi-News dev (the 406 documents labelled when this was written): a line opening in lower case
 * after a non-body line is furniture in 24 of 24; after a body line, body as often as not, and stays.
 */
function removeContinuations(draft: Draft): void {
  const { content } = draft;
  for (let k = 1; k < content.length; k++) {
    const line = content[k]!;
    const before = content[k - 1]!;
    if (line.role.kind !== 'body' || before.role.kind !== 'removed' || !NOTICES.has(before.role.reason)) continue;
    if (before.words < FRAGMENT.minCutSentenceWords || !ENDS_IN_WORD.test(before.text)) continue;
    const c = line.text.charCodeAt(0);
    if (c < 0x61 || c > 0x7a) continue;
    remove(line, before.role.reason, 'line:continuation');
  }
}

/** A bio's opening: a name, then what a bio says (`Will Knight is a`, `Evan Halper writes about`, `Martin has worked`). */
const BIO_OPENING =
  /^(?:\p{Lu}[\p{L}.'’-]* ){0,3}\p{Lu}[\p{L}.'’-]*,? (?:(?:is|was) (?:an?|the|also|currently|now|one)\b|has (?:worked|written|been|covered|reported|spent|taught|contributed)\b|(?:writes|covers|reports) (?:about|on|for)\b)/u;
/** What a bio's opening says the person does, when it is not `writes about` or `has worked`. */
const BIO_ROLE =
  /\b(?:writer|reporter|editor|correspondent|journalist|columnist|contributor|blogger|expert|developer|engineer|consultant|founder|co-founder|author|producer|analyst)\b/i;
/** A sentence about the same person: a pronoun among its first seven words (`He was previously ...`, `Before that, he ...`). */
const ABOUT_THEM = /^(?:\S+\s+){0,6}?(?:he|she|his|her)\b/i;
/** The link that closes a bio cut short. */
const READ_MORE = /\s*(?:\.\.\.|…)?\s*Read more$/;
/** Speech or sourcing: a story's paragraph, never a bio. */
const SOURCED = /\b(?:said|says|told|according to)\b/i;

/**
 * An author's bio paragraph under the story, byline or not (trafilatura-eval, among the pages' `without` snippets:
 * wired.com.burn `Will Knight is a senior writer for WIRED, covering artificial intelligence. He was previously ...`,
 * thebalance.com.coinbase, latimes.com.bloomberg, toptal.com.python): a body line after the lede and after the last
 * line that reports speech or names a source, of two sentences or more; the first opens with a name and what a bio says ({@link BIO_OPENING}) with an occupation
 * ({@link BIO_ROLE}) unless it says `writes about` or `has worked`; every other sentence speaks of that person
 * ({@link ABOUT_THEM}). A story's profile of someone comes before their quotes or sources; none of the 9,799 labelled
 * multi-news-dev paragraphs (8,183 of them body) has this shape.
 */
function markBioParagraphs(draft: Draft): void {
  const { content, lede } = draft;
  if (lede === undefined) return;
  const body = content.filter((l) => l.role.kind === 'body');
  // After the story's last line that reports speech or names a source: a profile inside a story comes before its
  // quotes.
  let from = lede.index;
  for (let k = body.length - 1; k >= 0 && body[k]!.index > from; k--) {
    if (SOURCED.test(body[k]!.text)) {
      from = body[k]!.index;
      break;
    }
  }
  for (const line of body) {
    if (line.index <= from) continue;
    // The opening is read in the first sentence, a prefix of the line: a line it does not open needs no split.
    if (!BIO_OPENING.test(line.text)) continue;
    // A bio cut short by its box: `... journalism in... Read more`.
    const sentences = line.text.replace(READ_MORE, '').split(/(?<=[.!?])\s+(?=["“]?\p{Lu})/u);
    if (sentences.length < 2) continue;
    const opening = BIO_OPENING.exec(sentences[0]!);
    if (opening === null) continue;
    if (!/\b(?:writes|covers|reports|has worked)\b/.test(opening[0]) && !BIO_ROLE.test(sentences[0]!)) continue;
    if (sentences.slice(1).every((s) => ABOUT_THEM.test(s))) remove(line, 'metadata:byline', 'line:bio-paragraph');
  }
}
