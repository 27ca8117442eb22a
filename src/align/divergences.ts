import { diffSentences } from '../diff/diff-sentences';
import { extractQuotes } from '../diff/quotes';
import type { DiffOptions, TypedChange } from '../diff/types';
import type { AlignmentGroup, Article, Omission, QuoteMention, QuoteRecord, TextSpan } from '../types';

function shiftSpan(span: TextSpan | null, by: number): TextSpan | null {
  return span ? { text: span.text, start: span.start + by, end: span.end + by } : null;
}

/**
 * The typed changes between the two members of each link, with offsets moved
 * into the members' original articles. Identical links have none to compute.
 *
 * @internal
 */
export function linkChanges(group: AlignmentGroup, options: DiffOptions): TypedChange[][] {
  return group.links.map((link) => {
    const a = group.members[link.a]!;
    const b = group.members[link.b]!;
    if (a.text === b.text) return []; // identical copies: nothing to type
    const diff = diffSentences(a.text, b.text, options);
    return diff.changes.map((c) => ({ ...c, a: shiftSpan(c.a, a.start), b: shiftSpan(c.b, b.start) }));
  });
}

/**
 * For each source, the groups it lacks although most of the other sources
 * that share anything with it carry them: what it omits.
 *
 * @internal
 */
export function findOmissions(
  sourceIds: readonly string[],
  groups: readonly AlignmentGroup[],
  related: (a: number, b: number) => boolean,
): Omission[] {
  const indexOf = new Map(sourceIds.map((id, i) => [id, i]));
  return sourceIds.map((source, s) => {
    let peers = 0;
    for (let t = 0; t < sourceIds.length; t++) if (t !== s && related(s, t)) peers++;
    const omitted: string[] = [];
    if (peers >= 2) {
      for (const g of groups) {
        if (g.sources.includes(source)) continue;
        let carriedBy = 0;
        for (const id of g.sources) if (related(s, indexOf.get(id)!)) carriedBy++;
        if (carriedBy * 2 > peers) omitted.push(g.id);
      }
    }
    return { source, groups: omitted };
  });
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const lastName = (speaker: string | undefined) => {
  if (!speaker) return undefined;
  const words = speaker.match(/\p{Lu}[\p{L}'-]*/gu);
  return words ? words[words.length - 1]!.toLowerCase() : speaker.toLowerCase();
};

/**
 * Every direct quote of every source, with its speaker, matched across
 * sources through the alignment groups, and flagged where the wording or the
 * speaker differs.
 *
 * @internal
 */
export function quoteInventory(articles: readonly Article[], groups: readonly AlignmentGroup[]): QuoteRecord[] {
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const m of g.members) groupOf.set(`${m.source}\u0000${m.sentence}`, g.id);
  const mentions: Array<QuoteMention & { readonly group?: string }> = [];
  for (const article of articles) {
    for (const sentence of article.sentences) {
      for (const q of extractQuotes(sentence.text)) {
        if (q.content.text.trim().split(/\s+/).length < 3) continue; // scare quotes, not statements
        const group = groupOf.get(`${article.id}\u0000${sentence.id}`);
        mentions.push({
          source: article.id,
          sentence: sentence.id,
          text: q.content.text,
          start: sentence.start + q.content.start,
          end: sentence.start + q.content.end,
          ...(q.speaker ? { speaker: q.speaker.text } : {}),
          ...(group ? { group } : {}),
        });
      }
    }
  }
  // Quotes in aligned sentences are one record; the others stand alone.
  const records = new Map<string, Array<QuoteMention & { readonly group?: string }>>();
  mentions.forEach((m, i) => {
    const key = m.group ?? `solo-${i}`;
    const list = records.get(key);
    if (list) list.push(m);
    else records.set(key, [m]);
  });
  const out: QuoteRecord[] = [];
  for (const [key, list] of records) {
    const sources = new Set(list.map((m) => m.source));
    const wordings = new Set(list.map((m) => fold(m.text)));
    const speakers = new Set(list.map((m) => lastName(m.speaker)).filter((s): s is string => s !== undefined));
    out.push({
      id: `q${out.length + 1}`,
      ...(key.startsWith('solo-') ? {} : { group: key }),
      mentions: list.map(({ group: _group, ...m }) => m),
      wordingDiffers: sources.size > 1 && wordings.size > 1,
      speakerDiffers: sources.size > 1 && speakers.size > 1,
    });
  }
  return out;
}
