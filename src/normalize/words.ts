const STOP = new Set(
  'the a an and or but of to in on at for from by with as is are was were be been being has have had do does did it its this that these those there their they them he him his she her we our us you your i me my not no so if than then also just about into over after before more most very can could would should will may might must said says say one two new who whom which what when where why how all any some such other only own same too out up down off again further once here each few both'.split(
    ' ',
  ),
);

/**
 * Content-word stems of a text for topical comparisons: lowercased words of
 * three letters or more, stop words dropped, cut to their first five letters
 * (`celebrates` and `celebrations` share `celeb`). @internal
 */
export function contentStems(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  const stems: string[] = [];
  for (const w of words) if (!STOP.has(w)) stems.push(w.slice(0, 5));
  return stems;
}

/** A key under which two lines count as the same text: letters and digits only, lowercased. @internal */
export function foldForDuplicates(text: string): string {
  // ASCII text needs no decomposition.
  const decomposed = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD');
  return decomposed.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_DIGIT.test(text[i]!);
}

/**
 * Counts words: runs of letters and digits, kept whole across an inner
 * apostrophe, period or hyphen (`Jong-un`, `U.S.`, `Kim's`). One pass, ASCII
 * fast path. @internal
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isLetterOrDigit(text, i)) {
      if (!inWord) n++;
      inWord = true;
      continue;
    }
    const c = text.charCodeAt(i);
    const joiner = c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;
    inWord = inWord && joiner && i + 1 < text.length && isLetterOrDigit(text, i + 1);
  }
  return n;
}
