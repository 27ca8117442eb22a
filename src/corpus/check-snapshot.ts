/**
 * Checks the header and arrays of an in-memory corpus snapshot before an
 * index is rebuilt on them: every array reference names an array of the
 * right type, every slot reference (article → group, group → story, a
 * posting's group, a segment's articles) points inside its table, and every
 * posting table passes {@link checkPostingState}. A snapshot that was cut,
 * changed on disk or written by hand is refused with a `TypeError` naming
 * the fault (`restoreCorpusIndex` turns it into `ERR_INVALID_INPUT`) instead
 * of making a later `add` loop, read outside an array or abort the process.
 *
 * @internal
 * @packageDocumentation
 */
import type { Typed } from './columns';
import { checkPostingState, type PostingTableState } from './postings';

type ArrayKind =
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | Uint16ArrayConstructor
  | Float64ArrayConstructor
  | Float32ArrayConstructor;

function fail(what: string): never {
  throw new TypeError(`corpus snapshot: ${what}`);
}

function isList(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

/** Whether `value` is an integer in `[from, to)`. */
function inRange(value: unknown, from: number, to: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= from && value < to;
}

/**
 * Checks a parsed snapshot header (version 1, as `MemoryCorpusIndex.pack`
 * writes it) against its arrays; throws a `TypeError` on the first fault.
 *
 * @internal
 */
export function checkSnapshot(h: Record<string, unknown>, arrays: readonly Typed[]): void {
  const array = (ref: unknown, Kind: ArrayKind, what: string, length?: number): Typed => {
    if (!inRange(ref, 0, arrays.length)) fail(`${what}: no such array`);
    const a = arrays[ref as number]!;
    if (!(a instanceof Kind)) fail(`${what}: array of the wrong type`);
    if (length !== undefined && a.length !== length) fail(`${what}: ${a.length} entries for ${length} slots`);
    return a;
  };
  const section = (value: unknown, what: string): Record<string, unknown> => {
    if (value === null || typeof value !== 'object') fail(`${what} missing`);
    return value as Record<string, unknown>;
  };
  const freeList = (value: unknown, slots: number, what: string): void => {
    if (!isList(value) || !value.every((v) => inRange(v, 0, slots))) fail(`${what}: free slots out of range`);
    // A slot listed twice would be handed to two new entries.
    if (new Set(value).size !== value.length) fail(`${what}: a free slot listed twice`);
  };

  const newest = h['newest'];
  const newestTime = h['newestTime'];
  if (newest !== null && !(typeof newest === 'number' && Number.isInteger(newest))) fail('bad newest bucket');
  if (newestTime !== null && !(typeof newestTime === 'number' && Number.isFinite(newestTime))) fail('bad newest time');
  const articles = section(h['articles'], 'articles');
  const groups = section(h['groups'], 'groups');
  const stories = section(h['stories'], 'stories');
  const articleIds = articles['ids'];
  const groupIds = groups['ids'];
  const storyIds = stories['ids'];
  if (!isList(articleIds) || !articleIds.every((id) => id === null || typeof id === 'string'))
    fail('article ids are not strings');
  if (!isList(groupIds) || !groupIds.every((id) => typeof id === 'string')) fail('group ids are not strings');
  if (!isList(storyIds) || !storyIds.every((id) => typeof id === 'string')) fail('story ids are not strings');
  const articleSlots = articleIds.length;
  const groupSlots = groupIds.length;
  const storySlots = storyIds.length;

  // Articles: each held one in a group.
  const articleGroup = array(articles['group'], Int32Array, 'article groups', articleSlots);
  const articleTime = array(articles['time'], Float64Array, 'article times', articleSlots);
  for (let slot = 0; slot < articleSlots; slot++) {
    if (articleIds[slot] === null) continue;
    if (!inRange(articleGroup[slot], 0, groupSlots)) fail(`article ${slot}: group out of range`);
    if (!Number.isFinite(articleTime[slot])) fail(`article ${slot}: time not a number`);
  }
  freeList(articles['free'], articleSlots, 'articles');

  // Groups: each in a story; offsets and features are arrays of the right type.
  const groupStory = array(groups['story'], Int32Array, 'group stories', groupSlots);
  array(groups['members'], Int32Array, 'group members', groupSlots);
  array(groups['fingerprints'], Int32Array, 'group fingerprints', groupSlots);
  array(groups['home'], Float64Array, 'group homes', groupSlots);
  const offsets = groups['offsets'];
  const features = groups['features'];
  const parents = groups['parents'];
  if (!isList(offsets) || offsets.length !== groupSlots) fail('group offsets missing');
  if (!isList(features) || features.length !== groupSlots) fail('group features missing');
  if (!isList(parents) || parents.length !== groupSlots) fail('group parents missing');
  freeList(groups['free'], groupSlots, 'groups');
  const freeGroups = new Set(groups['free'] as number[]);
  for (let g = 0; g < groupSlots; g++) {
    if (!freeGroups.has(g) && !inRange(groupStory[g], 0, storySlots)) fail(`group ${g}: story out of range`);
    if (offsets[g] !== -1) array(offsets[g], Int32Array, `group ${g} offsets`);
    const f = features[g];
    if (f !== null) {
      const { hashes, weights, norm } = section(f, `group ${g} features`);
      const n = array(hashes, Uint32Array, `group ${g} feature hashes`).length;
      array(weights, Float32Array, `group ${g} feature weights`, n);
      if (typeof norm !== 'number' || !Number.isFinite(norm)) fail(`group ${g}: feature norm not a number`);
    }
    const p = parents[g];
    if (p !== null && (!isList(p) || !p.every((id) => typeof id === 'string'))) fail(`group ${g}: bad parents`);
  }

  // Stories.
  for (const name of ['articles', 'groups'] as const) array(stories[name], Int32Array, `story ${name}`, storySlots);
  for (const name of ['first', 'last'] as const) array(stories[name], Float64Array, `story ${name}`, storySlots);
  const sole = array(stories['sole'], Int32Array, 'story sole groups', storySlots);
  for (let s = 0; s < storySlots; s++) if (!inRange(sole[s], -1, groupSlots)) fail(`story ${s}: group out of range`);
  const titles = stories['titles'];
  const centroids = stories['centroids'];
  if (!isList(titles) || titles.length !== storySlots) fail('story titles missing');
  if (!isList(centroids) || centroids.length !== storySlots) fail('story centroids missing');
  centroids.forEach((c, s) => {
    if (c === null) return;
    const { hashes, weights } = section(c, `story ${s} centroid`);
    const n = array(hashes, Uint32Array, `story ${s} centroid hashes`).length;
    array(weights, Float64Array, `story ${s} centroid weights`, n);
  });
  freeList(stories['free'], storySlots, 'stories');

  // Segments: their articles and their posting tables.
  const segments = h['segments'];
  if (!isList(segments)) fail('segments missing');
  for (const [k, value] of segments.entries()) {
    const segment = section(value, `segment ${k}`);
    if (typeof segment['bucket'] !== 'number' || !Number.isInteger(segment['bucket'])) fail(`segment ${k}: bad bucket`);
    const held = array(segment['articles'], Int32Array, `segment ${k} articles`);
    for (const slot of held) if (!inRange(slot, 0, articleSlots)) fail(`segment ${k}: article out of range`);
    for (const name of ['text', 'features'] as const) {
      const t = section(segment[name], `segment ${k} ${name} postings`);
      const state: PostingTableState = {
        keys: array(t['keys'], Uint32Array, `segment ${k} ${name} keys`) as Uint32Array,
        heads: array(t['heads'], Int32Array, `segment ${k} ${name} heads`) as Int32Array,
        counts: array(t['counts'], Uint32Array, `segment ${k} ${name} counts`) as Uint32Array,
        size: t['size'] as number,
        group: array(t['group'], Int32Array, `segment ${k} ${name} groups`) as Int32Array,
        position: array(t['position'], Uint16Array, `segment ${k} ${name} positions`) as Uint16Array,
        next: array(t['next'], Int32Array, `segment ${k} ${name} chains`) as Int32Array,
        postings: t['postings'] as number,
      };
      checkPostingState(state, groupSlots);
    }
  }
}
