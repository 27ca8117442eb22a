/**
 * Citations: the outlets and agencies a text attributes information to
 * (`Yonhap said`, `according to TASS`), kept apart from copying.
 *
 * @packageDocumentation
 */

import { CITATION_CUES_ANYWHERE, CITATION_PHRASES_BEFORE, CITATION_VERBS_AFTER } from '../core/lexicon';
import { mapTextSpan, spanMap } from '../core/mapping';
import type { Citation, CitationOptions } from '../core/provenance';
import type { Article } from '../core/types';
import { addWork } from '../core/util/work';
import { validateArticle, validateCitationOptions } from '../core/validate';
import { DEFAULT_AGENCIES, findAgencies, indexAgencies } from '../normalize/agencies';
import { CITATION_CONTEXT_CHARS } from './tuning';
import { assertArticle } from './wire-evidence';

// Reporting verbs and phrases that attribute information to the name next to them.
const CUE_AFTER = new RegExp(
  String.raw`^(?:[\s,'’s]*(?:(?:news )?agency|newspaper|daily|weekly|broadcaster|television|TV|radio|website|outlet|report|reports|news|state media)?[\s,]*)(?:(?:also|recently|previously|earlier|first|later|has|had|have|was|is|on \w+)\s+){0,2}(${CITATION_VERBS_AFTER.join('|')})\b`,
  'i',
);
const CUE_BEFORE = new RegExp(
  String.raw`\b(${CITATION_PHRASES_BEFORE.join('|')})\s+(?:(?:the|a|an|Japan's|Russia's|China's|South Korea's|North Korea's|[A-Z][\w.'’]*(?:'s|’s)?)\s+){0,4}(?:(?:state |official |state-run |state-owned )?(?:news agency|newspaper|daily|broadcaster|media outlet|outlet|agency|television|TV)\s+)?$`,
  'i',
);
// Sentence-internal attribution such as `Yonhap news agency quoted ... as saying`.
const CUE_ANYWHERE = new RegExp(String.raw`\b(${CITATION_CUES_ANYWHERE.join('|')})\b`, 'i');
// An outlet named by its shape: `the Korea Herald newspaper`, `news agency Interfax`.
const SHAPED_NAME =
  /\b((?:[A-Z][\w.&'’-]*\s){0,3}[A-Z][\w.&'’-]*)\s+(?:news agency|newspaper|daily|broadcaster)\b|\b(?:news agency|newspaper|broadcaster)\s+((?:[A-Z][\w.&'’-]*\s?){1,4})/g;
// Leading words that are not part of a name (`The`, `Japan's`), and descriptors that alone are no name.
const LEADING_NOT_NAME = /^(?:The|A|An|Its|His|Her|Their|Our|This|That|Another|One|[A-Z][\w.-]*['’]s)$/;
const DESCRIPTOR_ONLY =
  /^(?:(?:South|North|East|West|Korean|Russian|Japanese|Chinese|American|British|French|German|Western|State|Local|National|Official|Independent|Popular|Leading|Major|Pro-government|Opposition)\s*)+$/;

/** Whether `[start, end)` overlaps one of `spans` (sorted by start, disjoint, so sorted by end too). */
function overlapsSorted(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  // First span that ends after `start`.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]![0] < end;
}

/**
 * Finds the outlets and agencies an article's body attributes information to:
 * `Yonhap said`, `according to TASS`, `CNN reported`, `South Korea's Yonhap
 * news agency quoted`, `Japan's Asahi Shimbun daily said`, `Rodong Sinmun
 * recently featured`. A reference that names no organization (`the newspaper
 * said`) is not a citation; neither is a credit or a photo credit (those are
 * wire evidence, outside the body).
 *
 * @param article - A normalized article.
 * @param options - See {@link CitationOptions}.
 * @returns One citation per mention with a reporting cue, in reading order.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` when `article` is not a normalized article.
 *
 * @example
 * ```ts
 * const article = normalizeArticle('Kim to visit\n\nKim will visit Moscow, Yonhap said. According to TASS, the date is set.');
 * findCitations(article).map((c) => [c.name, c.cue]);
 * //=> [['Yonhap', 'said'], ['TASS', 'according to']]
 * ```
 *
 * @remarks A mention of a known agency or outlet (`DEFAULT_AGENCIES`, with
 * its aliases: `the Asahi` is `Asahi Shimbun`) is a citation when a reporting
 * verb follows it within a short descriptor (`Yonhap news agency quoted`,
 * `Rodong Sinmun recently featured`) or an attribution phrase precedes it
 * (`according to the state news agency RIA`). Unknown outlets are found by
 * their shape (`the Korea Herald newspaper said`) with the same cues.
 */
export function findCitations(article: Article, options?: CitationOptions): Citation[] {
  validateCitationOptions(options);
  validateArticle(article, 'The article given to findCitations');
  assertArticle(article, 'findCitations');
  const index = indexAgencies(options?.agencies ?? DEFAULT_AGENCIES);
  const out: Citation[] = [];
  for (const sentence of article.sentences) {
    const text = sentence.text;
    const ref = { id: sentence.id, text, start: sentence.start, end: sentence.end };
    // Mentions already cited, per pass (agency names, then shaped names):
    // each pass finds them in text order without overlaps, so each list is
    // sorted and an overlap is one binary search away.
    const taken: Array<Array<readonly [number, number]>> = [[], []];
    const consider = (pass: 0 | 1, name: string, kind: Citation['kind'], start: number, end: number) => {
      const after = text.slice(end, end + CITATION_CONTEXT_CHARS.after);
      const before = text.slice(Math.max(0, start - CITATION_CONTEXT_CHARS.before), start);
      let cue: string | undefined;
      const a = CUE_AFTER.exec(after);
      if (a) cue = a[1]!.toLowerCase();
      if (cue === undefined) {
        const b = CUE_BEFORE.exec(before);
        if (b) cue = b[1]!.toLowerCase();
      }
      // `Yonhap news agency ... quoted`: the name opens a clause whose verb is a cue.
      if (cue === undefined && /^(?:[\s,'’s]*(?:news agency|agency|newspaper|daily)\b)/i.test(after)) {
        const c = CUE_ANYWHERE.exec(after);
        if (c) cue = c[1]!.toLowerCase();
      }
      if (cue === undefined) return;
      addWork('reuse', 1);
      if (overlapsSorted(taken[0]!, start, end) || overlapsSorted(taken[1]!, start, end)) return;
      taken[pass]!.push([start, end]);
      out.push({
        name,
        kind,
        span: mapTextSpan(spanMap(article.original, sentence), { text: text.slice(start, end), start, end }),
        cue,
        sentence: ref,
      });
    };
    for (const hit of findAgencies(text, index)) consider(0, hit.agency.name, hit.agency.kind, hit.start, hit.end);
    SHAPED_NAME.lastIndex = 0;
    for (let m = SHAPED_NAME.exec(text); m !== null; m = SHAPED_NAME.exec(text)) {
      const raw = (m[1] ?? m[2] ?? '').trim();
      const words = raw.split(/\s+/);
      while (words.length > 0 && LEADING_NOT_NAME.test(words[0]!)) words.shift();
      if (words.length === 0 || DESCRIPTOR_ONLY.test(words.join(' '))) continue;
      const name = words.join(' ').replace(/['’]s$/, '');
      if (!/^[A-Z]/.test(name) || findAgencies(name, index).length > 0) continue;
      const start = m.index + m[0].indexOf(words[0]!);
      const end = start + name.length;
      consider(1, name, 'unknown', start, end);
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}
