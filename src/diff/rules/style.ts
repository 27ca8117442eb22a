/**
 * Run rules: the same words written another way, inside an `equal`
 * operation. Every change they type is trivial; the first rule that matches
 * a run types it.
 *
 * @packageDocumentation
 */

import type { RunRule } from './rule.js';
import { straightApostrophes } from './spelling.js';

/** Letters without their diacritics, lower case. */
const plain = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The run rules, in the order they are tried. */
export const RUN_RULES: readonly RunRule[] = [
  {
    // `Two` / `two`: a change of case, even on a number word.
    id: 'casing:changed',
    type: 'casing',
    test: (r) => r.a.text !== r.b.text && r.a.text.toLowerCase() === r.b.text.toLowerCase(),
    detail: () => 'casing',
  },
  {
    // `Korea's` / `Korea’s`.
    id: 'punctuation:apostrophe-style',
    type: 'punctuation',
    test: (r) => straightApostrophes(r.a.text) === straightApostrophes(r.b.text),
    detail: () => 'quote style',
  },
  {
    // `20` / `twenty`: the tokens have one norm, so one value.
    id: 'number:restyled',
    type: 'number',
    test: (r) => r.tokens.some((t) => t.kind === 'number'),
    detail: (r) => `${r.a.text} = ${r.b.text}`,
  },
  {
    // `"` / `“`, `-` / `–`.
    id: 'punctuation:marks',
    type: 'punctuation',
    test: (r) => r.tokens.every((t) => t.kind === 'punct' || t.kind === 'symbol'),
    detail: (r) =>
      r.tokens.some((t) => t.norm === '"')
        ? 'quote style'
        : r.tokens.some((t) => t.norm === '-')
          ? 'dash style'
          : 'punctuation',
  },
  {
    // `U.N.` / `UN`.
    id: 'abbreviation:dotted',
    type: 'abbreviation',
    test: (r) => r.a.text.replace(/\./g, '') === r.b.text.replace(/\./g, '') || /\.\p{L}/u.test(r.a.text + r.b.text),
    detail: () => 'abbreviation',
  },
  {
    // Whatever else the norms fold: `Jong-un` / `Jong Un`, British and American spelling, diacritics.
    id: 'spelling:variant',
    type: 'spelling',
    test: () => true,
    detail: (r) =>
      r.a.text.replace(/[-\s]/g, '').toLowerCase() === r.b.text.replace(/[-\s]/g, '').toLowerCase()
        ? /\p{Lu}/u.test(r.a.text + r.b.text)
          ? 'transliteration'
          : 'hyphenation'
        : plain(r.a.text) === plain(r.b.text)
          ? 'diacritics'
          : 'spelling variant',
  },
];
