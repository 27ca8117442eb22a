/**
 * Step 8: trailing furniture: after a credit line or a run of furniture,
 * lines that do not continue the story are the outlet's, not the article's.
 *
 * @packageDocumentation
 */
import { TAIL } from '../tuning';
import { contentStemKeys, stemKeysOfWords } from '../words';
import { type Draft, isFragment, type Line, remove } from './draft';

/** Stems as exact keys (numbers for ASCII stems), read from the line's place in the draft's text. */
function stemsOf(draft: Draft, line: Line): Array<number | string> {
  // An ASCII line's words were read in step 1.
  return line.ascii
    ? stemKeysOfWords(draft.wordLengths, draft.wordKeys, line.wordsFrom, line.wordsTo)
    : contentStemKeys(draft.text, line.cStart, line.cEnd);
}

function addStems(set: Set<number | string>, stems: ReadonlyArray<number | string>): void {
  for (const s of stems) set.add(s);
}

/** Marks as furniture everything after the first point from which nothing continues the story. */
function trimTail(draft: Draft, lede: Line): void {
  const { content, ruleOf } = draft;
  const after = content.filter((l) => l.index > lede.index);
  const isFurniture = (l: Line) =>
    (l.role.kind === 'removed' && (l.role.reason.startsWith('boilerplate:') || l.role.reason === 'url')) ||
    (l.role.kind === 'body' && isFragment(l));
  // furnitureFrom[i]: furniture lines among after[i..].
  const furnitureFrom = new Int32Array(after.length + 1);
  for (let i = after.length - 1; i >= 0; i--)
    furnitureFrom[i] = furnitureFrom[i + 1]! + (isFurniture(after[i]!) ? 1 : 0);
  // The story vocabulary: stems of the header, the lede and the body up to the candidate, built lazily.
  // Built at the first candidate that needs it: many pages have none.
  const story = new Set<number | string>();
  let storyStarted = false;
  let storyUpTo = 0;
  // Stems of each line, computed once.
  const stemsAfter: Array<Array<number | string> | undefined> = new Array(after.length);
  // A body line, or a caption (pictures belong to the story), that shares the story's words.
  const topical = (k: number) => {
    const line = after[k]!;
    const caption = line.role.kind === 'removed' && line.role.reason === 'caption';
    if ((line.role.kind !== 'body' && !caption) || line.words < TAIL.minTopicalWords) return false;
    stemsAfter[k] ??= stemsOf(draft, line);
    const stems = stemsAfter[k]!;
    if (stems.length === 0) return false;
    let shared = 0;
    for (const s of stems) if (story.has(s)) shared++;
    return shared / stems.length >= TAIL.minTopicalShare && shared >= TAIL.minTopicalSharedStems;
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
    if (proseBefore < TAIL.minStoryWords) continue;
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
    if (share < (strong ? TAIL.strongFurnitureShare : TAIL.weakFurnitureShare)) continue;
    if (nextTopical > i) continue;
    if (!storyStarted) {
      storyStarted = true;
      for (const line of content) {
        if (line.index <= lede.index && line.role.kind !== 'blank') addStems(story, stemsOf(draft, line));
      }
    }
    for (; storyUpTo < i; storyUpTo++)
      if (after[storyUpTo]!.role.kind === 'body')
        addStems(story, stemsAfter[storyUpTo] ?? stemsOf(draft, after[storyUpTo]!));
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

/** Removes the trailing zone after the story (with `removeBoilerplate` and a lede only). @internal */
export function trimTrailingZone(draft: Draft): void {
  if (draft.removeBoilerplate && draft.lede) trimTail(draft, draft.lede);
}
