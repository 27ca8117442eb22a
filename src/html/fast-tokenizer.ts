/**
 * htmlparser2's `Tokenizer` with its character-by-character scans replaced
 * by native string searches: text runs, quoted attribute values and
 * raw-text content (scripts, styles, comments) are skipped with `indexOf`
 * up to the next character that can change the state. The events it emits
 * are the stock tokenizer's, event for event and offset for offset (a test
 * compares the two on the development pages and on generated markup); only
 * the time to find them changes.
 *
 * @remarks
 * The stock tokenizer calls a state method for every character of the page,
 * and most characters of a news page (attribute values, text, inline
 * scripts and styles) change nothing. The methods replaced here are internal
 * to htmlparser2 (the version is pinned by the lockfile); when they are not
 * where this module expects them, {@link fastTokenizer} returns the stock
 * tokenizer, so a change inside htmlparser2 costs speed, never correctness.
 *
 * @packageDocumentation
 */
import { Tokenizer } from 'htmlparser2';

/** The stock tokenizer's internals this module reads and replaces. */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  fastForwardTo(c: number): boolean;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
}

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;

/**
 * The next position at or after `from` of each character the scans stop at,
 * per buffer: a found position stays valid until the scan passes it, and
 * "none" (the buffer's length) stays valid for good, so every search walks
 * each stretch of the buffer once and a page costs linear time.
 */
class NextChar {
  buffer = '';
  /** The tokenizer's `offset` for `buffer`: two chunks with the same text are two buffers. */
  offset = -1;
  private lt = -1;
  private amp = -1;
  private dq = -1;
  private sq = -1;

  /** Whether the positions found are for this buffer (a string compares by its text, so the offset tells chunks apart). */
  holds(buffer: string, offset: number): boolean {
    return this.offset === offset && this.buffer === buffer;
  }

  reset(buffer: string, offset: number): void {
    this.buffer = buffer;
    this.offset = offset;
    this.lt = -1;
    this.amp = -1;
    this.dq = -1;
    this.sq = -1;
  }

  /** The first `<` or `&` at or after `from` (the buffer's length when there is none). */
  textStop(from: number): number {
    if (this.lt < from) this.lt = this.find('<', from);
    if (this.amp < from) this.amp = this.find('&', from);
    return Math.min(this.lt, this.amp);
  }

  /** The first `quote` or `&` at or after `from` (the buffer's length when there is none). */
  valueStop(from: number, quote: number): number {
    let q: number;
    // `quote` is `"` or `'`.
    if (quote === DOUBLE_QUOTE) {
      if (this.dq < from) this.dq = this.find('"', from);
      q = this.dq;
    } else {
      if (this.sq < from) this.sq = this.find("'", from);
      q = this.sq;
    }
    if (this.amp < from) this.amp = this.find('&', from);
    return Math.min(q, this.amp);
  }

  private find(char: string, from: number): number {
    const at = this.buffer.indexOf(char, from);
    return at < 0 ? this.buffer.length : at;
  }
}

const stock = Tokenizer.prototype as unknown as TokenizerInternals;

/** Whether the stock tokenizer still has the internals replaced below. */
const internalsPresent =
  typeof stock.fastForwardTo === 'function' &&
  typeof stock.stateText === 'function' &&
  typeof stock.handleInAttributeValue === 'function' &&
  stock.fastForwardTo.length === 1 &&
  stock.stateText.length === 1 &&
  stock.handleInAttributeValue.length === 2;

/** The tokenizer with native scans (see the module's remarks). */
class FastTokenizer extends Tokenizer {
  readonly next = new NextChar();
}

if (internalsPresent) {
  const proto = FastTokenizer.prototype as unknown as TokenizerInternals & { readonly next: NextChar };
  const stockText = stock.stateText;
  const stockValue = stock.handleInAttributeValue;
  proto.fastForwardTo = function (this: TokenizerInternals, c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (at < 0) {
      this.index = this.buffer.length + this.offset - 1;
      return false;
    }
    this.index = at + this.offset;
    return true;
  };
  proto.stateText = function (this: TokenizerInternals & { readonly next: NextChar }, c: number): void {
    if (c === LT || c === AMP) {
      stockText.call(this, c);
      return;
    }
    // Nothing happens until the next `<` or `&`: land just before it (the parse loop steps onto it).
    const next = this.next;
    if (!next.holds(this.buffer, this.offset)) next.reset(this.buffer, this.offset);
    this.index = next.textStop(this.index + 1 - this.offset) - 1 + this.offset;
  };
  proto.handleInAttributeValue = function (
    this: TokenizerInternals & { readonly next: NextChar },
    c: number,
    quote: number,
  ): void {
    if (c === quote || c === AMP) {
      stockValue.call(this, c, quote);
      return;
    }
    const next = this.next;
    if (!next.holds(this.buffer, this.offset)) next.reset(this.buffer, this.offset);
    this.index = next.valueStop(this.index + 1 - this.offset, quote) - 1 + this.offset;
  };
}

/**
 * The tokenizer class to hand to htmlparser2's `Parser` (its `Tokenizer`
 * option): {@link FastTokenizer} when htmlparser2's internals are as
 * expected, else the stock one.
 *
 * @internal
 */
export const fastTokenizer: typeof Tokenizer = internalsPresent ? FastTokenizer : Tokenizer;

/** Whether {@link fastTokenizer} is the fast one (for the tests). @internal */
export const fastTokenizerActive: boolean = internalsPresent;
