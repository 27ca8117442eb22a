/**
 * The HTML report's own stylesheet and script. Static text written here,
 * never built from user input: the script finds everything it needs in
 * data attributes and reads them with `getAttribute`.
 */

export const REPORT_CSS = `
:root {
  --ink: #1d232a; --muted: #5b6670; --line: #d8dde3; --paper: #ffffff; --panel: #f6f7f9;
  --identical: #1b7f3b; --near-verbatim: #3fa45b; --paraphrase: #2f6fd1; --related: #c98a00; --unique: #8a939c;
  --identical-bg: #d9f2e0; --near-verbatim-bg: #e6f6ea; --paraphrase-bg: #e3edfc; --related-bg: #fcf1d6;
  --focus: #9b3ad1; --substantive: #c62828; --minor: #d9822b; --trivial: #8a939c;
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
header.top { padding: 12px 20px 8px; border-bottom: 1px solid var(--line); background: var(--panel); }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 16px 0 6px; }
.meta, .note { color: var(--muted); font-size: 13px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; margin-top: 6px; font-size: 13px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 12px; list-style: none; margin: 0; padding: 0; }
.legend li { display: flex; align-items: center; gap: 5px; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; border-left: 4px solid; }
.swatch.rel-identical { border-color: var(--identical); background: var(--identical-bg); }
.swatch.rel-near-verbatim { border-color: var(--near-verbatim); background: var(--near-verbatim-bg); }
.swatch.rel-paraphrase { border-color: var(--paraphrase); background: var(--paraphrase-bg); }
.swatch.rel-related { border-color: var(--related); background: var(--related-bg); }
.swatch.unique { border-color: var(--unique); background: transparent; }
.swatch.sev-substantive, .swatch.sev-minor, .swatch.sev-trivial { border: 0; border-bottom: 3px solid; border-radius: 0; height: 10px; }
.swatch.sev-substantive { border-color: var(--substantive); }
.swatch.sev-minor { border-color: var(--minor); }
.swatch.sev-trivial { border-color: var(--trivial); border-bottom-style: dotted; }
.status { min-height: 1.5em; font-size: 13px; color: var(--muted); }
.story { padding: 8px 16px; }
.story-group { border-bottom: 1px solid var(--line); padding: 8px 0; }
.story-group h3 { margin: 0 0 4px; font-size: 14px; }
.wordings { margin: 0; padding-left: 20px; }
.wordings .who { font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.unique-list h3 { font-size: 14px; margin: 10px 0 2px; }
.matrix-wrap { overflow-x: auto; }
table.matrix { border-collapse: collapse; font-size: 11px; }
table.matrix td, table.matrix th { border: 1px solid var(--line); padding: 1px 3px; text-align: right; min-width: 22px; }
table.matrix thead th span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
table.matrix td.self { background: var(--line); }
table.matrix .heat-1 { background: #e8f1fb; } table.matrix .heat-2 { background: #c6dcf4; } table.matrix .heat-3 { background: #9cc2ea; }
table.matrix .heat-4 { background: #6ba3dd; color: #fff; } table.matrix .heat-5 { background: #3b7fc9; color: #fff; }
.columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(260px, 1fr); gap: 0; overflow-x: auto; border-bottom: 1px solid var(--line); }
.column { border-right: 1px solid var(--line); display: flex; flex-direction: column; min-width: 0; }
.column:last-child { border-right: 0; }
.column > header { padding: 10px 14px; border-bottom: 1px solid var(--line); background: var(--panel); position: sticky; top: 0; }
.column h2 { margin: 0; font-size: 15px; overflow-wrap: anywhere; }
.column .title { font-weight: 600; margin: 2px 0; overflow-wrap: anywhere; }
.column .text { padding: 6px 14px 14px; max-height: calc(100vh - 150px); overflow-y: auto; overflow-wrap: anywhere; }
.column .text p { margin: 0 0 10px; }
.sent { border-left: 3px solid transparent; padding: 1px 2px; border-radius: 2px; }
.sent[data-group] { cursor: pointer; }
.sent.rel-identical { border-left-color: var(--identical); background: var(--identical-bg); }
.sent.rel-near-verbatim { border-left-color: var(--near-verbatim); background: var(--near-verbatim-bg); }
.sent.rel-paraphrase { border-left-color: var(--paraphrase); background: var(--paraphrase-bg); }
.sent.rel-related { border-left-color: var(--related); background: var(--related-bg); }
.sent.unique { border-left-color: var(--line); }
.sent { -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.sent.is-hover { box-shadow: 0 0 0 1px var(--focus); }
.sent.is-selected { box-shadow: 0 0 0 2px var(--focus); background: #ecd5fb; }
.sent.is-linked { box-shadow: 0 0 0 2px var(--focus); background: #f4e6fd; }
.sent:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.gid { font-size: 10px; color: var(--muted); vertical-align: super; margin-left: 2px; }
.moved-mark { color: var(--focus); font-size: 11px; }
mark.chg { background: transparent; color: inherit; text-decoration: underline; text-decoration-thickness: 3px; text-underline-offset: 3px; }
mark.chg.sev-substantive { text-decoration-color: var(--substantive); }
mark.chg.sev-minor { text-decoration-color: var(--minor); }
mark.chg.sev-trivial { text-decoration-color: var(--trivial); text-decoration-style: dotted; }
.removed { display: none; color: var(--muted); background: repeating-linear-gradient(-45deg, #f3f4f6, #f3f4f6 6px, #eceef1 6px, #eceef1 12px); text-decoration: line-through; text-decoration-color: #b9c0c7; }
.reason { font-size: 10px; font-family: ui-monospace, monospace; text-decoration: none; display: inline-block; border: 1px solid var(--line); border-radius: 3px; padding: 0 3px; margin-right: 4px; background: var(--paper); color: var(--muted); }
body:has(#show-removed:checked) span.removed { display: inline; }
body:has(#show-removed:checked) p.removed { display: block; }
body.show-removed span.removed { display: inline; }
body.show-removed p.removed { display: block; }
section.panel { padding: 4px 20px 12px; }
table { border-collapse: collapse; font-size: 13px; margin: 4px 0 10px; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
svg.graph { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; background: var(--paper); }
svg.graph text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg.graph .node-source rect { fill: var(--paraphrase-bg); stroke: var(--paraphrase); }
svg.graph .node-agency ellipse { fill: var(--related-bg); stroke: var(--related); }
svg.graph .edge-derived { stroke: var(--ink); stroke-width: 1.6; fill: none; }
svg.graph .edge-cites { stroke: var(--muted); stroke-width: 1.2; stroke-dasharray: 5 4; fill: none; }
svg.graph .edge-wire { stroke: var(--related); stroke-width: 2.4; fill: none; }
svg.graph .edge-own { stroke: var(--related); stroke-width: 1.2; stroke-dasharray: 1 3; fill: none; }
svg.graph .edge-label { font-size: 11px; fill: var(--muted); }
ul.diagnostics { margin: 4px 0; padding-left: 20px; font-size: 13px; }
.sev-warning { color: #8a5a00; }
.sev-error { color: var(--substantive); }
a { color: #1f5fbf; }
@media (max-width: 640px) {
  /* A phone: the columns stack, and each reads in full with the page's own scroll (no scroll inside a scroll). */
  .columns { grid-auto-flow: row; grid-auto-columns: auto; overflow-x: visible; }
  .column { border-right: none; border-bottom: 1px solid var(--line); }
  .column > header { position: static; }
  .column .text { max-height: none; overflow-y: visible; }
  .panel table:not(.matrix) { width: 100%; table-layout: fixed; }
  .panel table:not(.matrix) td, .panel table:not(.matrix) th { overflow-wrap: anywhere; }
}
@media print {
  body { font-size: 10pt; }
  .controls .toggle, .status, .no-print { display: none; }
  .columns { overflow: visible; grid-auto-columns: 1fr; }
  .column .text { max-height: none; overflow: visible; }
  .column > header { position: static; }
  .sent { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .sent.is-selected, .sent.is-linked, .sent.is-hover { box-shadow: none; }
  section.panel, .column > header { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

export const REPORT_JS = `
(function () {
  'use strict';
  var selected = null;
  var status = document.getElementById('status');
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function membersOf(group) {
    return all('.sent[data-group]').filter(function (el) { return el.getAttribute('data-group') === group; });
  }
  function clear(cls) { all('.' + cls).forEach(function (el) { el.classList.remove(cls); }); }
  function reveal(el) {
    var box = el.closest('.text');
    if (!box || box.scrollHeight <= box.clientHeight) return;
    var top = el.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 40) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
  function deselect() {
    clear('is-selected');
    clear('is-linked');
    all('.sent[aria-pressed="true"]').forEach(function (el) { el.setAttribute('aria-pressed', 'false'); });
    selected = null;
    if (status) status.textContent = '';
  }
  function select(el) {
    var key = el.getAttribute('data-key');
    var group = el.getAttribute('data-group');
    var again = selected === key;
    deselect();
    if (again) return;
    selected = key;
    var columns = {};
    var count = 0;
    var own = el.getAttribute('data-column');
    membersOf(group).forEach(function (m) {
      if (m.getAttribute('data-key') === key) { m.classList.add('is-selected'); return; }
      m.classList.add('is-linked');
      var col = m.getAttribute('data-column');
      // The clicked sentence's own column (a split within one source) is outlined but not counted as another column.
      if (col === own) return;
      if (!columns[col]) { columns[col] = true; reveal(m); }
      if (m.hasAttribute('tabindex')) count++;
    });
    all('.sent[data-key]').forEach(function (m) { if (m.getAttribute('data-key') === key && m.hasAttribute('tabindex')) m.setAttribute('aria-pressed', 'true'); });
    if (status) {
      var n = Object.keys(columns).length;
      status.textContent = 'Group ' + group + ' (' + (el.getAttribute('data-relation') || '') + '): ' + count +
        ' counterpart sentence' + (count === 1 ? '' : 's') + ' in ' + n + ' other column' + (n === 1 ? '' : 's') + '. Press Escape to clear.';
    }
  }
  document.addEventListener('click', function (event) {
    var el = event.target && event.target.closest ? event.target.closest('.sent[data-group]') : null;
    if (el) select(el);
  });
  document.addEventListener('keydown', function (event) {
    var el = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && el && el.matches && el.matches('.sent[data-group]')) {
      event.preventDefault();
      select(el);
    } else if (event.key === 'Escape') {
      deselect();
    }
  });
  document.addEventListener('mouseover', function (event) {
    var el = event.target && event.target.closest ? event.target.closest('.sent[data-group]') : null;
    clear('is-hover');
    if (el) membersOf(el.getAttribute('data-group')).forEach(function (m) { m.classList.add('is-hover'); });
  });
  var toggle = document.getElementById('show-removed');
  function sync() { document.body.classList.toggle('show-removed', !!(toggle && toggle.checked)); }
  if (toggle) { toggle.addEventListener('change', sync); sync(); }
})();
`;

/**
 * Added to {@link REPORT_CSS} (as a second stylesheet) only when the report
 * has a page-source section, so reports of plain text stay as they were.
 */
export const PAGE_SOURCE_CSS = `
a.src-link { font: 10px ui-monospace, monospace; color: var(--muted); text-decoration: none; vertical-align: super; margin-left: 2px; }
a.src-link:hover, a.src-link:focus-visible { color: var(--focus); text-decoration: underline; }
.page-sources .note .src-link { font: 11px ui-monospace, monospace; }
details.page-source { margin: 6px 0; }
details.page-source summary { cursor: pointer; font-size: 13px; }
details.page-source pre { margin: 4px 0 0; padding: 8px; max-height: 70vh; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; font: 12px/1.45 ui-monospace, monospace; background: var(--panel); border: 1px solid var(--line); border-radius: 4px; }
mark.src-sent { background: var(--near-verbatim-bg); color: inherit; border-radius: 2px; }
mark.src-sent:target { background: #ffe27a; outline: 2px solid var(--focus); scroll-margin: 30vh 0; }
@media print {
  a.src-link, .page-sources { display: none; }
}
`;

/**
 * Added to {@link REPORT_JS} (as a second script) only when the report has a
 * page-source section: a link to a marked sentence opens the closed
 * `<details>` that holds it before the browser scrolls to it, and so does a
 * page opened with such a link's `#` target (or a change of it).
 */
export const PAGE_SOURCE_JS = `
(function () {
  'use strict';
  function open(id) {
    var el = id ? document.getElementById(id) : null;
    var box = el && el.closest ? el.closest('details') : null;
    if (!box || box.open) return null;
    box.open = true;
    return el;
  }
  function target() {
    try { return decodeURIComponent(location.hash.slice(1)); } catch (e) { return location.hash.slice(1); }
  }
  document.addEventListener('click', function (event) {
    var a = event.target && event.target.closest ? event.target.closest('a.src-link[href^="#"]') : null;
    if (a) open(a.getAttribute('href').slice(1));
  });
  function follow() {
    var el = open(target());
    if (el) el.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', follow);
  follow();
})();
`;
