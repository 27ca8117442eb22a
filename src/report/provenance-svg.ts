import type { ProvenanceEdge, ProvenanceGraph, ProvenanceNode, SourceProvenance } from '../core/provenance';
import { html, type SafeHtml } from './escape';
import { percent } from './shared';

const MIN_WIDTH = 760;
const NODE_W = 160;
const GAP = 16;
const NODE_H = 34;
/** Nodes per row: the graph stays at most 7 × 176 + 20 = 1,252 px wide, so a 1,400 px window shows it at full size. */
const PER_ROW = 7;
/** Distance between rows of nodes. */
const ROW_H = 110;
/** Highest an arc between two nodes of one row rises above the row: it stays in the gap above. */
const MAX_LIFT = 40;
/** Centre of the first row: room above it for the arcs of that row. */
const TOP = NODE_H / 2 + MAX_LIFT + 12;
/** Extra space between the last row of sources and the first row of agencies. */
const AGENCY_GAP = 40;

/**
 * A node label that fits: cut at the last word boundary (space, `_`, `-`,
 * `.`) before `max` characters, never inside a word; a label with no such
 * boundary in reach is kept whole (its node's title always has it whole).
 */
function clip(text: string, max = 19): string {
  if (text.length <= max) return text;
  let cut = -1;
  for (let i = max - 1; i > max / 2; i--) {
    if (' _-.'.includes(text.charAt(i))) {
      cut = i;
      break;
    }
  }
  return cut < 0 ? text : `${text.slice(0, cut)}…`;
}

/** Centre of node `index` of `count` spread over a row of `width`, nodes never overlapping. */
function spread(width: number, count: number, index: number): number {
  const margin = NODE_W / 2 + 10;
  if (count <= 1) return width / 2;
  return margin + ((width - 2 * margin) * index) / (count - 1);
}

/** Places `count` nodes in rows of {@link PER_ROW} from `top`; returns each centre and the y below the last row. */
function rows(width: number, count: number, top: number): { at: Array<{ x: number; y: number }>; bottom: number } {
  const at: Array<{ x: number; y: number }> = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / PER_ROW);
    const inRow = Math.min(PER_ROW, count - row * PER_ROW);
    at.push({ x: spread(width, inRow, i - row * PER_ROW), y: top + row * ROW_H });
  }
  const lastRow = count === 0 ? -1 : Math.floor((count - 1) / PER_ROW);
  return { at, bottom: top + lastRow * ROW_H + NODE_H / 2 };
}

/** How an edge is drawn, and the words the legend gives that style. */
const STYLES = {
  'edge-derived':
    'solid arrow: the text at its tail takes passages from the one at its head (share of its body, METER class)',
  'edge-wire': "thick arrow to an agency: the text carries the agency's copy (a credit line, a dateline, a URL)",
  'edge-own': "dotted line to an agency: the text is the agency's own story",
  'edge-cites': 'dashed arrow: cites as a source of information',
} as const;

type EdgeStyle = keyof typeof STYLES;

interface DrawnEdge {
  readonly from: string;
  readonly to: string;
  readonly style: EdgeStyle;
  readonly label: string;
  readonly title: string;
}

function styleOf(e: ProvenanceEdge, agencyIds: ReadonlySet<string>): EdgeStyle {
  if (e.kind === 'cites') return 'edge-cites';
  return agencyIds.has(e.to) && e.share === undefined ? 'edge-wire' : 'edge-derived';
}

/**
 * Draws the provenance graph as inline SVG: sources on the top row, agencies
 * and cited outlets on the bottom row. Between sources, a solid arrow points
 * from a text to the text it takes passages from (share and METER class);
 * a thick arrow points to the agency whose copy a text carries, a dotted line
 * to the agency whose own story it is (from `sources`, when given), a dashed
 * arrow to what it cites. The legend names every style drawn. Deterministic
 * layout; every label goes through the escaping template.
 */
export function renderProvenanceGraph(graph: ProvenanceGraph, sources: readonly SourceProvenance[] = []): SafeHtml {
  const nodesIn: ProvenanceNode[] = [...graph.nodes];
  const known = new Set(nodesIn.map((n) => n.id));
  const extra: DrawnEdge[] = [];
  for (const s of sources) {
    if (s.attribution?.role !== 'own') continue;
    const id = `agency:${s.attribution.agency}`;
    if (!known.has(id)) {
      known.add(id);
      nodesIn.push({ id, kind: 'agency', label: s.attribution.agency, agencyKind: 'wire' });
    }
    extra.push({
      from: `src:${s.source}`,
      to: id,
      style: 'edge-own',
      label: '',
      title: `${s.source} is ${s.attribution.agency}'s own story (confidence ${percent(s.attribution.confidence)})`,
    });
  }
  const agencyIds = new Set(nodesIn.filter((n) => n.kind !== 'source').map((n) => n.id));
  const drawn: DrawnEdge[] = [
    ...graph.edges.map((e): DrawnEdge => {
      const style = styleOf(e, agencyIds);
      return {
        from: e.from,
        to: e.to,
        style,
        // The dashed style says "cites"; labels on every citation would only overlap.
        label:
          style === 'edge-derived'
            ? `${e.share !== undefined ? percent(e.share) : ''}${e.class ? ` ${e.class}` : ''}`.trim()
            : '',
        title: `${e.from} ${e.kind} ${e.to} (confidence ${percent(e.confidence)})${e.reasons.length ? `: ${e.reasons.join('; ')}` : ''}`,
      };
    }),
    ...extra,
  ];
  return draw(nodesIn, drawn);
}

function draw(nodeList: readonly ProvenanceNode[], drawnEdges: readonly DrawnEdge[]): SafeHtml {
  const sources = nodeList.filter((n) => n.kind === 'source');
  const agencies = nodeList.filter((n) => n.kind !== 'source');
  if (nodeList.length === 0) return html``;
  const WIDTH = Math.max(MIN_WIDTH, Math.min(PER_ROW, Math.max(sources.length, agencies.length)) * (NODE_W + GAP) + 20);
  const pos = new Map<string, { x: number; y: number; kind: string }>();
  const top = rows(WIDTH, sources.length, TOP);
  sources.forEach((n, i) => {
    pos.set(n.id, { ...top.at[i]!, kind: 'source' });
  });
  const below = rows(WIDTH, agencies.length, top.bottom + NODE_H / 2 + AGENCY_GAP + MAX_LIFT);
  agencies.forEach((n, i) => {
    pos.set(n.id, { ...below.at[i]!, kind: 'agency' });
  });
  const height = (agencies.length ? below.bottom : top.bottom) + 20;

  const edges = drawnEdges.map((e, i) => {
    const from = pos.get(e.from);
    const to = pos.get(e.to);
    if (!from || !to) return html``;
    const cls = e.style;
    const { label, title } = e;
    let d: string;
    let lx: number;
    let ly: number;
    if (from.y === to.y) {
      // Same row: an arc above the row, higher for longer spans; the direction of the arrow shows who took from whom.
      const lift = Math.min(MAX_LIFT, 16 + Math.abs(to.x - from.x) / 10 + (i % 3) * 6);
      const cx = (from.x + to.x) / 2;
      const cy = from.y - NODE_H / 2 - lift;
      d = `M ${from.x.toFixed(1)} ${(from.y - NODE_H / 2).toFixed(1)} Q ${cx.toFixed(1)} ${cy.toFixed(1)} ${to.x.toFixed(1)} ${(to.y - NODE_H / 2 - 4).toFixed(1)}`;
      lx = cx;
      ly = (from.y - NODE_H / 2 + cy) / 2;
    } else {
      const y1 = from.y + (to.y > from.y ? NODE_H / 2 : -NODE_H / 2);
      const y2 = to.y + (to.y > from.y ? -NODE_H / 2 - 4 : NODE_H / 2 + 4);
      d = `M ${from.x.toFixed(1)} ${y1.toFixed(1)} L ${to.x.toFixed(1)} ${y2.toFixed(1)}`;
      lx = (from.x + to.x) / 2;
      ly = (y1 + y2) / 2;
    }
    return html`<g><title>${title}</title><path class="${cls}" d="${d}" marker-end="url(#arrow)"></path>${label ? html`<text class="edge-label" x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" text-anchor="middle">${label}</text>` : ''}</g>`;
  });

  const nodes = nodeList.map((n) => {
    const p = pos.get(n.id)!;
    const shape =
      p.kind === 'source'
        ? html`<rect x="${(p.x - NODE_W / 2).toFixed(1)}" y="${(p.y - NODE_H / 2).toFixed(1)}" width="${NODE_W}" height="${NODE_H}" rx="6"></rect>`
        : html`<ellipse cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" rx="${NODE_W / 2}" ry="${NODE_H / 2}"></ellipse>`;
    return html`<g class="node-${p.kind}"><title>${n.label}${n.agencyKind ? ` (${n.agencyKind})` : ''}</title>${shape}<text x="${p.x.toFixed(1)}" y="${(p.y + 4).toFixed(1)}" text-anchor="middle">${clip(n.label)}</text></g>`;
  });

  const used = new Set(drawnEdges.map((e) => e.style));
  const legend = (Object.keys(STYLES) as EdgeStyle[])
    .filter((style) => used.has(style))
    .map((style) => {
      const text = STYLES[style];
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    })
    .join(' ');
  return html`<figure><svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="Provenance graph: sources on top, agencies and cited outlets below; solid arrows point from a text to the text it derives from, dashed arrows to what it cites">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#5b6670"></path></marker></defs>
${edges}
${nodes}
</svg><figcaption class="note">${legend}</figcaption></figure>`;
}
