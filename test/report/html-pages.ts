// Real HTML pages for the report tests (test/fixtures/html, origin in its README), read as `{ html }` articles.
import { readFileSync } from 'node:fs';
import { alignSources, type Comparison, normalizeArticle } from 'copydesk';

/** The two pages' HTML, by id. */
export function htmlPages(): { aclu: string; boingboing: string } {
  const read = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');
  return { aclu: read('aclu.org-grades.html'), boingboing: read('boingboing.net.millenials.html') };
}

/**
 * Two HTML pages and two plain texts: the ACLU article's body paragraphs (so
 * that the ACLU page's sentences are aligned and carry group links), and the
 * Boing Boing page's second sentence quoting other words (so that the report
 * lists a quote whose wording differs, with the page's sentence).
 */
export function mixedComparison(): Comparison {
  const pages = htmlPages();
  const aclu = normalizeArticle({ id: 'aclu', html: pages.aclu });
  const boingboing = normalizeArticle({ id: 'boingboing', html: pages.boingboing });
  const copy = { id: 'copy', outlet: 'Plain Copy', text: aclu.paragraphs.map((p) => p.text).join('\n\n') };
  const s2 = boingboing.sentences.find((s) => s.id === 's2')!.text;
  const quoting = { id: 'quoting', text: s2.replace('get off my lawn', 'get off your lawn') };
  return alignSources([aclu, boingboing, copy, quoting]);
}

/** `text` with `from` replaced by `to`, where `from` occurs exactly once (so the edit is the one the test means). */
function replaceOnce(text: string, from: string, to: string): string {
  if (text.split(from).length !== 2) throw new Error(`expected exactly one ${JSON.stringify(from)} in the page`);
  return text.replace(from, to);
}

/**
 * Each real page and a copy of it with one edit, as four HTML sources: in the
 * Boing Boing copy one number of one paragraph changed (`On April 13, 2019`
 * to `April 15`, in a sentence whose HTML has `&#8217;` before the date, so
 * the HTML and the decoded text differ in length before the change), in the
 * ACLU copy one word inside a link (`<a ...>landmark settlement</a>` to
 * `historic`).
 */
export function editedPages(): { readonly id: string; readonly html: string }[] {
  const pages = htmlPages();
  return [
    { id: 'bb', html: pages.boingboing },
    { id: 'bb-edited', html: replaceOnce(pages.boingboing, 'On April 13, 2019', 'On April 15, 2019') },
    { id: 'aclu', html: pages.aclu },
    { id: 'aclu-edited', html: replaceOnce(pages.aclu, '>landmark settlement</a>', '>historic settlement</a>') },
  ];
}
