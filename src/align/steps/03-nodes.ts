/**
 * Step 3: sentences with the same normalized tokens form one node, scored
 * once for all their copies.
 *
 * @packageDocumentation
 */
import type { Entry } from './types';

/** The nodes of step 3. */
export interface NodeTable {
  /** Entry indexes of each node, in entry order. */
  readonly nodes: number[][];
  /** The node of each entry (-1 for repeats set aside in step 2). */
  readonly nodeOf: Int32Array;
}

/**
 * Groups the entries (repeats aside) by normalized tokens; a sentence without
 * words is a node of its own. A text one source prints more than once (a
 * sentence too short to be set aside as a repeat, `Damn.`) makes a node per
 * occurrence: the k-th in each source share one, so a node holds at most one
 * sentence of each source.
 */
export function collectNodes(entries: readonly Entry[], repeated: ReadonlySet<number>): NodeTable {
  const nodeOf = new Int32Array(entries.length).fill(-1);
  const nodes: number[][] = [];
  const nodesByKey = new Map<string, number[]>();
  /** Occurrences of each key in the current source so far. */
  let seen = new Map<string, number>();
  let source = -1;
  entries.forEach((entry, i) => {
    if (repeated.has(i)) return;
    if (entry.source !== source) {
      source = entry.source;
      seen = new Map();
    }
    const key = entry.prepared.hashes.length > 0 ? entry.prepared.key : `\u0000${i}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    let list = nodesByKey.get(key);
    if (list === undefined) {
      list = [];
      nodesByKey.set(key, list);
    }
    let node = list[occurrence];
    if (node === undefined) {
      node = nodes.length;
      nodes.push([]);
      list.push(node);
    }
    nodes[node]!.push(i);
    nodeOf[i] = node;
  });
  return { nodes, nodeOf };
}
