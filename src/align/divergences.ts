import type { DiffOptions, Quote, TypedChange } from '../core/changes';
import { type Mappable, mapSpan, mapTextSpan, spanMap } from '../core/mapping';
import type { AlignmentGroup, Article, Omission, QuoteMention, QuoteRecord, TextSpan } from '../core/types';
import { addWork } from '../core/util/work';
import { type DiffSide, diffSides, prepareSide } from '../diff/diff-sentences';
import { extractQuotes } from '../diff/quotes';
import { factLevelChanges, isWordLevel, oncePerSpanPair } from './link-level';
import { QUOTE_MATCH_DICE } from './tuning';

function toOriginal(span: TextSpan | null, map: Mappable): TextSpan | null {
  return span ? mapTextSpan(map, span) : null;
}

/**
 * The typed changes between the two members of each link, with offsets moved
 * into the members' original articles: word by word for copies, fact by fact
 * for paraphrases (see `factLevelChanges`). Identical links have none to compute.
 *
 * @internal
 */
export function linkChanges(
  group: AlignmentGroup,
  options: DiffOptions,
  originals: ReadonlyMap<string, string>,
  cache: Map<string, readonly TypedChange[]> = new Map(),
  sides: Map<string, DiffSide> = new Map(),
): TypedChange[][] {
  const side = (text: string): DiffSide => {
    let prepared = sides.get(text);
    if (prepared === undefined) {
      prepared = prepareSide(text);
      sides.set(text, prepared);
    }
    return prepared;
  };
  return group.links.map((link) => {
    const a = group.members[link.a]!;
    const b = group.members[link.b]!;
    if (a.text === b.text) return []; // identical copies: nothing to type
    // Copies are typed word by word, paraphrases fact by fact (see ./link-level).
    const wordLevel = isWordLevel(link.relation);
    // The same two texts (one wire sentence edited the same way by several outlets) are typed once per call.
    const key = `${wordLevel ? 'w' : 'f'}\u0000${a.text}\u0000${b.text}`;
    let changes = cache.get(key);
    if (changes === undefined) {
      const sideA = side(a.text);
      const sideB = side(b.text);
      const typed = diffSides(sideA, sideB, options).changes;
      changes = wordLevel ? oncePerSpanPair(typed) : factLevelChanges(typed, sideA, sideB);
      cache.set(key, changes);
    }
    // From each sentence's text to its source's original (through the markup, for HTML).
    const mapA = spanMap(originals.get(a.source) ?? a.text, { text: a.text, start: a.start, end: a.end });
    const mapB = spanMap(originals.get(b.source) ?? b.text, { text: b.text, start: b.start, end: b.end });
    return changes.map((c) => ({ ...c, a: toOriginal(c.a, mapA), b: toOriginal(c.b, mapB) }));
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
  sharing: ReadonlyArray<readonly [number, number]>,
): Omission[] {
  // Each source meets only its peers (the sources it shares a group with) and their groups: no S x S loop.
  const indexOf = new Map(sourceIds.map((id, i) => [id, i]));
  const peers = sourceIds.map(() => [] as number[]);
  for (const [x, y] of sharing) {
    peers[x]!.push(y);
    peers[y]!.push(x);
  }
  const groupsOf = sourceIds.map(() => [] as number[]);
  groups.forEach((g, k) => {
    for (const id of g.sources) groupsOf[indexOf.get(id)!]!.push(k);
  });
  const carriedBy = new Int32Array(groups.length);
  const own = new Uint8Array(groups.length);
  return sourceIds.map((source, s) => {
    const mine = peers[s]!;
    const omitted: string[] = [];
    if (mine.length >= 2) {
      for (const k of groupsOf[s]!) own[k] = 1;
      const touched: number[] = [];
      for (const p of mine) {
        const list = groupsOf[p]!;
        addWork('align', list.length);
        for (const k of list) {
          if (carriedBy[k] === 0) touched.push(k);
          carriedBy[k]!++;
        }
      }
      touched.sort((a, b) => a - b);
      for (const k of touched) {
        if (carriedBy[k]! * 2 > mine.length && own[k] === 0) omitted.push(groups[k]!.id);
        carriedBy[k] = 0;
      }
      for (const k of groupsOf[s]!) own[k] = 0;
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
  // The statements of each distinct sentence text, found once (wire copy repeats a sentence in every outlet).
  const statementsByText = new Map<string, Quote[]>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      let quotes = statementsByText.get(sentence.text);
      if (quotes === undefined) {
        // Scare quotes (fewer than 3 words) are not statements.
        quotes = extractQuotes(sentence.text).filter((q) => q.content.text.trim().split(/\s+/).length >= 3);
        statementsByText.set(sentence.text, quotes);
      }
      if (quotes.length === 0) continue;
      const map = spanMap(article.original, sentence);
      for (const q of quotes) {
        const group = groupOf.get(`${article.id}\u0000${sentence.id}`);
        mentions.push({
          source: article.id,
          sentence: sentence.id,
          text: q.content.text,
          ...mapSpan(map, q.content),
          ...(q.speaker ? { speaker: q.speaker.text } : {}),
          ...(group ? { group } : {}),
        });
      }
    }
  }
  // Quotes in aligned sentences are matched across the group's sources: a sentence may hold several statements, so
  // each mention joins the record of its group whose first mention shares the most of its words (at least
  // QUOTE_MATCH_DICE, one mention per source); the others stand alone.
  const records: Array<{ group?: string; words: Set<string>; list: typeof mentions }> = [];
  const openByGroup = new Map<string, typeof records>();
  for (const m of mentions) {
    const words = new Set(fold(m.text).split(' '));
    const open = m.group === undefined ? undefined : openByGroup.get(m.group);
    let best: (typeof records)[number] | undefined;
    let bestDice = QUOTE_MATCH_DICE;
    for (const record of open ?? []) {
      if (record.list.some((x) => x.source === m.source)) continue;
      const dice = diceOf(words, record.words);
      if (dice >= bestDice && (best === undefined || dice > bestDice)) {
        best = record;
        bestDice = dice;
      }
    }
    if (best) best.list.push(m);
    else {
      const record = { ...(m.group === undefined ? {} : { group: m.group }), words, list: [m] };
      records.push(record);
      if (m.group !== undefined) {
        if (open) open.push(record);
        else openByGroup.set(m.group, [record]);
      }
    }
  }
  return records.map(({ group, list }, k) => {
    const sources = new Set(list.map((m) => m.source));
    const wordings = new Set(list.map((m) => fold(m.text)));
    const speakers = new Set(list.map((m) => lastName(m.speaker)).filter((s): s is string => s !== undefined));
    return {
      id: `q${k + 1}`,
      ...(group === undefined ? {} : { group }),
      mentions: list.map(({ group: _group, ...m }) => m),
      wordingDiffers: sources.size > 1 && wordings.size > 1,
      speakerDiffers: sources.size > 1 && speakers.size > 1,
    };
  });
}

/** Dice coefficient of two word sets. */
function diceOf(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}
