/**
 * Step 6: the header zone between the title and the lede: deks, story
 * highlights, captions in the present tense; and the lede itself, the first
 * line of the story.
 *
 * @packageDocumentation
 */
import { HIGHLIGHTS_LABEL } from '../rules/blocks';
import { looksLikePresentTenseCaption, matchDateline } from '../rules/metadata';
import { HEADER } from '../tuning';
import { type Draft, isFragment, type Line, lineSentences, markCaption, remove, toSpan } from './draft';
import { repeatedLater } from './repeated-later';

/**
 * Removes the header lines after the title and sets `draft.lede`. The header
 * zone ends at the first sentence; up to `HEADER.maxHeaderLines` lines
 * without sentence punctuation before it are a header, more are a list. A
 * short first line before the line that opens with a dateline is the dek,
 * with or without a title above it.
 *
 * @internal
 */
export function findHeaderAndLede(draft: Draft): void {
  const { agencies, metadata, bodyCandidates, cursor } = draft;
  let lastProse = -1;
  for (const l of bodyCandidates) if (l.role.kind === 'body' && l.terminal && !isFragment(l)) lastProse = l.index;
  let unpunctuatedHeader = 0;
  for (let i = cursor; i < bodyCandidates.length; i++) {
    const l = bodyCandidates[i]!;
    if (l.role.kind !== 'body' || isFragment(l)) continue;
    if (l.terminal) break;
    if (++unpunctuatedHeader > HEADER.maxHeaderLines) break;
  }
  // A block is a picture's (its other lines caption text) only when it is short: a text without blank lines is
  // one block, and a caption or credit line in it does not make the whole story a caption.
  const blockLines = new Map<number, number>();
  for (const l of draft.content)
    if (draft.captionBlocks.has(l.block)) blockLines.set(l.block, (blockLines.get(l.block) ?? 0) + 1);
  removeStoryHighlights(draft);
  let lede: Line | undefined;
  for (let i = cursor; i < bodyCandidates.length; i++) {
    const line = bodyCandidates[i]!;
    if (line.role.kind !== 'body' || isFragment(line)) continue;
    if (
      draft.captionBlocks.has(line.block) &&
      (blockLines.get(line.block) ?? 0) <= HEADER.maxCaptionBlockLines &&
      lede === undefined &&
      !matchDateline(line.text, agencies)
    ) {
      markCaption(draft, line, 'block:caption-text');
      continue;
    }
    const sentences = lineSentences(line).length;
    if (metadata.title && !metadata.dek && looksLikePresentTenseCaption(line.text, sentences)) {
      markCaption(draft, line, 'header:present-tense-caption');
      continue;
    }
    // Between the title and the lede, a line without sentence punctuation is
    // a headline's companion (a dek, story highlights, the title after a
    // kicker), never the lede: a lede is a sentence.
    if (
      metadata.title &&
      unpunctuatedHeader <= HEADER.maxHeaderLines &&
      !line.terminal &&
      sentences === 1 &&
      line.words >= HEADER.minUnpunctuatedDekWords &&
      line.words <= HEADER.maxDekWords &&
      line.index < lastProse &&
      !matchDateline(line.text, agencies)
    ) {
      remove(line, 'metadata:dek', 'header:dek-unpunctuated');
      metadata.dek ??= toSpan(draft, line.cStart, line.cEnd);
      continue;
    }
    const short = line.words <= HEADER.maxDekWords && sentences <= HEADER.maxDekSentences;
    if (!metadata.dek && short && !matchDateline(line.text, agencies)) {
      let next: Line | undefined;
      for (let k = i + 1; k < bodyCandidates.length && next === undefined; k++) {
        const l = bodyCandidates[k]!;
        if (l.role.kind !== 'body' || !isFragment(l)) next = l;
      }
      // The dateline opens the story's first paragraph: a short line before it, title or not, is the header's;
      // but a late update put on top (`UPDATE: Authorities positively identified ...`) is news.
      if (
        next !== undefined &&
        next.role.kind === 'body' &&
        matchDateline(next.text, agencies) &&
        !/^update\b/i.test(line.text)
      ) {
        remove(line, 'metadata:dek', 'header:dek-before-dateline');
        metadata.dek = toSpan(draft, line.cStart, line.cEnd);
        continue;
      }
      if (!metadata.title) {
        lede = line;
        break;
      }
      // A byline or photo credit follows the dek; a caption does not tell: pictures sit after the lede as often.
      const followedByMetadata =
        next !== undefined &&
        next.role.kind === 'removed' &&
        ['metadata:byline', 'photo-credit'].includes(next.role.reason);
      const repeated = repeatedLater(line, bodyCandidates, i + 1);
      if (followedByMetadata || repeated) {
        remove(line, 'metadata:dek', followedByMetadata ? 'header:dek-before-byline' : 'header:dek-repeated');
        metadata.dek = toSpan(draft, line.cStart, line.cEnd);
        continue;
      }
    }
    lede = line;
    break;
  }
  draft.lede = lede;
}

/**
 * A highlights box near the top (issue 12): the line that holds its label (often glued to a caption: `... (Photo:
 * Brennan Linsley AP) Story Highlights Parts of Iowa and Wisconsin hit with more than a foot of snow`) and the short
 * lines without sentence punctuation after it (`Death toll spans 5 states`), up to `HEADER.maxHeaderLines` of them.
 * The label is looked for in the first `HEADER.maxHighlightsLine` body lines only: further down, the words are prose.
 */
function removeStoryHighlights(draft: Draft): void {
  const { bodyCandidates, cursor } = draft;
  let seen = 0;
  for (let i = cursor; i < bodyCandidates.length && seen < HEADER.maxHighlightsLine; i++) {
    const line = bodyCandidates[i]!;
    if (line.role.kind !== 'body') continue;
    seen++;
    if (!HIGHLIGHTS_LABEL.test(line.text)) continue;
    remove(line, 'metadata:dek', 'header:story-highlights');
    let taken = 0;
    for (let k = i + 1; k < bodyCandidates.length && taken < HEADER.maxHeaderLines; k++) {
      const next = bodyCandidates[k]!;
      if (next.role.kind !== 'body') continue;
      // An item ends without sentence punctuation; `terminal` would also stop at an abbreviation inside it
      // (`U.S. sanctions target 20 Russian officials, ...`, multi-news-dev cluster 249 doc 2).
      if (/[.!?:;]["'”’)\]]*$/.test(next.text) || next.words > HEADER.maxDekWords) break;
      remove(next, 'metadata:dek', 'header:story-highlights');
      taken++;
    }
    return;
  }
}
