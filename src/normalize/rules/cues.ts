/**
 * Cues: a cheap test that lets most line rules skip most lines. Each line is
 * read once, its words hashed, and only the rules one of whose cues the line
 * holds run their regular expressions. A cue is a necessary condition of its
 * rule, never a reason on its own: a rule decides exactly as it would without
 * cues, only faster.
 *
 * @packageDocumentation
 */

/**
 * What a line must hold for a rule to be worth testing: at least one of
 * these words, characters or texts, compared case-insensitively. A rule's
 * cues must be implied by its test (`test(line)` true ⇒ a cue is present);
 * `test/normalize/line-cues.test.ts` checks it on real lines.
 *
 * @internal
 */
export interface LineCues {
  /**
   * Lowercase words. A word of the line is a maximal run of ASCII letters and
   * digits (`e-mail` holds `e` and `mail`, `you're` holds `you` and `re`), so a
   * cue word is right for a pattern that has the word between `\b`s (or
   * after a space, `^`, a symbol). `sign*` stands for any word that starts
   * with `sign`; such a prefix has at least four letters, and only its first
   * four are compared.
   */
  readonly words?: readonly string[];
  /** Characters, any of which is a cue (`'|'`, `'@'`, `'0123456789'` for a digit). */
  readonly chars?: string;
  /** Lowercase texts found anywhere in the line (`www.` inside `awww.`), tried last: slower than words. */
  readonly texts?: readonly string[];
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Size of the bit filter in front of the word maps (a power of two). */
const FILTER_SIZE = 1024;
const EXACT = 1;
const PREFIX = 2;

/** FNV-1a of a lowercase ASCII word, as the scan computes it. */
function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

function push(map: Map<number, number[]>, key: number, rule: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [rule]);
  else if (!list.includes(rule)) list.push(rule);
}

/**
 * The cues of a list of rules, compiled for one scan a line.
 *
 * @internal
 */
export class CueMatcher {
  private readonly exact = new Map<number, number[]>();
  private readonly prefix = new Map<number, number[]>();
  private readonly ascii: Array<number[] | undefined> = new Array(128).fill(undefined);
  private readonly other = new Map<number, number[]>();
  private readonly texts: Array<readonly string[] | undefined>;
  private readonly filter = new Uint8Array(FILTER_SIZE);
  private readonly hasCues: boolean[];
  private readonly stamp: Uint32Array;
  private readonly charStamp = new Uint32Array(128);
  private generation = 0;
  private text = '';
  private start = 0;
  private end = 0;
  private lower: string | undefined;

  /**
   * @param cues - The cues of each rule, by rule index (`undefined`: the rule runs on every line).
   * @throws Error when a prefix cue has fewer than four letters or a cue word is not lowercase ASCII.
   */
  constructor(cues: ReadonlyArray<LineCues | undefined>) {
    this.stamp = new Uint32Array(cues.length);
    this.hasCues = cues.map((c) => c !== undefined);
    this.texts = cues.map((c) => c?.texts);
    cues.forEach((c, rule) => {
      for (const word of c?.words ?? []) {
        const isPrefix = word.endsWith('*');
        const stem = isPrefix ? word.slice(0, -1) : word;
        if (!/^[a-z0-9]+$/.test(stem) || (isPrefix && stem.length < 4)) {
          throw new Error(
            `Cue ${JSON.stringify(word)}: a lowercase ASCII word, or a prefix of 4 letters or more and *.`,
          );
        }
        const h = hashWord(isPrefix ? stem.slice(0, 4) : stem);
        push(isPrefix ? this.prefix : this.exact, h, rule);
        this.filter[(h >>> 0) & (FILTER_SIZE - 1)]! |= isPrefix ? PREFIX : EXACT;
      }
      for (const ch of c?.chars ?? '') {
        const code = ch.charCodeAt(0);
        if (code < 128) {
          const list = this.ascii[code] ?? [];
          if (!list.includes(rule)) list.push(rule);
          this.ascii[code] = list;
        } else {
          push(this.other, code, rule);
        }
      }
    });
  }

  /**
   * Reads the line `text[start, end)`: afterwards {@link CueMatcher.candidate} tells which rules to test on it. A
   * range of a flat text reads faster than a slice of it.
   */
  scan(text: string, start = 0, end = text.length): void {
    if (this.generation === 0xffffffff) {
      this.generation = 0;
      this.stamp.fill(0);
      this.charStamp.fill(0);
    }
    const gen = ++this.generation;
    this.text = text;
    this.start = start;
    this.end = end;
    this.lower = undefined;
    // Fields in locals: the loop reads them for every character.
    const { filter, ascii, charStamp, stamp, other, exact, prefix } = this;
    const mask = FILTER_SIZE - 1;
    let h = FNV_OFFSET;
    let n = 0;
    const length = end;
    for (let i = start; i <= length; i++) {
      // One step past the end closes the last word.
      let c = i < length ? text.charCodeAt(i) : -1;
      if (c < 0) {
        // Past the end: nothing to mark but the last word.
      } else if (c < 128) {
        const chars = ascii[c];
        if (chars !== undefined && charStamp[c] !== gen) {
          charStamp[c] = gen;
          for (const r of chars) stamp[r] = gen;
        }
        if (c >= 0x41 && c <= 0x5a) c |= 0x20;
        if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
          h = Math.imul(h ^ c, FNV_PRIME);
          if (++n === 4 && (filter[(h >>> 0) & mask]! & PREFIX) !== 0) {
            const rules = prefix.get(h | 0);
            if (rules !== undefined) for (const r of rules) stamp[r] = gen;
          }
          continue;
        }
      } else if (other.size > 0) {
        const rules = other.get(c);
        if (rules !== undefined) for (const r of rules) stamp[r] = gen;
      }
      // The end of a word: look it up.
      if (n > 0 && (filter[(h >>> 0) & mask]! & EXACT) !== 0) {
        const rules = exact.get(h | 0);
        if (rules !== undefined) for (const r of rules) stamp[r] = gen;
      }
      h = FNV_OFFSET;
      n = 0;
    }
  }

  /** Whether rule `rule` may match the line last scanned: it has no cues, or the line holds one. */
  candidate(rule: number): boolean {
    if (!this.hasCues[rule] || this.stamp[rule] === this.generation) return true;
    const texts = this.texts[rule];
    if (texts === undefined) return false;
    this.lower ??= this.text.slice(this.start, this.end).toLowerCase();
    for (const t of texts) if (this.lower.includes(t)) return true;
    return false;
  }
}
