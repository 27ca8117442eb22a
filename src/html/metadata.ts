/**
 * The page's metadata: JSON-LD news articles (also inside `@graph` and
 * arrays), OpenGraph and `<meta>` tags, microdata `itemprop`s, `<time
 * datetime>`, `<link rel=canonical>` and the `<title>`, each value with the
 * span of the HTML that holds it.
 *
 * @packageDocumentation
 */
import { decodeHTML } from 'entities';
import type { Diagnostic } from '../core/article';
import { parseTime } from '../core/time';
import type { ParsedPage, ParsedTag, ParsedText } from './parse';
import type { HtmlMetadata, HtmlMetadataEntry, HtmlMetadataSource } from './types';

/** schema.org types read as the article (`Article` and its news subtypes). */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'scholarlyarticle',
  'techarticle',
  'report',
]);

/** `<meta name|property>` values and the key they give, with their source. */
const META_KEYS: ReadonlyMap<string, { readonly key: string; readonly source: HtmlMetadataSource }> = new Map([
  ['og:title', { key: 'headline', source: 'opengraph' }],
  ['og:site_name', { key: 'siteName', source: 'opengraph' }],
  ['og:url', { key: 'url', source: 'opengraph' }],
  ['og:description', { key: 'description', source: 'opengraph' }],
  ['article:published_time', { key: 'datePublished', source: 'opengraph' }],
  ['article:modified_time', { key: 'dateModified', source: 'opengraph' }],
  ['article:author', { key: 'author', source: 'opengraph' }],
  ['article:section', { key: 'section', source: 'opengraph' }],
  ['twitter:title', { key: 'headline', source: 'meta' }],
  ['author', { key: 'author', source: 'meta' }],
  ['byl', { key: 'author', source: 'meta' }],
  ['dc.creator', { key: 'author', source: 'meta' }],
  ['parsely-author', { key: 'author', source: 'meta' }],
  ['sailthru.author', { key: 'author', source: 'meta' }],
  ['description', { key: 'description', source: 'meta' }],
  ['date', { key: 'datePublished', source: 'meta' }],
  ['pubdate', { key: 'datePublished', source: 'meta' }],
  ['publishdate', { key: 'datePublished', source: 'meta' }],
  ['publish-date', { key: 'datePublished', source: 'meta' }],
  ['dc.date', { key: 'datePublished', source: 'meta' }],
  ['dc.date.issued', { key: 'datePublished', source: 'meta' }],
  ['article.published', { key: 'datePublished', source: 'meta' }],
  ['sailthru.date', { key: 'datePublished', source: 'meta' }],
  ['parsely-pub-date', { key: 'datePublished', source: 'meta' }],
  ['last-modified', { key: 'dateModified', source: 'meta' }],
]);

/** Microdata `itemprop` values read on `<meta>`, `<time>` and `<link>`. */
const ITEMPROP_KEYS: ReadonlyMap<string, string> = new Map([
  ['headline', 'headline'],
  ['datepublished', 'datePublished'],
  ['datemodified', 'dateModified'],
  ['author', 'author'],
]);

/** Most characters of a metadata value kept (a runaway `description`). */
/** Longest metadata value kept, in characters (longer values are cut). @internal */
export const MAX_VALUE = 10_000;

function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE);
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Arrays in arrays read for names: deeper nesting is no person a page means (and must not exhaust the stack). */
const MAX_NAME_DEPTH = 4;

/** The names in a JSON-LD person or organization value (a string, `{ name }`, or an array of them). */
function namesOf(value: Json | undefined, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return depth >= MAX_NAME_DEPTH ? [] : value.flatMap((v) => namesOf(v, depth + 1));
  if (isObject(value)) {
    const name = value['name'];
    if (typeof name === 'string') return [name];
  }
  return [];
}

/** Every article object in a JSON-LD document: the root, arrays, `@graph`, `mainEntity`. */
function articlesIn(value: Json, out: { [key: string]: Json }[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) articlesIn(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const type = value['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase()))) out.push(value);
  const graph = value['@graph'];
  if (graph !== undefined) articlesIn(graph, out, depth + 1);
  const main = value['mainEntity'];
  if (main !== undefined) articlesIn(main, out, depth + 1);
}

/** The span of a JSON string value inside its script, or the script's span when it cannot be found. */
function spanIn(script: ParsedText, value: string): { start: number; end: number } {
  const encoded = JSON.stringify(value).slice(1, -1);
  const at = script.text.indexOf(encoded);
  if (at >= 0) return { start: script.start + at, end: script.start + at + encoded.length };
  return { start: script.start, end: script.end };
}

function fromJsonLd(scripts: readonly ParsedText[], entries: HtmlMetadataEntry[], diagnostics: Diagnostic[]): void {
  for (const script of scripts) {
    let parsed: Json;
    try {
      parsed = JSON.parse(script.text.trim().replace(/^<!--|-->$/g, '')) as Json;
    } catch {
      diagnostics.push({
        code: 'html-invalid-json-ld',
        severity: 'info',
        message: 'A JSON-LD script is not valid JSON; its metadata was not read.',
        span: { start: script.start, end: script.end },
      });
      continue;
    }
    const articles: { [key: string]: Json }[] = [];
    articlesIn(parsed, articles);
    for (const article of articles) {
      const add = (key: string, value: string): void => {
        // A script's text is not decoded by the parser, and CMSs write character references into JSON-LD strings
        // (`"headline":"Bernard Arnault&#8217;s LVMH ..."`): decoded as an attribute value would be.
        const text = clean(decodeHTML(value));
        if (text !== '') entries.push({ key, value: text, source: 'json-ld', span: spanIn(script, value) });
      };
      for (const key of ['headline', 'datePublished', 'dateModified', 'description', 'url', 'articleBody']) {
        const value = article[key];
        if (typeof value === 'string') add(key, value);
      }
      for (const name of namesOf(article['author'])) add('author', name);
      for (const name of namesOf(article['publisher'])) add('publisher', name);
      const section = article['articleSection'];
      for (const name of namesOf(section)) add('section', name);
    }
  }
}

/** An author value that names nobody: an address (`https://www.facebook.com/foxyfolksy/`) or `No Author`. */
const NOT_A_NAME = /^(?:https?:\/\/|www\.)\S*$|^no author$/i;

function fromTag(tag: ParsedTag, entries: HtmlMetadataEntry[]): void {
  const a = tag.attributes;
  const span = { start: tag.start, end: tag.end };
  const itemprop = a['itemprop']?.toLowerCase();
  const itemKey = itemprop === undefined ? undefined : ITEMPROP_KEYS.get(itemprop);
  if (tag.tag === 'meta') {
    const content = a['content'];
    if (content === undefined || clean(content) === '') return;
    const name = (a['property'] ?? a['name'] ?? '').toLowerCase();
    const known = META_KEYS.get(name);
    if (known !== undefined) entries.push({ key: known.key, value: clean(content), source: known.source, span });
    else if (itemKey !== undefined) entries.push({ key: itemKey, value: clean(content), source: 'microdata', span });
  } else if (tag.tag === 'link') {
    const rel = (a['rel'] ?? '').toLowerCase().split(/\s+/);
    const href = a['href'];
    if (href !== undefined && rel.includes('canonical')) {
      entries.push({ key: 'canonical', value: clean(href), source: 'link', span });
    }
  } else if (tag.tag === 'time') {
    const datetime = a['datetime'];
    if (datetime !== undefined && clean(datetime) !== '') {
      const key = itemKey === 'dateModified' ? 'dateModified' : 'datePublished';
      entries.push({ key, value: clean(datetime), source: itemKey !== undefined ? 'microdata' : 'time', span });
    }
  }
}

/** Order of trust of the sources, best first. */
/** An absolute address (`https://...`): a relative one (`/news/x`) names no page on its own. */
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

const TRUST: readonly HtmlMetadataSource[] = ['json-ld', 'microdata', 'opengraph', 'meta', 'link', 'time', 'title'];

/** What stands between a headline and the site's name after it: `A Letter on Justice | Harper's Magazine`. */
const SITE_SEPARATOR = /\s+(?:[|\u2013\u2014\u00b7-]|::)\s+/g;

/** {@link SITE_SEPARATOR} at the start of a text only. */
const SITE_SEPARATOR_AT_START = new RegExp(`^${SITE_SEPARATOR.source}`);

/** Whether `text` opens with what stands between a headline and a suffix ({@link SITE_SEPARATOR}). @internal */
export function opensWithSiteSeparator(text: string): boolean {
  return SITE_SEPARATOR_AT_START.test(text);
}

/**
 * A headline without the site's name the page writes after it (`og:title` and `<title>` often do), when what
 * follows its last separator is one of the page's site or publisher names: the story's headline is the rest.
 */
function withoutSiteName(
  entry: HtmlMetadataEntry | undefined,
  siteNames: readonly string[],
): HtmlMetadataEntry | undefined {
  if (entry === undefined || siteNames.length === 0) return entry;
  let last: RegExpExecArray | undefined;
  for (const m of entry.value.matchAll(SITE_SEPARATOR)) last = m as RegExpExecArray;
  if (last === undefined) return entry;
  const tail = entry.value.slice(last.index + last[0].length).toLowerCase();
  const head = entry.value.slice(0, last.index);
  if (head === '' || !siteNames.some((name) => name.toLowerCase() === tail)) return entry;
  return { ...entry, value: head };
}

function best(entries: readonly HtmlMetadataEntry[], ...keys: string[]): HtmlMetadataEntry | undefined {
  let found: HtmlMetadataEntry | undefined;
  let rank = Number.POSITIVE_INFINITY;
  for (const key of keys) {
    for (const entry of entries) {
      if (entry.key !== key) continue;
      const r = TRUST.indexOf(entry.source) + keys.indexOf(key) * TRUST.length;
      if (r < rank) {
        rank = r;
        found = entry;
      }
    }
  }
  return found;
}

/**
 * Reads the metadata of a parsed page.
 *
 * @param page - The parse pass's result.
 * @param diagnostics - Receives a diagnostic per JSON-LD script that is not valid JSON.
 * @returns The metadata.
 * @internal
 */
export function readMetadata(page: ParsedPage, diagnostics: Diagnostic[]): HtmlMetadata {
  const entries: HtmlMetadataEntry[] = [];
  fromJsonLd(page.jsonLd, entries, diagnostics);
  for (const tag of page.tags) fromTag(tag, entries);
  if (page.title !== undefined && clean(page.title.text) !== '') {
    entries.push({
      key: 'title',
      value: clean(page.title.text),
      source: 'title',
      span: { start: page.title.start, end: page.title.end },
    });
  }
  entries.sort((a, b) => a.span.start - b.span.start);
  const title = best(entries, 'title');
  const siteNames = entries.filter((e) => e.key === 'siteName' || e.key === 'publisher').map((e) => e.value);
  const headline = withoutSiteName(best(entries, 'headline') ?? title, siteNames);
  const jsonAuthors = entries.filter((e) => e.key === 'author' && e.source === 'json-ld');
  const authors = jsonAuthors.length > 0 ? jsonAuthors : entries.filter((e) => e.key === 'author');
  const seen = new Set<string>();
  const uniqueAuthors = authors.filter((e) => {
    const k = e.value.toLowerCase();
    // No name: OpenGraph's `article:author` is often a profile's address, and a CMS writes `No Author` for none.
    if (NOT_A_NAME.test(e.value)) return false;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  // Dates copydesk reads (`{{date}}` or `Season 2` is no date) and absolute addresses only: the next best stands in.
  const usable = entries.filter((e) =>
    e.key === 'datePublished' || e.key === 'dateModified'
      ? parseTime(e.value) !== undefined
      : e.key === 'canonical' || e.key === 'url'
        ? ABSOLUTE_URL.test(e.value)
        : true,
  );
  const datePublished = best(usable, 'datePublished');
  const dateModified = best(usable, 'dateModified');
  const publisher = best(entries, 'publisher', 'siteName');
  const description = best(entries, 'description');
  const url = best(usable, 'canonical', 'url');
  return {
    ...(headline === undefined ? {} : { headline }),
    ...(title === undefined ? {} : { title }),
    authors: uniqueAuthors,
    ...(datePublished === undefined ? {} : { datePublished }),
    ...(dateModified === undefined ? {} : { dateModified }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(description === undefined ? {} : { description }),
    ...(url === undefined ? {} : { url }),
    entries,
  };
}
