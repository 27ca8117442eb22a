import type { Provenance } from '../core/provenance';
import type {
  AlignmentGroup,
  Article,
  Comparison,
  Diagnostic,
  QuoteMention,
  Relation,
  Sentence,
  SourceSummary,
} from '../core/types';
import { sha256Base64 } from '../core/util/sha256';
import { validateReportOptions } from '../core/validate';
import { html, type SafeHtml, safeHttpUrl, staticAsset } from './escape';
import { changesByMember, type PlacedChange, provenanceOf, SEVERITY_RANK } from './extras';
import { PAGE_SOURCE_CSS, PAGE_SOURCE_JS, REPORT_CSS, REPORT_JS } from './html-assets';
import { type PageSources, pageSources } from './page-source';
import { renderProvenanceGraph } from './provenance-svg';
import { type ShownText, type SourceText, shownText, sourceTexts } from './readable';
import {
  assertComparison,
  counted,
  indexSources,
  percent,
  RELATION_LABELS,
  RELATIONS,
  type SourceNamer,
  sourceNamer,
} from './shared';
import { provenanceStatements } from './statements';

const policies = new Map<boolean, string>();

/**
 * The page's Content-Security-Policy: nothing may load, and the only scripts
 * and stylesheets allowed are the page's own, named by the SHA-256 hash of
 * their text (CSP level 2 hash sources): the report's, and the page-source
 * ones when the page has a page-source section. A `<script>` or `<style>`
 * that got into the page any other way, an event-handler attribute or a
 * `style` attribute does not run. Computed once per kind, on first use.
 */
function contentSecurityPolicy(pageSource: boolean): string {
  let policy = policies.get(pageSource);
  if (policy === undefined) {
    const hashes = (own: string, extra: string) =>
      [own, ...(pageSource ? [extra] : [])].map((a) => `'sha256-${sha256Base64(a)}'`).join(' ');
    policy = [
      "default-src 'none'",
      `style-src ${hashes(REPORT_CSS, PAGE_SOURCE_CSS)}`,
      `script-src ${hashes(REPORT_JS, PAGE_SOURCE_JS)}`,
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ');
    policies.set(pageSource, policy);
  }
  return policy;
}

/** Options of {@link toHTML}. */
export interface HtmlReportOptions {
  /**
   * Title of the page.
   *
   * @defaultValue the first source's headline, else `'copydesk comparison'`
   */
  readonly title?: string;
  /**
   * Whether removed text (page furniture, metadata, captions) is shown when
   * the page opens. Readers can toggle it with a checkbox either way.
   *
   * @defaultValue false
   */
  readonly showRemoved?: boolean;
  /**
   * Provenance to render (from `traceProvenance`).
   *
   * @defaultValue `comparison.provenance` when present, else no provenance section
   */
  readonly provenance?: Provenance;
  /**
   * Whether each source read from an HTML page (`normalizeArticle({ html })`)
   * gets a page-source section: the page's HTML as text, closed until opened,
   * each kept sentence's exact range `[start, end)` marked, and a small `</>`
   * link beside the sentence wherever the report shows it (columns, story
   * view, quotes) that opens the section and highlights the range. Sources
   * given as plain text get neither, and a report with no HTML source is the
   * same with either value.
   *
   * The section holds the whole page, escaped (each `<`, `>`, `&`, `"` and
   * `'` of the markup written as an entity), plus about 150 bytes per
   * sentence for its mark and link: it adds about 1.4 times the page's size
   * per HTML source (1.36 to 1.62 on five trafilatura development pages; a
   * 60 KB page adds 85 to 100 KB). Turn it off for reports of many large
   * pages.
   *
   * @defaultValue true
   */
  readonly pageSource?: boolean;
}

interface SentenceInfo {
  readonly group: AlignmentGroup;
  readonly memberIndex: number;
  readonly others: number;
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly change: PlacedChange;
}

/**
 * Renders positions `[start, end)` of a shown text (see `ShownText`: the
 * original's range for plain text, the decoded text for HTML) with typed
 * changes marked inline (overlaps split into segments).
 */
function renderMarked(
  shown: ShownText,
  start: number,
  end: number,
  marks: readonly Mark[],
  labelOf: (i: number) => string,
): SafeHtml {
  const slice = (from: number, to: number) => shown.text.slice(from - shown.offset, to - shown.offset);
  const inside = marks.filter((m) => m.end > start && m.start < end);
  if (inside.length === 0) return html`${slice(start, end)}`;
  const cuts = new Set<number>([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const parts: SafeHtml[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const text = slice(from, to);
    const covering = inside.filter((m) => m.start <= from && m.end >= to);
    if (covering.length === 0) {
      parts.push(html`${text}`);
      continue;
    }
    const strongest = covering.reduce((best, m) =>
      SEVERITY_RANK[m.change.severity] > SEVERITY_RANK[best.change.severity] ? m : best,
    );
    const title = covering
      .map((m) => {
        const c = m.change;
        const detail = c.detail ? `: ${c.detail}` : c.otherText !== undefined ? `: ${c.otherText}` : '';
        return `${c.type} (${c.severity})${detail}, against ${labelOf(c.other)}`;
      })
      .join('\n');
    parts.push(
      html`<mark class="chg chg-${strongest.change.type} sev-${strongest.change.severity}" title="${title}">${text}</mark>`,
    );
  }
  return html`${parts}`;
}

function sentenceIndex(comparison: Comparison): Map<string, SentenceInfo> {
  const out = new Map<string, SentenceInfo>();
  for (const group of comparison.groups) {
    const sources = new Set(group.members.map((m) => m.source));
    group.members.forEach((m, memberIndex) => {
      out.set(`${m.source}\u0000${m.sentence}`, { group, memberIndex, others: sources.size - 1 });
    });
  }
  return out;
}

function renderColumn(
  article: Article,
  column: number,
  summary: SourceSummary | undefined,
  info: ReadonlyMap<string, SentenceInfo>,
  marksOf: (group: AlignmentGroup, member: number) => readonly Mark[],
  labelOf: (group: AlignmentGroup) => (i: number) => string,
  namer: SourceNamer,
  pages: PageSources,
  source: SourceText,
): SafeHtml {
  const original = article.original;
  const whole: ShownText = { text: original, offset: 0 };
  const sentences = [...article.sentences].sort((x, y) => x.start - y.start);
  const focusable = new Set<string>();

  /**
   * Positions `[from, to)` of sentence `s` in `shown` (the whole original for plain text, where a sentence may be
   * cut by the layout; the sentence's decoded text for HTML), coloured by its group or as only in this source; the
   * group id and the page-source link follow the sentence's last piece.
   */
  const renderSentence = (s: Sentence, shown: ShownText, from: number, to: number, last: boolean): SafeHtml => {
    const found = info.get(`${article.id}\u0000${s.id}`);
    const key = `c${column}-${s.id}`;
    if (!found) {
      return html`<span class="sent unique" data-key="${key}" data-column="${column}" title="only in this source">${shown.text.slice(from - shown.offset, to - shown.offset)}</span>${last ? pages.link(column, s.id) : ''}`;
    }
    const { group, memberIndex } = found;
    const member = group.members[memberIndex]!;
    const first = !focusable.has(key);
    focusable.add(key);
    const notes = [
      `${group.id}: ${group.relation}, ${group.members.length} sentences in ${group.sources.length} sources`,
      member.moved ? 'moved: out of order against another source' : '',
      member.split ? 'split or merged: several sentences of this source in the group' : '',
    ].filter(Boolean);
    // Marks are placed on the member's text, which is the sentence's (decoded text: a member that says otherwise gets none).
    const marks = source.decoded && member.text !== s.text ? [] : marksOf(group, memberIndex);
    return html`<span class="sent rel-${group.relation}${member.moved ? ' moved' : ''}" data-key="${key}" data-group="${group.id}" data-column="${column}" data-relation="${group.relation}"${first ? html` tabindex="0" role="button" aria-pressed="false"` : ''} title="${notes.join('\n')}">${renderMarked(shown, from, to, marks, labelOf(group))}${last ? html`<span class="gid" aria-hidden="true">${group.id}${member.moved ? ' ↕' : ''}</span>` : ''}</span>${last ? pages.link(column, s.id) : ''}`;
  };

  /** Plain text: the original's range `[start, end)`, sentences and the text between them as they are. */
  const renderBody = (start: number, end: number): SafeHtml => {
    const parts: SafeHtml[] = [];
    let at = start;
    for (const s of sentences) {
      if (s.end <= start || s.start >= end) continue;
      const from = Math.max(start, s.start);
      const to = Math.min(end, s.end);
      if (from > at) parts.push(html`${original.slice(at, from)}`);
      parts.push(renderSentence(s, whole, from, to, to === s.end));
      at = to;
    }
    if (at < end) parts.push(html`${original.slice(at, end)}`);
    return html`${parts}`;
  };

  /**
   * HTML: the sentences that start in `[start, end)`, each whole as its decoded text, one space between two (the
   * HTML between them is markup and white space, never printed).
   */
  const renderDecodedBody = (start: number, end: number): SafeHtml => {
    const parts: SafeHtml[] = [];
    let previous: number | undefined;
    for (const s of sentences) {
      if (s.start < start || s.start >= end) continue;
      if (previous !== undefined && s.start > previous) parts.push(html` `);
      const text = typeof s.text === 'string' ? s.text : '';
      parts.push(renderSentence(s, { text, offset: 0 }, 0, text.length, true));
      previous = s.end;
    }
    return html`${parts}`;
  };
  const body = source.decoded ? renderDecodedBody : renderBody;

  // HTML removals by range, for their decoded text; markup with no text is counted, not shown (see below).
  const removedText = new Map<string, string>();
  if (source.decoded && Array.isArray(article.removed)) {
    for (const r of article.removed) if (typeof r.text === 'string') removedText.set(`${r.start}:${r.end}`, r.text);
  }
  const markup = new Map<string, number>();

  // Blocks: the layout split at blank lines (HTML: at markup and line breaks); a block of removed text only is hidden as a whole.
  const blocks: { removedOnly: boolean; parts: SafeHtml[] }[] = [];
  let block: { removedOnly: boolean; parts: SafeHtml[] } = { removedOnly: true, parts: [] };
  const flush = () => {
    if (block.parts.length > 0) blocks.push(block);
    block = { removedOnly: true, parts: [] };
  };
  const layout = article.layout.length > 0 ? article.layout : [];
  if (layout.length === 0) {
    for (const p of article.paragraphs) {
      blocks.push({ removedOnly: false, parts: [body(p.start, p.end)] });
    }
  }
  for (const piece of layout) {
    if (piece.role === 'separator') {
      const text = original.slice(piece.start, piece.end);
      if (source.decoded) {
        // Markup between blocks: a paragraph break; white space within a line: one space.
        if (/^[^\S\n\r]+$/.test(text)) block.parts.push(html` `);
        else if (text !== '') flush();
      } else if (/\n[^\S\n]*\n/.test(text)) flush();
      else if (text.includes('\n')) block.parts.push(html`<br>`);
      else block.parts.push(html`${text}`);
    } else if (piece.role === 'removed') {
      const reason = piece.reason ?? 'removed';
      const text = source.decoded
        ? (removedText.get(`${piece.start}:${piece.end}`) ?? '')
        : original.slice(piece.start, piece.end);
      if (source.decoded && text.trim() === '') {
        markup.set(reason, (markup.get(reason) ?? 0) + 1);
        continue;
      }
      block.parts.push(
        html`<span class="removed" data-reason="${reason}" title="removed: ${reason}"><span class="reason">${reason}</span>${text}</span>`,
      );
    } else {
      block.removedOnly = false;
      block.parts.push(body(piece.start, piece.end));
    }
  }
  flush();
  // An HTML page's removed markup with no text (scripts, styles, comments: dozens on a real page) as one line
  // that counts it by reason, first in the column; its HTML is in the page source.
  if (markup.size > 0) {
    const total = [...markup.values()].reduce((a, b) => a + b, 0);
    const list = [...markup].map(([reason, n]) => (n > 1 ? `${reason} ×${n}` : reason)).join(', ');
    blocks.unshift({
      removedOnly: true,
      parts: [
        html`<span class="removed" data-reason="markup" title="removed: page markup with no text, not shown"><span class="reason">markup</span>${counted(total, 'element')} with no text, not shown: ${list}</span>`,
      ],
    });
  }

  const id = article.id;
  const url = safeHttpUrl(article.url);
  // The outlet when given, else the host of the article's URL.
  const displayName = namer.name(id);
  const title = summary?.title;
  return html`<section class="column" aria-label="${namer.label(id)}">
<header>
<h2>${displayName ? html`${displayName} <span class="meta">${id}</span>` : id}</h2>
${title ? html`<div class="title">${title}</div>` : ''}
<div class="meta">${summary ? `${summary.sentences} sentences · ${summary.wordsKept} words kept · ${summary.wordsRemoved} removed` : ''}${summary?.agency ? html` · wire: <strong>${summary.agency}</strong>` : ''}${article.publishedAt ? ` · ${article.publishedAt}` : ''}</div>
${url ? html`<div class="meta"><a href="${url}" rel="noopener noreferrer nofollow">${url}</a></div>` : article.url ? html`<div class="meta">${article.url}</div>` : ''}
</header>
<div class="text">
${blocks.map((b) => html`<p${b.removedOnly ? html` class="removed"` : ''}>${b.parts}</p>\n`)}
</div>
</section>`;
}

/** Above this many sources the report shows the story view (one row per group) instead of one column per source. */
const STORY_VIEW_ABOVE = 6;

/** Most sources the shared-text matrix shows (a row and a column each); above, the pairs table alone. */
const MATRIX_MAX = 120;

/**
 * The story view for many sources: one row per group, its distinct wordings
 * stacked with the sources that carry each (typed changes marked on the first
 * source of a wording), and what each source has alone behind a toggle.
 */
function renderStory(
  comparison: Comparison,
  sources: ReadonlyMap<string, SourceText>,
  marksOf: (group: AlignmentGroup, member: number) => readonly Mark[],
  labelOf: (group: AlignmentGroup) => (i: number) => string,
  label: (id: string) => string,
  pages: PageSources,
): SafeHtml {
  const rows = comparison.groups.map((group) => {
    const wordings = new Map<string, number[]>();
    group.members.forEach((m, i) => {
      const list = wordings.get(m.text);
      if (list) list.push(i);
      else wordings.set(m.text, [i]);
    });
    const variants = [...wordings.values()].map((members) => {
      const first = group.members[members[0]!]!;
      const wording = shownText(sources.get(first.source), first);
      const names = members.map((i) => `${label(group.members[i]!.source)} ${group.members[i]!.sentence}`);
      // Each name shown, with the link to its sentence in the page source when it has one.
      const named = members.map((i, k) => {
        const m = group.members[i]!;
        return html`${k > 0 ? ', ' : ''}${names[k]}${pages.linkFor(m.source, m.sentence)}`;
      });
      const shown = names.length > 6 ? html`${named.slice(0, 5)} and ${names.length - 5} more` : html`${named}`;
      return html`<li><div class="who">${counted(members.length, 'source')}: ${shown}</div><div class="sent rel-${group.relation}" title="${names.join('\n')}">${renderMarked(wording, wording.offset, wording.offset + wording.text.length, marksOf(group, members[0]!), labelOf(group))}</div></li>`;
    });
    // A large group mixes copies and rewrites: name the range of its links' relations, strongest first.
    const ranks = group.links.map((l) => RELATIONS.indexOf(l.relation)).filter((r) => r >= 0);
    const range =
      ranks.length === 0 || Math.min(...ranks) === Math.max(...ranks)
        ? group.relation
        : `${RELATIONS[Math.min(...ranks)]} to ${RELATIONS[Math.max(...ranks)]}`;
    return html`<section class="story-group" id="${group.id}"><h3>${group.id} · ${range}${group.shape === 'one-to-many' ? ' · split/merge' : ''} · ${counted(group.sources.length, 'source')}, ${counted(wordings.size, 'wording')}</h3><ol class="wordings">${variants}</ol></section>`;
  });
  const unique = comparison.unique.filter((u) => u.sentences.length > 0);
  const uniqueCount = unique.reduce((n, u) => n + u.sentences.length, 0);
  return html`<main class="story">
${rows}
<details class="panel unique-list"><summary>${counted(uniqueCount, 'sentence')} only one source has</summary>${unique.map(
    (u) =>
      html`<h3>${label(u.source)}</h3><ul>${u.sentences.map((s) => html`<li><span class="sent unique">${s.text}</span>${pages.linkFor(u.source, s.sentence)}</li>`)}</ul>`,
  )}</details>
</main>`;
}

/**
 * The sources × sources matrix of shared text: in row A, column B, the share
 * of A's sentences in groups B shares (from `comparison.pairs`), as a number
 * and a shade. Shown for many sources, up to {@link MATRIX_MAX}.
 */
function renderMatrix(comparison: Comparison, label: (id: string) => string): SafeHtml {
  const ids = comparison.sources.map((s) => s.id);
  if (ids.length <= STORY_VIEW_ABOVE || ids.length > MATRIX_MAX) return html``;
  const share = new Map<string, number>();
  for (const p of comparison.pairs) {
    share.set(`${p.a}\u0000${p.b}`, p.coverageA);
    share.set(`${p.b}\u0000${p.a}`, p.coverageB);
  }
  const rows = ids.map(
    (a) =>
      html`<tr><th scope="row">${label(a)}</th>${ids.map((b) => {
        if (a === b) return html`<td class="self"></td>`;
        const v = share.get(`${a}\u0000${b}`) ?? 0;
        return html`<td class="heat-${Math.min(5, Math.ceil(v * 5))}" title="${label(a)}: ${percent(v)} of its sentences shared with ${label(b)}">${v > 0 ? Math.round(v * 100) : ''}</td>`;
      })}</tr>`,
  );
  return html`<section class="panel"><h2>Shared text between sources</h2><p class="note">Row A, column B: the share of A's sentences (in %) in groups that B shares; darker is more.</p><div class="matrix-wrap"><table class="matrix"><thead><tr><th></th>${ids.map((b) => html`<th scope="col"><span>${label(b)}</span></th>`)}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function renderDiagnostics(comparison: Comparison): SafeHtml {
  const list: { where: string; d: Diagnostic }[] = [
    ...comparison.diagnostics.map((d) => ({ where: 'comparison', d })),
    ...comparison.articles.flatMap((a) => a.diagnostics.map((d) => ({ where: a.id, d }))),
  ];
  if (list.length === 0) return html``;
  return html`<section class="panel"><h2>Diagnostics</h2><ul class="diagnostics">${list.map(
    ({ where, d }) =>
      html`<li class="sev-${d.severity}"><strong>${d.severity}</strong> ${where}: ${d.message} <code>${d.code}</code></li>`,
  )}</ul></section>`;
}

function renderPairs(comparison: Comparison, label: (id: string) => string): SafeHtml {
  const shared = comparison.pairs.filter((p) => p.sharedGroups > 0);
  if (shared.length === 0) return html``;
  return html`<section class="panel"><h2>What each pair of sources shares</h2><table>
<thead><tr><th>source A</th><th>source B</th><th>shared groups</th><th>of A</th><th>of B</th></tr></thead>
<tbody>${shared.map(
    (p) =>
      html`<tr><td>${label(p.a)}</td><td>${label(p.b)}</td><td class="num">${p.sharedGroups}</td><td class="num">${percent(p.coverageA)}</td><td class="num">${percent(p.coverageB)}</td></tr>`,
  )}</tbody></table></section>`;
}

function renderQuotesAndOmissions(comparison: Comparison, label: (id: string) => string, pages: PageSources): SafeHtml {
  const quotes = (Array.isArray(comparison.quotes) ? comparison.quotes : []).filter(
    (q) => q.mentions.length > 1 && (q.wordingDiffers || q.speakerDiffers),
  );
  const omissions = (Array.isArray(comparison.omissions) ? comparison.omissions : []).filter(
    (o) => o.groups.length > 0,
  );
  if (quotes.length === 0 && omissions.length === 0) return html``;
  return html`<section class="panel">${
    quotes.length
      ? html`<h2>Quotes that differ between sources</h2><table><thead><tr><th>quote</th><th>differs in</th><th>source</th><th>quoted words</th><th>speaker</th></tr></thead><tbody>${quotes.map(
          (q) =>
            html`${q.mentions.map(
              (m: QuoteMention, i: number) =>
                html`<tr>${i === 0 ? html`<td rowspan="${q.mentions.length}">${q.id}${q.group ? ` (${q.group})` : ''}</td><td rowspan="${q.mentions.length}">${[q.wordingDiffers ? 'wording' : '', q.speakerDiffers ? 'speaker' : ''].filter(Boolean).join(', ')}</td>` : ''}<td>${label(m.source)} ${m.sentence}${pages.linkFor(m.source, m.sentence)}</td><td>“${m.text}”</td><td>${m.speaker ?? '–'}</td></tr>`,
            )}`,
        )}</tbody></table>`
      : ''
  }${
    omissions.length
      ? html`<h2>What each source leaves out that most related sources carry</h2><ul>${omissions.map(
          (o) => html`<li>${label(o.source)}: ${o.groups.join(', ')}</li>`,
        )}</ul>`
      : ''
  }</section>`;
}

function renderProvenance(provenance: Provenance, label: (id: string) => string): SafeHtml {
  const attributed = provenance.sources.map(
    (s) =>
      html`<tr><td>${label(s.source)}</td><td>${s.attribution ? html`${s.attribution.agency} <span class="meta">(${s.attribution.role}, ${percent(s.attribution.confidence)})</span>` : '–'}</td><td>${s.evidence.length ? s.evidence.map((e, i) => html`${i ? '; ' : ''}${e.kind}: “${e.text}”`) : '–'}</td><td>${s.citations.length ? [...new Set(s.citations.map((c) => c.name))].join(', ') : '–'}</td></tr>`,
  );
  // One statement per pair, the same words as the Markdown report and the demo.
  const statements = provenanceStatements(provenance, label);
  return html`<section class="panel"><h2>Provenance</h2>
<table><thead><tr><th>source</th><th>wire attribution</th><th>evidence</th><th>cites</th></tr></thead><tbody>${attributed}</tbody></table>
${
  statements.length
    ? html`<table><thead><tr><th>pair</th><th>provenance</th><th>confidence</th><th>why</th></tr></thead><tbody>${statements.map(
        (st) =>
          html`<tr><td>${label(st.a)} · ${label(st.b)}</td><td>${st.text}</td><td class="num">${percent(st.confidence)}</td><td>${st.reasons.join('; ')}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="note">No two sources share text.</p>`
}
${renderProvenanceGraph(provenance.graph, provenance.sources)}
</section>`;
}

/**
 * Renders a comparison as one self-contained HTML page: one column per
 * source, aligned sentences coloured by relation and linked across columns,
 * removed text behind a toggle, typed changes and provenance when present,
 * and the HTML of each source read from a page with its sentences marked.
 *
 * @param comparison - The result of `alignSources`.
 * @param options - Title, initial state of the removed-text toggle, provenance, page sources.
 * @returns A complete HTML document (no network, no external assets).
 * @throws `ERR_INVALID_INPUT` when `comparison` is not a comparison (the message names the first
 * field that is wrong); `ERR_INVALID_OPTION` for an unknown or mistyped option.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * const comparison = alignSources([{ id: 'a', text: textA }, { id: 'b', text: textB }]);
 * writeFileSync('report.html', toHTML(comparison, { title: 'Kim visit' }));
 * toHTML(comparison).startsWith('<!doctype html>'); //=> true
 * ```
 *
 * @remarks
 * Clicking a sentence (or focusing it and pressing Enter or Space) outlines
 * its counterparts in the other columns; Escape clears. Every piece of input
 * text, every id, outlet name and URL goes through one escaping template, so
 * hostile input (`<script>`, `</style>`, quotes that would close an
 * attribute) renders as text; only absolute `http(s)` URLs become links; no
 * user text is ever placed inside the page's script, which reads what it
 * needs from data attributes. The page's Content-Security-Policy allows
 * only its own script and stylesheet, by their SHA-256 hashes, and loads
 * nothing. Control characters (NUL, escape, DEL: binary junk, which
 * `normalizeArticle` reports in its `control-characters` diagnostic) are
 * dropped. The page is readable in print: controls are
 * hidden and columns lose their scroll boxes.
 *
 * For a source read from HTML (`normalizeArticle({ html })`), whose offsets
 * are ranges of the page's HTML, the columns and the story view print
 * readable text, never the markup: each sentence's decoded `text` (one space
 * between sentences, a paragraph break between blocks), typed changes marked
 * on it where their HTML span maps exactly onto that text (else not marked);
 * removed text as each removed span's decoded `text`, and the removed markup
 * that has no text (scripts, styles, comments) as one line that counts it by
 * reason. The page's HTML is shown as text in a closed section, and each
 * kept sentence's range is marked with the id `src-<i>-<sentence id>` (`i`:
 * the source's index in `comparison.articles`): the text of the mark is exactly
 * `original.slice(start, end)` (control characters dropped, as everywhere).
 * The `</>` link beside the sentence goes to that id; the mark is
 * highlighted as the page's target (CSS `:target`), and a small script opens
 * the closed section first. See {@link HtmlReportOptions.pageSource}.
 */
export function toHTML(comparison: Comparison, options?: HtmlReportOptions): string {
  assertComparison(comparison, 'toHTML');
  validateReportOptions(options, 'toHTML');
  const { summaries } = indexSources(comparison);
  const sources = sourceTexts(comparison.articles);
  const namer = sourceNamer(comparison, provenanceOf(comparison, options?.provenance));
  const label = namer.label;
  const pages = pageSources(comparison.articles, options?.pageSource ?? true, label);
  const info = sentenceIndex(comparison);
  const placed = new Map<AlignmentGroup, Map<number, PlacedChange[]>>();
  const marksOf = (group: AlignmentGroup, member: number): Mark[] => {
    let byMember = placed.get(group);
    if (!byMember) {
      byMember = changesByMember(group, sources);
      placed.set(group, byMember);
    }
    return (byMember.get(member) ?? []).map((change) => ({ start: change.start, end: change.end, change }));
  };
  const labelOf = (group: AlignmentGroup) => (i: number) => {
    const m = group.members[i];
    return m ? `${label(m.source)} ${m.sentence}` : `member ${i}`;
  };
  const anyChanges = comparison.groups.some(
    (g) => marksOf(g, 0).length > 0 || g.members.some((_, i) => marksOf(g, i).length > 0),
  );
  const provenance = provenanceOf(comparison, options?.provenance);
  // The comparison's heading, not one source's headline (each column shows its own).
  const n = comparison.sources.length;
  const title = options?.title ?? `How ${counted(n, 'source')} ${n === 1 ? 'tells' : 'tell'} the story`;
  const relationsPresent = new Set<Relation>(comparison.groups.map((g) => g.relation));
  // Up to STORY_VIEW_ABOVE sources, one column each; above, one row per group.
  const storyView = n > STORY_VIEW_ABOVE;
  const uniqueCount = comparison.unique.reduce((n, u) => n + u.sentences.length, 0);

  const legend = html`<ul class="legend" aria-label="Legend">${RELATIONS.filter((r) => relationsPresent.has(r)).map(
    (r) => html`<li><span class="swatch rel-${r}"></span>${RELATION_LABELS[r]}</li>`,
  )}<li><span class="swatch unique"></span>only in one source</li>${
    anyChanges
      ? html`<li><span class="swatch sev-substantive"></span>substantive change</li><li><span class="swatch sev-minor"></span>minor change</li><li><span class="swatch sev-trivial"></span>trivial change</li>`
      : ''
  }</ul>`;

  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${staticAsset(contentSecurityPolicy(pages.any))}">
<meta name="generator" content="copydesk">
<title>${title}</title>
<style>${staticAsset(REPORT_CSS)}</style>${pages.any ? html`<style>${staticAsset(PAGE_SOURCE_CSS)}</style>` : ''}
</head>
<body>
<header class="top">
<h1>${title}</h1>
<div class="meta">${counted(comparison.sources.length, 'source')} · ${counted(comparison.groups.length, 'aligned group')} · ${counted(uniqueCount, 'sentence')} only one source has · aligned at ${comparison.settings.minRelation} or closer</div>
<div class="controls">
${legend}
<label class="toggle"><input type="checkbox" id="show-removed"${options?.showRemoved ? html` checked` : ''}> show removed text (furniture, metadata) with its reason</label>
</div>
<div id="status" class="status" role="status" aria-live="polite"></div>
${
  storyView
    ? html`<p class="note no-print">One row per group of sentences that say the same thing, each wording once with the sources that carry it.${anyChanges ? ' Underlines mark typed changes; hover them for details.' : ''}</p>`
    : html`<p class="note no-print">Click a coloured sentence, or focus it with Tab and press Enter, to outline the same sentence in the other columns. Escape clears.${anyChanges ? ' Underlines mark typed changes; hover them for details.' : ''}</p>`
}
</header>
${
  storyView
    ? renderStory(comparison, sources, marksOf, labelOf, label, pages)
    : html`<main class="columns">
${comparison.articles.map((article, column) => renderColumn(article, column, summaries.get(article.id), info, marksOf, labelOf, namer, pages, sources.get(article.id)!))}
</main>`
}${pages.render()}
${renderMatrix(comparison, label)}
${provenance ? renderProvenance(provenance, label) : ''}
${renderQuotesAndOmissions(comparison, label, pages)}
${renderPairs(comparison, label)}
${renderDiagnostics(comparison)}
<script>${staticAsset(REPORT_JS)}</script>${pages.any ? html`<script>${staticAsset(PAGE_SOURCE_JS)}</script>` : ''}
</body>
</html>
`;
  return page.value;
}
