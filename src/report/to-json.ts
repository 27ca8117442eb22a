import { CopydeskError } from '../core/errors';
import type { Comparison } from '../core/types';
import { validateReportOptions } from '../core/validate';
import { assertComparison } from './shared';

/** Options of {@link toJSON}. */
export interface JsonReportOptions {
  /**
   * Indentation: a number of spaces, or `0` for one line.
   *
   * @defaultValue 2
   */
  readonly indent?: number;
}

/** Keys written first, in this order, wherever they occur; all other keys follow in code-point order. */
const LEADING_KEYS = ['schemaVersion', 'kind', 'id'];

function compareKeys(x: string, y: string): number {
  const ix = LEADING_KEYS.indexOf(x);
  const iy = LEADING_KEYS.indexOf(y);
  if (ix !== -1 || iy !== -1) return (ix === -1 ? LEADING_KEYS.length : ix) - (iy === -1 ? LEADING_KEYS.length : iy);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A copy of `value` whose objects have their keys in canonical order;
 * `undefined` fields dropped. `ancestors` holds the objects being copied
 * above this one: an object inside itself cannot be written as JSON.
 */
function canonical(value: unknown, ancestors: Set<object>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ancestors.has(value)) {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      'toJSON expects a Comparison from alignSources: this one contains itself (a cycle), which JSON cannot represent.',
    );
  }
  ancestors.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    out = value.map((v) => (v === undefined ? null : canonical(v, ancestors)));
  } else {
    const maybeJson = value as { toJSON?: () => unknown };
    if (typeof maybeJson.toJSON === 'function') {
      out = canonical(maybeJson.toJSON(), ancestors);
    } else {
      const record: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort(compareKeys)) {
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined || typeof v === 'function') continue;
        record[key] = canonical(v, ancestors);
      }
      out = record;
    }
  }
  ancestors.delete(value);
  return out;
}

/**
 * Serializes a comparison as versioned, deterministic JSON: the same
 * comparison always gives the same bytes, with `schemaVersion` first and
 * every object's keys in a fixed order. The output validates against the
 * JSON Schema shipped as `copydesk/schema/comparison.schema.json`.
 *
 * @param comparison - The result of `alignSources`.
 * @param options - Indentation.
 * @returns The JSON text (no trailing newline).
 * @throws `ERR_INVALID_INPUT` when `comparison` is not a comparison (the message names the first
 * field that is wrong), or contains itself; `ERR_INVALID_OPTION` for an unknown or mistyped option.
 *
 * @example
 * ```ts
 * const comparison = alignSources([{ id: 'a', text: textA }, { id: 'b', text: textB }]);
 * const json = toJSON(comparison);
 * json.slice(0, 22); //=> '{\n  "schemaVersion": 1'
 * JSON.parse(json).groups.length === comparison.groups.length; //=> true
 * ```
 *
 * @remarks
 * Keys are ordered `schemaVersion`, `kind`, `id`, then the rest in
 * code-point order, at every level, whatever order the object was built in.
 * Fields that are `undefined` are left out, as `JSON.stringify` does. Optional
 * stages that ride on the comparison (typed changes, provenance) are
 * serialized as they are when present. Control characters in the text (a NUL
 * from a binary file, DEL, the C1 controls) are written as JSON escapes
 * (`\u0000`), never raw, so
 * `original` still round-trips exactly and every offset stays valid.
 */
export function toJSON(comparison: Comparison, options?: JsonReportOptions): string {
  assertComparison(comparison, 'toJSON');
  validateReportOptions(options, 'toJSON');
  const indent = options?.indent ?? 2;
  // JSON.stringify escapes C0 controls; DEL and the C1 controls too, so that no report holds a raw control
  // character. They can only occur inside strings, where the escape reads back as the same character.
  return JSON.stringify(canonical(comparison, new Set()), null, indent).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
