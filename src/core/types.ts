/**
 * Shared public types. Every offset is a 0-based UTF-16 index into the
 * original input, half-open `[start, end)`, as in vfile/unist positions:
 * `original.slice(start, end)` is the raw text of the span.
 *
 * @packageDocumentation
 */
export type * from './article';
export type * from './changes';
export type * from './comparison';
export type * from './provenance';
