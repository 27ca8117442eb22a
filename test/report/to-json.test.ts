import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Comparison } from 'copydesk';
import { describe, expect, it } from 'vitest';
import { toJSON } from '../../src/report/to-json';
import { hostileComparison, seedComparison } from './seeds';

const schema = JSON.parse(readFileSync(new URL('../../schema/comparison.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, shuffleKeys(v)]),
  );
}

describe('toJSON', () => {
  const comparison = seedComparison();
  const json = toJSON(comparison);

  it('validates against the shipped schema (seeds and hostile input)', () => {
    const ok = validate(JSON.parse(json));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(validate(JSON.parse(toJSON(hostileComparison())))).toBe(true);
  });

  it('is versioned and starts with schemaVersion', () => {
    expect(json.startsWith('{\n  "schemaVersion": 1,\n  "kind": "comparison",')).toBe(true);
  });

  it('round-trips the comparison', () => {
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(comparison)));
  });

  it('is deterministic whatever the key order of the input', () => {
    const shuffled = shuffleKeys(comparison) as Comparison;
    expect(Object.keys(shuffled)[0]).not.toBe('kind');
    expect(toJSON(shuffled)).toBe(json);
    expect(toJSON(seedComparison())).toBe(json);
  });

  it('orders keys: schemaVersion, kind, id, then the rest alphabetically', () => {
    const article = JSON.parse(json).articles[0];
    const keys = Object.keys(article);
    expect(keys.slice(0, 2)).toEqual(['kind', 'id']);
    expect(keys.slice(2)).toEqual([...keys.slice(2)].sort());
  });

  it('writes one line with indent 0', () => {
    expect(toJSON(comparison, { indent: 0 })).not.toContain('\n');
  });

  it('the schema rejects what is not a comparison', () => {
    const bad = JSON.parse(json);
    bad.groups[0].relation = 'same-ish';
    expect(validate(bad)).toBe(false);
    const noVersion = JSON.parse(json);
    delete noVersion.schemaVersion;
    expect(validate(noVersion)).toBe(false);
    const negative = JSON.parse(json);
    negative.articles[0].sentences[0].start = -1;
    expect(validate(negative)).toBe(false);
  });

  it('throws ERR_INVALID_INPUT on something that is not a comparison', () => {
    expect(() => toJSON({} as Comparison)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_INPUT' }));
  });
});
