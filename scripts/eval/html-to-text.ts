/**
 * A small, dependency-free, tolerant HTML to visible-text pass, used by the
 * evaluation and benchmark scripts to turn scraped pages into the plain text
 * copydesk takes as input. It is not a full HTML5 parser: it only has to be
 * good enough to produce what a reader would see, from pages that are often
 * malformed.
 *
 * @packageDocumentation
 */

/** Options of {@link htmlToText}. */
export interface HtmlToTextOptions {
  /**
   * Keep the text of `<title>` (inside `<head>`) as the first line of the
   * output. Everything else in `<head>` is dropped.
   *
   * @defaultValue `true`
   */
  readonly keepTitle?: boolean;
}

/** Elements whose content is never visible text: skipped up to their end tag. */
const RAW_DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);

/** Elements that may appear in `<head>`; any other start tag implicitly ends it, as in browsers. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);

/** Elements whose start or end tag ends the current block (a paragraph break). */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

/**
 * Named character references decoded by {@link decodeEntities}: the Latin-1
 * set plus the punctuation and symbols that occur in news pages. Unknown names
 * are left as written.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  iexcl: '¡',
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  brvbar: '¦',
  sect: '§',
  uml: '¨',
  copy: '©',
  ordf: 'ª',
  laquo: '«',
  not: '¬',
  shy: '\u00ad',
  reg: '®',
  macr: '¯',
  deg: '°',
  plusmn: '±',
  sup2: '²',
  sup3: '³',
  acute: '´',
  micro: 'µ',
  para: '¶',
  middot: '·',
  cedil: '¸',
  sup1: '¹',
  ordm: 'º',
  raquo: '»',
  frac14: '¼',
  frac12: '½',
  frac34: '¾',
  iquest: '¿',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Atilde: 'Ã',
  Auml: 'Ä',
  Aring: 'Å',
  AElig: 'Æ',
  Ccedil: 'Ç',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Euml: 'Ë',
  Igrave: 'Ì',
  Iacute: 'Í',
  Icirc: 'Î',
  Iuml: 'Ï',
  ETH: 'Ð',
  Ntilde: 'Ñ',
  Ograve: 'Ò',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Otilde: 'Õ',
  Ouml: 'Ö',
  times: '×',
  Oslash: 'Ø',
  Ugrave: 'Ù',
  Uacute: 'Ú',
  Ucirc: 'Û',
  Uuml: 'Ü',
  Yacute: 'Ý',
  THORN: 'Þ',
  szlig: 'ß',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  auml: 'ä',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  igrave: 'ì',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  eth: 'ð',
  ntilde: 'ñ',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ouml: 'ö',
  divide: '÷',
  oslash: 'ø',
  ugrave: 'ù',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  thorn: 'þ',
  yuml: 'ÿ',
  OElig: 'Œ',
  oelig: 'œ',
  Scaron: 'Š',
  scaron: 'š',
  Yuml: 'Ÿ',
  fnof: 'ƒ',
  circ: 'ˆ',
  tilde: '˜',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  ndash: '–',
  mdash: '—',
  horbar: '―',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  dagger: '†',
  Dagger: '‡',
  bull: '•',
  hellip: '…',
  permil: '‰',
  prime: '′',
  Prime: '″',
  lsaquo: '‹',
  rsaquo: '›',
  oline: '‾',
  frasl: '⁄',
  euro: '€',
  trade: '™',
  larr: '←',
  uarr: '↑',
  rarr: '→',
  darr: '↓',
  harr: '↔',
  minus: '−',
  le: '≤',
  ge: '≥',
  ne: '≠',
  asymp: '≈',
  infin: '∞',
  check: '✓',
  star: '☆',
  starf: '★',
  rdquor: '”',
  ldquor: '„',
  lowbar: '_',
  verbar: '|',
  vert: '|',
  sol: '/',
  bsol: '\\',
  colon: ':',
  comma: ',',
  period: '.',
  excl: '!',
  quest: '?',
  num: '#',
  dollar: '$',
  percnt: '%',
  lpar: '(',
  rpar: ')',
  ast: '*',
  plus: '+',
  equals: '=',
  commat: '@',
  lsqb: '[',
  rsqb: ']',
  lcub: '{',
  rcub: '}',
  Hat: '^',
  grave: '`',
  semi: ';',
  NewLine: '\n',
  Tab: '\t',
};

/** Legacy names that browsers also decode without the closing `;`. */
const LEGACY_NO_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** Windows-1252 characters for the C1 range, which pages write as `&#150;` and the like. */
const CP1252_C1: Readonly<Record<number, number>> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  142: 0x017d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  158: 0x017e,
  159: 0x0178,
};

function codePointToString(code: number): string {
  const mapped = CP1252_C1[code] ?? code;
  if (mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(mapped);
}

/**
 * Decodes HTML character references: numeric (`&#8217;`, `&#x2019;`, with the
 * Windows-1252 remapping browsers apply to `&#128;`-`&#159;`) and the common
 * named ones. Unknown or malformed references are left as written.
 *
 * @param text - Text that may contain character references.
 * @returns The text with the references replaced by their characters.
 * @example
 * ```ts
 * decodeEntities('Fish &amp; chips &#8212; &euro;5&nbsp;each');
 * //=> 'Fish & chips — €5\u00a0each'
 * ```
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[A-Za-z][A-Za-z0-9]{1,31})(;?)/g, (whole, body, semi) => {
    const ref = body as string;
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
      return Number.isFinite(code) ? codePointToString(code) : (whole as string);
    }
    const value = NAMED[ref];
    if (value === undefined) return whole as string;
    if (semi === '' && !LEGACY_NO_SEMICOLON.has(ref)) return whole as string;
    return value;
  });
}

/**
 * Finds the end of a start or end tag that begins at `from` (just after `<`),
 * honouring quoted attribute values. Falls back to the first `>` when a quote
 * is never closed, as malformed pages often have stray quotes.
 */
function findTagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote !== '') {
      if (ch === quote) quote = '';
      else if (ch === '<' && html[i + 1] === '/') {
        // An unclosed quote ran into the next tag: give up on quoting.
        const plain = html.indexOf('>', from);
        return plain === -1 ? html.length : plain;
      }
    } else if (ch === '"' || ch === "'") {
      // Quotes only open attribute values after `=`.
      let j = i - 1;
      while (j >= from && /\s/.test(html[j] ?? '')) j--;
      if (html[j] === '=') quote = ch;
    } else if (ch === '>') {
      return i;
    }
  }
  const plain = html.indexOf('>', from);
  return plain === -1 ? html.length : plain;
}

/** Collects output text: inline runs, line breaks (`<br>`) and block breaks. */
class TextSink {
  private readonly blocks: string[] = [];
  private lines: string[] = [];
  private current = '';

  text(value: string, preformatted: boolean): void {
    if (!preformatted) {
      this.current += value;
      return;
    }
    const parts = value.split(/\r\n?|\n/);
    parts.forEach((part, index) => {
      if (index > 0) this.lineBreak();
      this.current += part;
    });
  }

  lineBreak(): void {
    this.lines.push(this.current);
    this.current = '';
  }

  blockBreak(): void {
    this.lineBreak();
    const lines = this.lines.map(collapseSpaces).filter((line) => line !== '');
    if (lines.length > 0) this.blocks.push(lines.join('\n'));
    this.lines = [];
  }

  finish(): string {
    this.blockBreak();
    return this.blocks.join('\n\n');
  }
}

/** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
function collapseSpaces(line: string): string {
  return line.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

/**
 * Converts an HTML page to the text a reader sees, one block per paragraph.
 *
 * @param html - The page source, possibly malformed.
 * @param options - See {@link HtmlToTextOptions}.
 * @returns Plain text: blocks separated by a blank line, `<br>` as a single
 * line break, spaces collapsed, character references decoded.
 * @example
 * ```ts
 * htmlToText('<p>One &amp; two</p><script>x()</script><p>Three<br>four</p>');
 * //=> 'One & two\n\nThree\nfour'
 * ```
 * @remarks
 * A single left-to-right scan, never throws. Comments, `<!DOCTYPE>` and
 * processing instructions are skipped; `script`, `style`, `noscript`,
 * `template`, `svg`, `math`, `iframe` and `object` are skipped up to their end
 * tag (to the end of the input when it is missing); text in `<head>` is
 * dropped except the `<title>` (see {@link HtmlToTextOptions.keepTitle}).
 * Start and end tags of block elements (`p`, `div`, `li`, `h1`-`h6`, `tr`,
 * `td`, `section`, `article`, `header`, `footer`, `nav`, `aside`,
 * `blockquote`, `pre`, `table`, `ul`, `ol`, `form`, `hr`, `dd`, `dt`,
 * `title`, ...) end the current block; `<br>` ends the current line. Text
 * inside `<pre>` keeps its line breaks. A `<` that does not open a tag is
 * text.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const keepTitle = options.keepTitle ?? true;
  const sink = new TextSink();
  const lower = html.toLowerCase();
  let inHead = false;
  let inTitle = false;
  let preDepth = 0;
  let i = 0;
  const n = html.length;

  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      if (!inHead || (inTitle && keepTitle)) sink.text(decodeEntities(html.slice(i, textEnd)), preDepth > 0);
      i = textEnd;
      if (lt === -1) break;
    }
    // html[i] === '<'
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    const next = html[i + 1] ?? '';
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', i + 2);
      i = end === -1 ? n : end + 1;
      continue;
    }
    const closing = next === '/';
    const nameMatch = /^[A-Za-z][A-Za-z0-9:-]*/.exec(html.slice(i + (closing ? 2 : 1), i + (closing ? 2 : 1) + 40));
    if (nameMatch === null) {
      // Not a tag: a literal `<`.
      if (!inHead || (inTitle && keepTitle)) sink.text('<', preDepth > 0);
      i += 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const tagEnd = findTagEnd(html, i + 1);
    i = tagEnd + 1;

    if (!closing && RAW_DROPPED.has(name)) {
      const selfClosing = html[tagEnd - 1] === '/';
      if (selfClosing) continue;
      const close = lower.indexOf(`</${name}`, i);
      if (close === -1) {
        i = n;
      } else {
        const end = html.indexOf('>', close);
        i = end === -1 ? n : end + 1;
      }
      continue;
    }

    switch (name) {
      case 'head':
        inHead = !closing;
        continue;
      case 'body':
        inHead = false;
        break;
      case 'title':
        inTitle = !closing;
        break;
      case 'pre':
        preDepth = closing ? Math.max(0, preDepth - 1) : preDepth + 1;
        break;
      case 'br':
        sink.lineBreak();
        continue;
      default:
        break;
    }
    if (inHead && !closing && !HEAD_CONTENT.has(name)) inHead = false;
    if (BLOCK.has(name)) sink.blockBreak();
  }
  return sink.finish();
}
