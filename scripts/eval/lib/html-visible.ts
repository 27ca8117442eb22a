/**
 * What a reader sees of a piece of HTML, and its words: the offset checks of
 * the HTML path (issue 16: the HTML between a span's `start` and `end`, with
 * tags removed and references decoded, has the same words as its text), shared
 * by `npm run eval` (every development page) and the unit tests.
 *
 * @packageDocumentation
 */
import { decodeHTML } from 'entities';

/** What a reader sees of a piece of HTML: comments, scripts and styles dropped, tags removed, references decoded. */
export function visible(html: string): string {
  return decodeHTML(
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1>|$)/gi, '')
      .replace(/<br\s*\/?>/gi, ' ')
      // A tag opens with `<` and a letter (`</` and a letter for an end tag), `<!` or `<?`; any other `<` is text
      // (`<-- the Kayed one`, CleanEval dev page 8), as the HTML tokenizer reads it.
      .replace(/<\/?[A-Za-z][^>]*>|<[!?][^>]*>/g, ''),
  );
}

/** The words of a text (runs of characters between white space, no-break spaces included). */
export function words(text: string): string[] {
  return text.split(/[\s\u00a0]+/).filter((w) => w !== '');
}

/** Whether the HTML between `start` and `end` has the words of `text`. */
export function holdsWords(
  html: string,
  span: { readonly start: number; readonly end: number; readonly text: string },
): boolean {
  const a = words(visible(html.slice(span.start, span.end)));
  const b = words(span.text);
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
