/**
 * Step 12: a page that is not an article (a platform or crawl notice, a
 * teaser list): no authored prose of its own survives the steps above. Its
 * would-be body is removed, reason `not-article`, so nothing of it is
 * compared as prose.
 *
 * @packageDocumentation
 */
import { detectNotArticle } from '../not-article';
import { matchDateline } from '../rules/metadata';
import { type Draft, lineSentences, remove } from './draft';

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
          },
        )
      : undefined;
  if (draft.notArticle?.notArticle) for (const line of wouldBeBody) remove(line, 'not-article', 'doc:not-article');
}
