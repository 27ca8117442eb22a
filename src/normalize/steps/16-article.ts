/**
 * Step 16: the public {@link Article}: metadata in its documented order, the
 * credited wire agency, the article's URL and publication time.
 *
 * @packageDocumentation
 */
import { parseTime } from '../../core/time';
import type { Article, ArticleInput, ArticleMetadata, Byline, Dateline, TextSpan, WireCredit } from '../../core/types';
import { sourceIdFor } from '../../core/util/hash';
import type { AgencyIndex } from '../agencies';
import { ARTICLE_URL } from '../tuning';
import { type Draft, type Line, toSpan } from './draft';

/**
 * The wire agency the text credits: dateline first, then credit lines, then
 * bylines. Only wire agencies count: an outlet's own story (`(CNN) --`, `By
 * Dominic Casciani, BBC Home Affairs correspondent`), a name copydesk does
 * not know (`PITTSBURGH (KDKA) —`) and a photo agency (Getty Images) credit no
 * wire agency.
 *
 * @internal
 */
export function inferAgency(
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
  return bestScore >= ARTICLE_URL.minTitleWords ? best : undefined;
}

function collectCaptions(draft: Draft, content: readonly Line[]): TextSpan[] {
  return content
    .filter((l) => l.role.kind === 'removed' && l.role.reason === 'caption' && /[\p{L}]{2}/u.test(l.text))
    .map((l) => toSpan(draft, l.cStart, l.cEnd));
}

/** Builds the normalized article from the finished draft. @internal */
export function buildArticle(draft: Draft, article: ArticleInput): Article {
  const { metadata, original } = draft;
  const agency = inferAgency(metadata.dateline, metadata.credits, metadata.bylines, draft.agencies);
  const url = article.url ?? pickArticleUrl(metadata.urls, metadata.title?.text);
  const publishedAt =
    article.publishedAt === undefined
      ? undefined
      : article.publishedAt instanceof Date
        ? article.publishedAt.toISOString()
        : new Date(parseTime(article.publishedAt) ?? Number.NaN).toISOString();
  const meta: ArticleMetadata = {
    ...(metadata.title ? { title: metadata.title } : {}),
    ...(metadata.dek ? { dek: metadata.dek } : {}),
    bylines: metadata.bylines,
    ...(metadata.dateline ? { dateline: metadata.dateline } : {}),
    captions: collectCaptions(draft, draft.content),
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
    paragraphs: draft.paragraphs,
    sentences: draft.sentences,
    removed: draft.removed,
    layout: draft.layout,
    duplicates: draft.duplicates,
    diagnostics: draft.diagnostics,
  };
}
