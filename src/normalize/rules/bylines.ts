import { type AgencyIndex, findAgencies } from '../agencies';
import { BYLINES } from '../tuning';

/**
 * A reporter's sign-off closing a story: a dash and a name, sometimes with
 * the place of reporting (`— David R. Baker`, `--- Maria L. La Ganga in
 * Berkeley`, `-- George Rede`). Names only: a dash before a sentence
 * (`-- Advisory: This film contains ...`) or before a wire agency (`— Reuters`,
 * a credit line) is not a sign-off, nor a dash set against a name
 * (`-Chinedum Okwudire`, a quote's attribution). `text` is a cleaned line (dashes are `-`).
 *
 * @returns The names signed, or `undefined`.
 * @internal
 */
export function matchSignOff(text: string, agencies: AgencyIndex): string[] | undefined {
  if (text.length > BYLINES.maxSignOffChars) return undefined;
  const m = /^-{1,3} ([A-Z][\p{L}'-]*\.?(?: [A-Z][\p{L}'-]*\.?){1,3})(?: in [A-Z][\p{L}.' -]{1,30})?\.?$/u.exec(text);
  if (!m) return undefined;
  if (findAgencies(text, agencies).length > 0) return undefined;
  return [m[1]!];
}
