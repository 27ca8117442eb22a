/**
 * Checks the input and options of `normalizeArticle`; programmer errors
 * throw a {@link CopydeskError} that says how to fix them.
 *
 * @packageDocumentation
 */

import { CopydeskError } from '../core/errors';
import { parseTime } from '../core/time';
import type { ArticleInput } from '../core/types';
import { validateNormalizeOptions } from '../core/validate';
import { DEFAULT_MAX_LENGTH, type NormalizeOptions } from './options';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

const ALREADY_NORMALIZED =
  'normalizeArticle got an Article that is already normalized; use it as it is (its text is in `original`).';

/** Whether an object has exactly one of a string `text` and a string `html`. */
function isTextOrHtml(input: object): boolean {
  const { text, html } = input as { text?: unknown; html?: unknown };
  return (typeof text === 'string') !== (typeof html === 'string') && (text === undefined || html === undefined);
}

/** What is wrong with an input that is neither a string nor an object with exactly one of `text` and `html`. */
function describeBadInput(input: unknown): string {
  const expected =
    'a string, or an object with a string `text` field (plain text) or a string `html` field (an HTML page)';
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return `normalizeArticle expects ${expected}, got ${describe(input)}.`;
  }
  const { text, html } = input as { text?: unknown; html?: unknown };
  if (text !== undefined && html !== undefined) {
    return 'normalizeArticle got both `text` and `html`; give exactly one of them (`html` for a page, `text` for plain text).';
  }
  if (text !== undefined) return `Field \`text\` must be a string, got ${describe(text)}.`;
  if (html !== undefined) {
    return `Field \`html\` must be a string, got ${describe(html)}. Decode the page's bytes first (for example with TextDecoder).`;
  }
  return `normalizeArticle expects ${expected}; the object has neither.`;
}

/**
 * The input as an {@link ArticleInput}, after checking it and the options.
 *
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT`, `ERR_INVALID_OPTION` or `ERR_INPUT_TOO_LARGE`.
 * @internal
 */
export function validateInput(
  input: unknown,
  options: NormalizeOptions | undefined,
): { input: ArticleInput; maxLength: number } {
  validateNormalizeOptions(options);
  const maxLength = options?.maxLength ?? DEFAULT_MAX_LENGTH;
  let article: ArticleInput;
  if (typeof input === 'string') article = { text: input };
  else if (input !== null && typeof input === 'object' && !Array.isArray(input) && isTextOrHtml(input)) {
    article = input as ArticleInput;
  } else {
    const normalized = input !== null && typeof input === 'object' && (input as { kind?: unknown }).kind === 'article';
    throw new CopydeskError('ERR_INVALID_INPUT', normalized ? ALREADY_NORMALIZED : describeBadInput(input));
  }
  for (const key of ['id', 'outlet', 'url'] as const) {
    const value = article[key];
    if (value !== undefined && typeof value !== 'string') {
      throw new CopydeskError(
        'ERR_INVALID_INPUT',
        `Field \`${key}\` must be a string when given, got ${describe(value)}.${key === 'id' ? ' Ids are strings: pass String(id).' : ''}`,
      );
    }
  }
  if (article.id !== undefined && article.id.trim() === '') {
    throw new CopydeskError('ERR_INVALID_INPUT', 'Field `id` must not be empty; omit it to let copydesk derive one.');
  }
  if (article.publishedAt !== undefined) {
    if (typeof article.publishedAt !== 'string' && !(article.publishedAt instanceof Date)) {
      throw new CopydeskError('ERR_INVALID_INPUT', 'Field `publishedAt` must be an ISO 8601 string or a Date.');
    }
    const time = article.publishedAt instanceof Date ? article.publishedAt.getTime() : parseTime(article.publishedAt);
    if (time === undefined || Number.isNaN(time)) {
      throw new CopydeskError(
        'ERR_INVALID_INPUT',
        `Field \`publishedAt\` is not a valid date: ${JSON.stringify(String(article.publishedAt))}. ` +
          'Give a Date, or a string in ISO 8601 (`2024-03-19T10:00:00Z`; without a zone it is UTC), ' +
          'RFC 2822 (`Tue, 19 Mar 2024 10:00:00 GMT`) or with an English month name (`March 19, 2024`).',
      );
    }
  }
  const content = article.text ?? article.html ?? '';
  if (content.length > maxLength) {
    throw new CopydeskError(
      'ERR_INPUT_TOO_LARGE',
      `Article ${article.text === undefined ? 'HTML' : 'text'} is ${content.length} characters, above the limit of ${maxLength}. Split the input or raise the \`maxLength\` option.`,
    );
  }
  return { input: article, maxLength };
}
