import type { Provenance } from '../core/provenance';
import type { AlignmentGroup, Comparison } from '../core/types';
import { validateReportOptions } from '../core/validate';
import { dropControls } from './escape';
import { changesByMember, provenanceOf } from './extras';
import { type SourceText, shownText, sourceTexts } from './readable';
import { assertComparison, counted, percent, sourceNamer } from './shared';
import { provenanceStatements } from './statements';

/** Options of {@link toMarkdown}. */
export interface MarkdownReportOptions {
  /**
   * Title of the report (a level-1 heading).
   *
   * @defaultValue `'copydesk comparison'`
   */
  readonly title?: string;
  /**
   * Provenance to summarize (from `traceProvenance`).
   *
   * @defaultValue `comparison.provenance` when present, else no provenance section
   */
  readonly provenance?: Provenance;
}

/**
 * Escapes text for Markdown inline content: markup characters and raw HTML
 * come out literally, control characters are dropped, line breaks become spaces.
 */
function md(text: string): string {
  return dropControls(text)
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|#~!&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`));
}

/**
 * A diagnostic code inside a code span, where escapes do not work: only the
 * characters codes are made of (`not-article`, `html-json-ld-body`), so a
 * code from a comparison built by hand cannot end the span.
 */
function codeOf(code: string): string {
  return code.replace(/[^\w.:-]/g, '');
}

/** Escapes text for a table cell (no line breaks, `|` escaped). */
function cell(text: string | number | undefined): string {
  return text === undefined || text === '' ? '–' : md(String(text)).trim();
}

/**
 * Appends `more` to `lines` one at a time. `lines.push(...more)` would pass
 * every line as an argument, and a report of 1,000 sources has hundreds of
 * thousands of table rows: more than the call stack holds.
 */
function append(lines: string[], more: Iterable<string>): void {
  for (const line of more) lines.push(line);
}

/** Appends a table, then an empty line, to `lines`. */
function table(lines: string[], head: readonly string[], rows: Iterable<readonly string[]>): void {
  lines.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  lines.push('');
}

/** A member's sentence with its typed changes marked: `**[text]**` plus a list of what changed. */
function groupLines(
  group: AlignmentGroup,
  sources: ReadonlyMap<string, SourceText>,
  label: (id: string) => string,
): string[] {
  const lines: string[] = [];
  const notes = [
    group.shape === 'one-to-many' ? 'split/merge' : '',
    ...group.members.filter((m) => m.moved).map((m) => `moved in ${md(m.source)}`),
  ].filter(Boolean);
  lines.push(`### ${md(group.id)}: ${md(group.relation)}${notes.length ? ` (${notes.join(', ')})` : ''}`, '');
  const changes = changesByMember(group, sources);
  group.members.forEach((m, i) => {
    // The member's text as printed: its range of a plain text, its decoded text for HTML (changes are placed on it).
    const shown = shownText(sources.get(m.source), m);
    const slice = (from: number, to: number) => shown.text.slice(from - shown.offset, to - shown.offset);
    const end = shown.offset + shown.text.length;
    const placed = [...(changes.get(i) ?? [])].sort((x, y) => x.start - y.start || y.end - x.end);
    // Merge touching or overlapping changes into one bold run; whitespace stays outside the markers.
    const runs: { start: number; end: number }[] = [];
    for (const c of placed) {
      const last = runs[runs.length - 1];
      if (last && c.start <= last.end + 1 && slice(last.end, c.start).trim() === '')
        last.end = Math.max(last.end, c.end);
      else runs.push({ start: c.start, end: c.end });
    }
    let text = '';
    let at = shown.offset;
    for (const run of runs) {
      const raw = slice(run.start, run.end);
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      const from = run.start + lead;
      const to = run.end - trail;
      if (to <= from) continue;
      text += md(slice(at, from)) + `**${md(slice(from, to))}**`;
      at = to;
    }
    text += md(slice(at, end));
    lines.push(`- **${md(label(m.source))}** ${md(m.sentence)}: ${text.trim()}`);
    const seen = new Set<string>();
    for (const c of placed) {
      if (c.other < i) continue; // list each change once, from the earlier member's side
      const other = group.members[c.other];
      const key = `${c.type}|${c.start}|${c.end}|${c.other}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const detail = c.detail ?? (c.otherText !== undefined ? `${slice(c.start, c.end)} → ${c.otherText}` : '');
      lines.push(
        `  - ${md(c.severity)} ${md(c.type)} against ${md(other ? label(other.source) : '?')}${detail ? `: ${md(detail)}` : ''}`,
      );
    }
  });
  for (const link of group.links) {
    const a = group.members[link.a];
    const b = group.members[link.b];
    // A paraphrase's word-level differences are summed up in one change without spans (see TypedChange.rule).
    const summary = (Array.isArray(link.changes) ? link.changes : []).find(
      (c) => c.a === null && c.b === null && c.detail,
    );
    if (a && b)
      lines.push(
        `- score ${md(a.source)} ~ ${md(b.source)}: ${link.score.toFixed(2)} (${md(link.relation)})${summary ? `; ${md(summary.detail!)}` : ''}`,
      );
  }
  lines.push('');
  return lines;
}

function provenanceLines(p: Provenance, label: (id: string) => string): string[] {
  const lines = ['## Provenance', ''];
  table(
    lines,
    ['source', 'wire attribution', 'evidence', 'cites'],
    p.sources.map((s) => [
      cell(label(s.source)),
      s.attribution
        ? `${md(s.attribution.agency)} (${md(s.attribution.role)}, ${percent(s.attribution.confidence)})`
        : '–',
      cell(s.evidence.map((e) => `${e.kind}: “${e.text}”`).join('; ')),
      cell([...new Set(s.citations.map((c) => c.name))].join(', ')),
    ]),
  );
  // One statement per pair, the same words as the HTML report and the demo.
  const statements = provenanceStatements(p, label);
  if (statements.length) {
    table(
      lines,
      ['pair', 'provenance', 'confidence', 'why'],
      statements.map((st) => [
        `${md(label(st.a))} · ${md(label(st.b))}`,
        cell(st.text),
        percent(st.confidence),
        cell(st.reasons.join('; ')),
      ]),
    );
  } else {
    lines.push('No two sources share text.', '');
  }
  return lines;
}

/**
 * Renders a comparison as a Markdown report: a sources table, the
 * provenance summary when present, the aligned groups with their typed
 * changes, what each source alone reports, and the diagnostics.
 *
 * @param comparison - The result of `alignSources`.
 * @param options - Title and provenance.
 * @returns GitHub-flavoured Markdown, ending with a newline.
 * @throws `ERR_INVALID_INPUT` when `comparison` is not a comparison (the message names the first
 * field that is wrong); `ERR_INVALID_OPTION` for an unknown or mistyped option.
 *
 * @example
 * ```ts
 * const comparison = alignSources([{ id: 'a', text: textA }, { id: 'b', text: textB }]);
 * toMarkdown(comparison).split('\n')[0]; //=> '# copydesk comparison'
 * ```
 *
 * @remarks
 * Article text is escaped (Markdown markup and raw HTML come out
 * literally), so a report of hostile input is safe to render; control
 * characters (NUL, escape, DEL: binary junk, which `normalizeArticle`
 * reports in its `control-characters` diagnostic) are dropped. Changed words
 * are in bold, each followed by the list of typed changes against the other
 * members of the group. A source read from HTML is printed as the decoded
 * `text` of its sentences, never as ranges of its HTML, with the changed
 * words in bold where the change's HTML span maps exactly onto that text.
 */
export function toMarkdown(comparison: Comparison, options?: MarkdownReportOptions): string {
  assertComparison(comparison, 'toMarkdown');
  validateReportOptions(options, 'toMarkdown');
  const sources = sourceTexts(comparison.articles);
  const namer = sourceNamer(comparison, provenanceOf(comparison, options?.provenance));
  const label = namer.label;
  const lines: string[] = [`# ${md(options?.title ?? 'copydesk comparison')}`, ''];
  const uniqueCount = comparison.unique.reduce((n, u) => n + u.sentences.length, 0);
  lines.push(
    `${counted(comparison.sources.length, 'source')}, ${counted(comparison.groups.length, 'aligned group')} (at ${md(comparison.settings.minRelation)} or closer), ${counted(uniqueCount, 'sentence')} only one source has.`,
    '',
    '## Sources',
    '',
  );
  table(
    lines,
    ['source', 'title', 'sentences', 'words kept', 'words removed', 'wire credit'],
    comparison.sources.map((s) => [
      cell(label(s.id)),
      cell(s.title),
      String(s.sentences),
      String(s.wordsKept),
      String(s.wordsRemoved),
      cell(s.agency),
    ]),
  );
  const provenance = provenanceOf(comparison, options?.provenance);
  if (provenance) append(lines, provenanceLines(provenance, label));

  const shared = comparison.pairs.filter((p) => p.sharedGroups > 0);
  if (shared.length) {
    lines.push('## What each pair of sources shares', '');
    table(
      lines,
      ['source A', 'source B', 'shared groups', 'of A', 'of B'],
      shared.map((p) => [
        cell(label(p.a)),
        cell(label(p.b)),
        String(p.sharedGroups),
        percent(p.coverageA),
        percent(p.coverageB),
      ]),
    );
  }

  lines.push(`## Aligned groups (${comparison.groups.length})`, '');
  if (comparison.groups.length === 0) lines.push('No sentence is shared by two sources.', '');
  for (const group of comparison.groups) append(lines, groupLines(group, sources, label));

  const quotes = (Array.isArray(comparison.quotes) ? comparison.quotes : []).filter(
    (q) => q.mentions.length > 1 && (q.wordingDiffers || q.speakerDiffers),
  );
  if (quotes.length) {
    lines.push('## Quotes that differ between sources', '');
    for (const q of quotes) {
      const what = [q.wordingDiffers ? 'wording' : '', q.speakerDiffers ? 'speaker' : ''].filter(Boolean).join(' and ');
      lines.push(`- ${md(q.id)}${q.group ? ` (${md(q.group)})` : ''}: differs in ${what}`);
      for (const m of q.mentions) {
        lines.push(
          `  - ${md(label(m.source))} ${md(m.sentence)}: “${md(m.text)}”${m.speaker ? `, ${md(m.speaker)}` : ''}`,
        );
      }
    }
    lines.push('');
  }

  const omissions = (Array.isArray(comparison.omissions) ? comparison.omissions : []).filter(
    (o) => o.groups.length > 0,
  );
  if (omissions.length) {
    lines.push('## What each source leaves out that most related sources carry', '');
    for (const o of omissions) lines.push(`- ${md(label(o.source))}: ${o.groups.map(md).join(', ')}`);
    lines.push('');
  }

  lines.push('## What each source alone reports', '');
  for (const u of comparison.unique) {
    lines.push(`### ${md(label(u.source))} (${u.sentences.length})`, '');
    if (u.sentences.length === 0) lines.push('Nothing: every sentence is shared.');
    for (const s of u.sentences) lines.push(`- ${md(s.sentence)}: ${md(s.text)}`);
    lines.push('');
  }

  const diagnostics = [
    ...comparison.diagnostics.map((d) => ({ where: 'comparison', d })),
    ...comparison.articles.flatMap((a) => a.diagnostics.map((d) => ({ where: a.id, d }))),
  ];
  if (diagnostics.length) {
    lines.push('## Diagnostics', '');
    for (const { where, d } of diagnostics)
      lines.push(`- ${md(d.severity)} (${md(where)}, \`${codeOf(d.code)}\`): ${md(d.message)}`);
    lines.push('');
  }
  // Every field went through md() (a relation or a severity too: a comparison read back from JSON may have been
  // edited); this also catches a control character anywhere else.
  return dropControls(lines.join('\n'));
}
