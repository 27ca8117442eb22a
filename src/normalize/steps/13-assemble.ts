/**
 * Step 13: assemble the result's layout, paragraphs, sentences and removed
 * spans, line by line; the dateline opening the first body line and a credit
 * closing a body line are cut off it here.
 *
 * @packageDocumentation
 */
import type { RemovalReason, TextSpan } from '../../core/types';
import { splitSentences } from '../../segment/split-sentences';
import { matchDateline } from '../rules/metadata';
import { type Draft, lineSentences, remove, toSpan } from './draft';

/**
 * Whether `text[start, end)` is only white space and invisible characters (soft hyphen, zero-width spaces and
 * joiners, word joiner, BOM): `/^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/`, read in place.
 */
function isSeparator(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
      return false;
    }
    if (c < 0xa0) return false;
    if (
      c === 0xa0 ||
      c === 0xad ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200d) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x2060 ||
      c === 0x3000 ||
      c === 0xfeff
    ) {
      continue;
    }
    return false;
  }
  return true;
}

/** Tiles the original text with body, removed and separator spans; splits the body into paragraphs and sentences. @internal */
export function assembleBody(draft: Draft): void {
  const { original, text, map, content, agencies, metadata, layout, removed, paragraphs, sentences } = draft;
  let pos = 0;
  const pushGap = (until: number) => {
    if (until <= pos) return;
    if (isSeparator(original, pos, until)) {
      layout.push({ start: pos, end: until, role: 'separator' });
    } else {
      layout.push({ start: pos, end: until, role: 'removed', reason: 'control' });
      const gap = original.slice(pos, until);
      removed.push({ text: gap, start: pos, end: until, reason: 'control', rule: 'text:control-characters' });
    }
    pos = until;
  };
  const pushRemoved = (span: TextSpan, reason: RemovalReason, rule: string, duplicateOf?: TextSpan) => {
    if (span.end <= span.start) return;
    pushGap(span.start);
    layout.push({ start: span.start, end: span.end, role: 'removed', reason });
    const { text: spanText, start, end } = span;
    removed.push(
      duplicateOf
        ? { text: spanText, start, end, reason, rule, duplicateOf: { start: duplicateOf.start, end: duplicateOf.end } }
        : { text: spanText, start, end, reason, rule },
    );
    pos = span.end;
  };
  // The page's visible stub, when its article is read from its JSON-LD: what no step read as metadata is not body.
  for (const line of draft.notBody)
    if (line.role.kind === 'body') remove(line, 'html:boilerplate', 'json-ld:superseded');
  const lineByIndex = new Map(content.map((l) => [l.index, l]));
  let firstBody = true;
  for (const line of content) {
    const role = line.role;
    if (role.kind === 'removed') {
      const dup = role.duplicateOf !== undefined ? lineByIndex.get(role.duplicateOf) : undefined;
      pushRemoved(
        toSpan(draft, line.cStart, line.cEnd),
        role.reason,
        role.rule,
        dup ? toSpan(draft, dup.cStart, dup.cEnd) : undefined,
      );
      continue;
    }
    if (role.kind !== 'body') continue;
    let cStart = line.cStart;
    if (firstBody) {
      const dateline = matchDateline(line.text, agencies);
      if (dateline && dateline.length < line.text.length) {
        const span = toSpan(draft, line.cStart, line.cStart + dateline.textLength);
        metadata.dateline = {
          ...span,
          place: dateline.place,
          ...(dateline.date ? { date: dateline.date } : {}),
          ...(dateline.agency ? { agency: dateline.agency } : {}),
        };
        pushRemoved(span, 'metadata:dateline', 'body:dateline');
        cStart = line.cStart + dateline.length;
      }
    }
    firstBody = false;
    // A credit closing the line (`... said. (Editing by ...)`) is metadata; the body ends before it.
    const creditStart = draft.creditFrom.get(line);
    let cEnd = line.cEnd;
    if (creditStart !== undefined) {
      cEnd = Math.max(cStart, line.cStart + creditStart);
      while (cEnd > cStart && text.charCodeAt(cEnd - 1) <= 0x20) cEnd--;
    }
    const span = toSpan(draft, cStart, cEnd);
    pushGap(span.start);
    layout.push({ start: span.start, end: span.end, role: 'body' });
    pos = span.end;
    const normalized = text.slice(cStart, cEnd);
    const ids: string[] = [];
    const whole = cStart === line.cStart && cEnd === line.cEnd;
    for (const s of whole ? lineSentences(line) : splitSentences(normalized)) {
      const start = map.mapStart(cStart + s.start);
      const end = Math.max(start, map.mapEnd(cStart + s.end));
      const id = `s${sentences.length + 1}`;
      ids.push(id);
      sentences.push({
        id,
        paragraph: paragraphs.length,
        text: original.slice(start, end),
        start,
        end,
        normalized: s.text,
      });
    }
    paragraphs.push({ text: span.text, start: span.start, end: span.end, normalized, sentences: ids });
    if (creditStart !== undefined) {
      pushRemoved(toSpan(draft, line.cStart + creditStart, line.cEnd), 'credit', 'line:closing-wire-credit');
    }
  }
  pushGap(original.length);
}
