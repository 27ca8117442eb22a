/**
 * Step 12: a page that is not an article (a platform or crawl notice, a
 * teaser list): no authored prose of its own survives the steps above. Its
 * would-be body is removed, reason `not-article`, so nothing of it is
 * compared as prose.
 *
 * @packageDocumentation
 */
import { detectNotArticle, NOT_ARTICLE_TUNING } from '../not-article';
import { matchDateline } from '../rules/metadata';
import { type Draft, type Line, lineSentences, remove } from './draft';

/**
 * Whether a line can open with its heading printed twice, from the hashes of its ASCII words (step 1): its first
 * `minHeadingWords` words come again later as a run. A heading of k ≥ `minHeadingWords` words and its repeat have the
 * same words, so the same runs of letters and digits; a line without such a run cannot be a teaser. `undefined` for
 * a line with other characters (its words are not those runs).
 */
function mayOpenWithHeading(draft: Draft, line: Line): boolean | undefined {
  if (!line.ascii) return undefined;
  const w = draft.wordHashes;
  const from = line.wordsFrom;
  const run = NOT_ARTICLE_TUNING.minHeadingWords;
  for (let j = from + run; j + run <= line.wordsTo; j++) {
    let same = true;
    for (let m = 0; m < run && same; m++) same = w[j + m] === w[from + m];
    if (same) return true;
  }
  return false;
}

/** Judges the would-be body and removes it when the page is not an article (with `removeBoilerplate` only). @internal */
export function checkNotArticle(draft: Draft): void {
  const { content, metadata } = draft;
  const wouldBeBody = content.filter((l) => l.role.kind === 'body');
  draft.wouldBeBody = wouldBeBody;
  draft.notArticle =
    draft.removeBoilerplate && content.length > 0
      ? detectNotArticle(
          wouldBeBody.map((l) => l.text),
          {
            dateline: wouldBeBody[0] !== undefined && matchDateline(wouldBeBody[0].text, draft.agencies) !== undefined,
            byline: metadata.bylines.length > 0,
            credit: metadata.credits.length > 0,
          },
          {
            text: draft.text,
            starts: wouldBeBody.map((l) => l.cStart),
            sentences: (k) => lineSentences(wouldBeBody[k]!),
            verdictOnly: true,
            mayOpenWithHeading: (k) => mayOpenWithHeading(draft, wouldBeBody[k]!),
            words: {
              hashes: draft.wordHashes,
              starts: draft.wordStarts,
              lengths: draft.wordLengths,
              lower: draft.wordLower,
              range: (k) => {
                const line = wouldBeBody[k]!;
                return line.ascii ? [line.wordsFrom, line.wordsTo] : undefined;
              },
            },
          },
        )
      : undefined;
  if (draft.notArticle?.notArticle) for (const line of wouldBeBody) remove(line, 'not-article', 'doc:not-article');
}
