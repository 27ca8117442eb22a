/**
 * The form trafilatura's must-keep and must-drop snippets and extracted texts
 * are compared in: NFKC, curly quotes and primes straightened, soft hyphens
 * and zero-width characters removed, whitespace collapsed to one space. Case
 * is kept (matching is case-sensitive).
 */
export function forMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
