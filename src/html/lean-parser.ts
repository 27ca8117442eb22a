/**
 * htmlparser2's `Parser`, keeping only the attributes copydesk reads: the
 * stock parser copies every attribute of every element into an object
 * (`src`, `srcset`, `data-*`, inline handlers), and on a news page those are
 * most of the markup. Elements, their order and their offsets are the stock
 * parser's; only the attribute objects are smaller.
 *
 * @packageDocumentation
 */
import { Parser } from 'htmlparser2';

/** Attributes read from any element (see `parse.ts`). */
const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class',
  'id',
  'itemprop',
  'role',
  'style',
  'hidden',
  'type',
  'href',
]);

/** Elements whose every attribute is kept (the metadata tags, read by `metadata.ts`). */
const ALL_ATTRIBUTES: ReadonlySet<string> = new Set(['meta', 'link', 'time']);

/**
 * Most elements open at once. At this depth the newest open element is
 * closed (implied) before a new one opens, so the depth stays here. The
 * stock parser keeps its open elements in an array it shifts at the front,
 * and every step of copydesk's block reading walks the open elements, so a
 * page nesting tens of thousands of unclosed elements (`<span><p>` 20,000
 * times: 2.4 MB) took minutes; now it takes time linear in its length. 512
 * is the depth at which browsers stop nesting too (Blink's HTML parser
 * attaches deeper elements to the node at depth 512); no real page comes
 * near it.
 */
export const MAX_OPEN_ELEMENTS = 512;

/** The stock parser's state this module reads. */
interface ParserInternals {
  tagname: string;
  attribname: string;
}

/** The stock parser's open elements (newest first) and how it closes the newest, when found. */
interface StackInternals {
  stack: string[];
  popElement(implied: boolean): void;
}

/**
 * A `Parser` whose attribute objects hold only {@link KEPT_ATTRIBUTES}, and
 * every attribute of {@link ALL_ATTRIBUTES}. When the stock parser's
 * internal names are not where expected (another htmlparser2 version), it
 * keeps every attribute, as the stock parser does.
 *
 * @internal
 */
export class LeanParser extends Parser {
  /** Whether the attribute being read is kept. */
  #keep = true;
  readonly #internals: ParserInternals | undefined;
  readonly #stack: StackInternals | undefined;

  constructor(...args: ConstructorParameters<typeof Parser>) {
    super(...args);
    const self = this as unknown as Partial<ParserInternals> & Partial<StackInternals>;
    this.#internals =
      typeof self.tagname === 'string' && typeof self.attribname === 'string' ? (self as ParserInternals) : undefined;
    this.#stack =
      Array.isArray(self.stack) && typeof self.popElement === 'function' ? (self as StackInternals) : undefined;
  }

  override onopentagname(start: number, endIndex: number): void {
    // At the depth limit the newest open element closes first (see MAX_OPEN_ELEMENTS), as in a browser.
    const internals = this.#stack;
    if (internals !== undefined && internals.stack.length >= MAX_OPEN_ELEMENTS) internals.popElement(true);
    super.onopentagname(start, endIndex);
  }

  override onattribname(start: number, endIndex: number): void {
    super.onattribname(start, endIndex);
    const internals = this.#internals;
    this.#keep =
      internals === undefined || KEPT_ATTRIBUTES.has(internals.attribname) || ALL_ATTRIBUTES.has(internals.tagname);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.#keep) super.onattribdata(start, endIndex);
  }

  override onattribentity(cp: number): void {
    if (this.#keep) super.onattribentity(cp);
  }

  override onattribend(quote: Parameters<Parser['onattribend']>[0], endIndex: number): void {
    if (this.#keep) super.onattribend(quote, endIndex);
    else this.endIndex = endIndex;
  }
}
