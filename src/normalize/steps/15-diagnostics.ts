/**
 * Step 15: diagnostics: problems in the data that the result should be read
 * with (no body, almost everything removed, not an article, binary junk, a
 * repaired encoding, a non-Latin script). Never thrown.
 *
 * @packageDocumentation
 */
import { DIAGNOSTICS } from '../tuning';
import type { Draft } from './draft';

function countNonSpace(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x2028 && c !== 0x2029 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200a)) n++;
  }
  return n;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * Counts letters and Latin letters, one UTF-16 unit at a time. Only the
 * characters outside ASCII are looked at first: an ASCII letter is Latin, so
 * without a non-Latin letter the two counts are equal and the ASCII letters
 * need no counting (`all` false returns `undefined` then).
 */
function countLetters(text: string): { letters: number; latin: number } | undefined {
  let letters = 0;
  let latin = 0;
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m !== null; m = NON_ASCII.exec(text)) {
    const ch = m[0];
    if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  if (letters === latin) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      letters++;
      latin++;
    }
  }
  return { letters, latin };
}

/** Adds the diagnostics of the draft. @internal */
export function diagnose(draft: Draft): void {
  const { original, paragraphs, diagnostics, notArticle, wouldBeBody, map } = draft;
  // Body characters are counted until they make the share of the input's length that rules `mostly-removed` out
  // (the input's own count is at most its length); only otherwise is the input counted.
  let bodyChars = 0;
  let mostlyKept = false;
  for (const p of paragraphs) {
    bodyChars += countNonSpace(original, p.start, p.end);
    mostlyKept = bodyChars / original.length >= DIAGNOSTICS.mostlyRemovedShare;
    if (mostlyKept) break;
  }
  // A paragraph holds a non-space character, so a kept input is not empty.
  const nonSpace = mostlyKept ? 1 : countNonSpace(original, 0, original.length);
  if (nonSpace === 0) {
    diagnostics.push({ code: 'empty-input', severity: 'warning', message: 'The input holds no text.' });
  } else if (paragraphs.length === 0) {
    if (!notArticle?.notArticle || wouldBeBody.length === 0) {
      diagnostics.push({
        code: 'no-body',
        severity: 'warning',
        message: 'No body text was found: every line was classified as metadata or page furniture. See `removed`.',
      });
    }
  } else if (
    !mostlyKept &&
    bodyChars / nonSpace < DIAGNOSTICS.mostlyRemovedShare &&
    nonSpace > DIAGNOSTICS.mostlyRemovedMinChars
  ) {
    diagnostics.push({
      code: 'mostly-removed',
      severity: 'warning',
      message: `Only ${Math.round((100 * bodyChars) / nonSpace)}% of the text was kept as body; check \`removed\` before trusting the result.`,
    });
  }
  if (notArticle?.notArticle) {
    const first = wouldBeBody[0];
    const last = wouldBeBody[wouldBeBody.length - 1];
    diagnostics.push({
      code: 'not-article',
      severity: 'warning',
      message:
        `This page is not an article. ${notArticle.reason}` +
        (first ? ' Its would-be body is removed (reason `not-article`): it has no sentences to compare.' : ''),
      ...(first && last ? { span: { start: map.mapStart(first.cStart), end: map.mapEnd(last.cEnd) } } : {}),
    });
  }
  if (draft.dropped > 0) {
    diagnostics.push({
      code: 'control-characters',
      severity: draft.dropped > DIAGNOSTICS.controlCharactersWarning ? 'warning' : 'info',
      message: `${draft.dropped} control or invalid characters were dropped from the comparison text (binary junk or a wrong encoding?).`,
    });
  }
  if (draft.repaired > 0) {
    diagnostics.push({
      code: 'encoding-repaired',
      severity: 'info',
      message: `${draft.repaired} characters in the range U+0080–U+009F were read as the Windows-1252 characters they stand for (quotes, dashes, apostrophes): the text was decoded with the wrong encoding.`,
    });
  }
  const { letters, latin } = countLetters(draft.text) ?? { letters: 0, latin: 0 };
  if (letters > 0 && latin / letters < DIAGNOSTICS.minLatinShare) {
    diagnostics.push({
      code: 'non-latin-script',
      severity: 'warning',
      message: `${Math.round((100 * (letters - latin)) / letters)}% of the letters are not Latin; boilerplate rules and sentence boundaries are tuned for English and may be less accurate.`,
    });
  }
}
