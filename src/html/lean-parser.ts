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

/** The stock parser's state this module reads. */
interface ParserInternals {
  tagname: string;
  attribname: string;
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

  constructor(...args: ConstructorParameters<typeof Parser>) {
    super(...args);
    const self = this as unknown as Partial<ParserInternals>;
    this.#internals =
      typeof self.tagname === 'string' && typeof self.attribname === 'string' ? (self as ParserInternals) : undefined;
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
