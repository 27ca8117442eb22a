/**
 * The one way copydesk builds HTML: a tagged template that escapes every
 * interpolated value unless it is already {@link SafeHtml} built by the same
 * template. Text from articles, ids, outlet names and URLs are always
 * interpolated, never concatenated, so they always come out as text.
 */

/** A piece of HTML built by {@link html}: its interpolations are already escaped. */
export class SafeHtml {
  /** The HTML source. */
  readonly value: string;

  /** @param value - HTML that is known to be safe (built by {@link html}). */
  private constructor(value: string) {
    this.value = value;
  }

  /** @returns The HTML source. */
  toString(): string {
    return this.value;
  }

  /** @internal Wraps trusted HTML; only this module calls it. */
  static trusted(value: string): SafeHtml {
    return new SafeHtml(value);
  }
}

/** What {@link html} accepts in a `${}` slot. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Control characters that never reach a report: C0 controls other than tab,
 * line feed and carriage return (NUL, escape, ...), DEL and the C1 controls.
 * They are binary junk or a wrong encoding, not text; `normalizeArticle`
 * drops the same characters from the comparison text and reports it in its
 * `control-characters` diagnostic.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Drops the control characters that must not reach a report (see `CONTROL`).
 *
 * @param text - Any text.
 * @returns The text without them.
 */
export function dropControls(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * Escapes text for HTML element content and for quoted attribute values,
 * and drops control characters (HTML has no way to show a NUL).
 *
 * @param text - Any text.
 * @returns The text with `& < > " ' \`` replaced by entities and control characters other than tab, line feed and carriage return dropped.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => ENTITIES[c] ?? '');
}

/**
 * Escapes text for the content of a `<pre>` so that the element's text, as a
 * browser parses it, is the input character for character: {@link escapeHtml},
 * and every carriage return as `&#13;` (the HTML parser turns a raw CR, or CR
 * LF, into one LF; a character reference keeps it). Control characters other
 * than tab, line feed and carriage return are dropped, as everywhere in a
 * report. The caller writes a line feed right after `<pre>`, which the parser
 * drops, so that a text starting with one keeps it.
 *
 * @param text - Any text.
 * @returns The escaped text as safe HTML.
 */
export function preformatted(text: string): SafeHtml {
  return SafeHtml.trusted(escapeHtml(text).replace(/\r/g, '&#13;'));
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template for HTML: the literal parts are trusted markup, every
 * interpolated value is escaped (arrays are joined, `null`, `undefined` and
 * `false` render nothing, nested {@link SafeHtml} is kept as is).
 *
 * @param strings - The literal parts of the template.
 * @param values - The interpolated values.
 * @returns Safe HTML.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return SafeHtml.trusted(out);
}

/**
 * Wraps a static asset (the report's own CSS or JavaScript, never user text)
 * as trusted HTML, refusing anything that could close its element early.
 *
 * @param source - CSS or JavaScript written in this package.
 * @returns The source as safe HTML.
 */
export function staticAsset(source: string): SafeHtml {
  if (/<\/(?:style|script)/i.test(source) || source.includes('<!--')) {
    throw new Error('A static asset must not contain a closing </style> or </script> tag.');
  }
  return SafeHtml.trusted(source);
}

/**
 * Returns the URL when it is an absolute `http:` or `https:` URL, else
 * `undefined`: only such URLs become links (`javascript:`, `data:` and
 * relative URLs are shown as text).
 *
 * @param url - A URL from the input.
 * @returns The trimmed URL, or `undefined`.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  // Scheme, then a host made of URL characters; no whitespace or control characters anywhere.
  return /^https?:\/\/[^\s/?#\\@]+(?:[/?#][^\s]*)?$/i.test(trimmed) && !/[\u0000-\u001f\u007f]/.test(trimmed)
    ? trimmed
    : undefined;
}
