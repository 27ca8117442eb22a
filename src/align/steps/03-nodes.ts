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

/** Groups the entries (repeats aside) by normalized tokens; a sentence without words is a node of its own. */
export function collectNodes(entries: readonly Entry[], repeated: ReadonlySet<number>): NodeTable {
  const nodeOf = new Int32Array(entries.length).fill(-1);
  const nodes: number[][] = [];
  const nodeByKey = new Map<string, number>();
  entries.forEach((entry, i) => {
    if (repeated.has(i)) return;
    const key = entry.prepared.hashes.length > 0 ? entry.prepared.key : `\u0000${i}`;
    let node = nodeByKey.get(key);
    if (node === undefined) {
      node = nodes.length;
      nodes.push([]);
      nodeByKey.set(key, node);
    }
    nodes[node]!.push(i);
    nodeOf[i] = node;
  });
  return { nodes, nodeOf };
}
