/**
 * Step 1: clean the text (NFKC, quotes, dashes, spaces; every edit in an
 * offset map) and cut it into trimmed lines with their measures.
 *
 * @packageDocumentation
 */
import type { AgencyIndex } from '../agencies';
import { cleanText } from '../clean-text';
import { LINE_SCANNER } from './cue-sets';
import type { Draft, Line } from './draft';

/** Cuts the cleaned text into trimmed lines, each read once by the scanner for its measures and cues. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const scanner = LINE_SCANNER;
  scanner.reset();
  let block = 0;
  let previousBlank = true;
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && text.charCodeAt(s) <= 0x20) s++;
    while (e > s && text.charCodeAt(e - 1) <= 0x20) e--;
    const blank = e === s;
    if (!blank && previousBlank) block++;
    const wordsFrom = scanner.wordCount;
    if (!blank) scanner.scan(text, s, e);
    lines.push({
      index,
      text: text.slice(s, e),
      cStart: s,
      cEnd: e,
      block,
      words: blank ? 0 : scanner.words,
      terminal: !blank && scanner.terminal,
      ascii: blank || scanner.ascii,
      foldHash: blank ? 0 : scanner.foldHash,
      cueLo: blank ? 0 : scanner.lo,
      cueHi: blank ? 0 : scanner.hi,
      wordsFrom,
      wordsTo: scanner.wordCount,
      role: blank ? { kind: 'blank' } : { kind: 'body' },
    });
    previousBlank = blank;
    index++;
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/**
 * Cleans the article text and cuts it into lines: the draft every later step works on.
 *
 * @param original - The article text (for HTML input, the text of the page's article blocks).
 * @param agencies - The agencies to recognize.
 * @param removeBoilerplate - Whether furniture is removed (the option).
 * @returns The draft, every line still body (or blank).
 * @internal
 */
export function readLines(original: string, agencies: AgencyIndex, removeBoilerplate: boolean): Draft {
  const cleaned = cleanText(original);
  const lines = splitLines(cleaned.text);
  return {
    original,
    text: cleaned.text,
    map: cleaned.map,
    dropped: cleaned.dropped,
    repaired: cleaned.repaired,
    // The scanner's own array: the draft lives within one synchronous call, before the next text is scanned.
    wordHashes: LINE_SCANNER.wordHashes,
    wordLengths: LINE_SCANNER.wordLengths,
    wordKeys: LINE_SCANNER.wordKeys,
    wordStarts: LINE_SCANNER.wordStarts,
    wordLower: LINE_SCANNER.wordLower,
    agencies,
    removeBoilerplate,
    lines,
    content: lines.filter((l) => l.role.kind !== 'blank'),
    ruleOf: new Map(),
    metadata: {
      title: undefined,
      dek: undefined,
      bylines: [],
      photoCredits: [],
      credits: [],
      urls: [],
      dateline: undefined,
    },
    bodyCandidates: [],
    cursor: 0,
    captionBlocks: new Set(),
    notBody: new Set(),
    creditFrom: new Map(),
    lede: undefined,
    pullQuotes: [],
    duplicates: [],
    wouldBeBody: [],
    notArticle: undefined,
    layout: [],
    removed: [],
    paragraphs: [],
    sentences: [],
    diagnostics: [],
  };
}
