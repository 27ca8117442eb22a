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

/** Counts letters and Latin letters without building match arrays (ASCII fast path). */
function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        letters++;
        latin++;
      }
      continue;
    }
    const ch = text[i]!;
    if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  return { letters, latin };
}

/** Adds the diagnostics of the draft. @internal */
export function diagnose(draft: Draft): void {
  const { original, paragraphs, diagnostics, notArticle, wouldBeBody, map } = draft;
  const nonSpace = countNonSpace(original, 0, original.length);
  const bodyChars = paragraphs.reduce((n, p) => n + countNonSpace(original, p.start, p.end), 0);
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
  } else if (bodyChars / nonSpace < DIAGNOSTICS.mostlyRemovedShare && nonSpace > DIAGNOSTICS.mostlyRemovedMinChars) {
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
      ...(first && last
        ? { span: { start: map.toOriginalStart(first.cStart), end: map.toOriginalEnd(last.cEnd) } }
        : {}),
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
  const { letters, latin } = countLetters(draft.text);
  if (letters > 0 && latin / letters < DIAGNOSTICS.minLatinShare) {
    diagnostics.push({
      code: 'non-latin-script',
      severity: 'warning',
      message: `${Math.round((100 * (letters - latin)) / letters)}% of the letters are not Latin; boilerplate rules and sentence boundaries are tuned for English and may be less accurate.`,
    });
  }
}
