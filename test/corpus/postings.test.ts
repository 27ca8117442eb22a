import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingTable } from '../../src/corpus/postings';

type Posting = readonly [group: number, position: number];

/** Every posting of `hash`, walked as the index walks them (first, then nextOf). */
function walk(table: PostingTable, hash: number): Posting[] {
  const out: Posting[] = [];
  for (let p = table.first(hash); p >= 0; p = table.nextOf(p, hash)) out.push([table.groupOf(p), table.positionOf(p)]);
  return out;
}

/** forEach, grouped by key (checking that a key's postings come together). */
function visited(table: PostingTable): Map<number, Posting[]> {
  const byKey = new Map<number, Posting[]>();
  let last: number | undefined;
  table.forEach((hash, group, position) => {
    if (hash !== last && byKey.has(hash)) throw new Error(`postings of ${hash} visited in two runs`);
    last = hash;
    const list = byKey.get(hash) ?? [];
    list.push([group, position]);
    byKey.set(hash, list);
  });
  return byKey;
}

/** An operation: add a posting (keys from a small range, so that keys repeat), or freeze. */
const operation = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0xffffffff })),
      fc.integer({ min: 0, max: 5000 }),
      fc.integer({ min: 0, max: 0xffff }),
    ),
  },
  { weight: 1, arbitrary: fc.constant('freeze' as const) },
);

describe('PostingTable', () => {
  it('gives the same postings, newest first, before and after any sequence of freezes', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 400 }), (ops) => {
        const table = new PostingTable(16);
        const model = new Map<number, Posting[]>();
        for (const op of ops) {
          if (op === 'freeze') {
            table.freeze();
            continue;
          }
          const [hash, group, position] = op;
          table.add(hash, group, position);
          model.set(hash, [[group, position], ...(model.get(hash) ?? [])]);
        }
        let total = 0;
        for (const [hash, postings] of model) {
          expect(table.count(hash)).toBe(postings.length);
          expect(walk(table, hash)).toEqual(postings);
          total += postings.length;
        }
        expect(table.length).toBe(total);
        expect(table.count(0xfffffffe)).toBe(model.get(0xfffffffe)?.length ?? 0);
        expect(visited(table)).toEqual(model);
        // Looked up all at once, each hash finds what it finds alone (absent hashes too).
        const hashes = Uint32Array.from([...model.keys(), 0xfffffffe, 12345]);
        const all = new Int32Array(3 * hashes.length);
        const counts = new Int32Array(hashes.length);
        table.lookupAll(hashes, hashes.length, all, 0, counts);
        const one = new Int32Array(3);
        hashes.forEach((hash, i) => {
          expect(counts[i]).toBe(table.lookup(hash, one, 0));
          expect(Array.from(all.subarray(3 * i, 3 * i + 3))).toEqual(Array.from(one));
          const walked: number[] = [];
          table.appendHeld(all, 3 * i, new Int32Array(5001).fill(1), walked);
          expect(walked).toEqual((model.get(hash) ?? []).map(([group]) => group));
        });
        // A snapshot's state restores to a table with the same walks.
        const restored = new PostingTable(0, table.state());
        for (const [hash, postings] of model) expect(walk(restored, hash)).toEqual(postings);
      }),
      { numRuns: 300 },
    );
  });

  it('takes additions after a freeze, newer than the frozen postings of the same key', () => {
    const table = new PostingTable(16);
    table.add(7, 1, 10);
    table.add(7, 2, 20);
    table.add(9, 3, 30);
    table.freeze();
    table.add(7, 4, 40);
    expect(walk(table, 7)).toEqual([
      [4, 40],
      [2, 20],
      [1, 10],
    ]);
    expect(walk(table, 9)).toEqual([[3, 30]]);
    expect(table.count(7)).toBe(3);
    expect(table.first(8)).toBe(-1);
  });

  it('holds a frozen posting in 10 bytes plus a small prefix table', () => {
    const table = new PostingTable(16);
    const n = 100_000;
    for (let i = 0; i < n; i++) table.add(Math.imul(i + 1, 0x9e3779b1) >>> 0, i, i & 0xffff);
    const live = table.bytes;
    table.freeze();
    expect(table.length).toBe(n);
    // keys 4 + group 4 + position 2 bytes per posting, and a prefix table of 2^14 + 1 four-byte entries.
    expect(table.bytes).toBeLessThan(n * 10 + 4 * (2 ** 14 + 1) + 512);
    expect(table.bytes).toBeLessThan(live / 2);
  });
});
