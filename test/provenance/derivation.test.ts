/**
 * Derivation from rewritten sentences, shared quotes and stock phrases (issue 13).
 */
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { traceProvenance } from '../../src/provenance/trace-provenance';

function pair(source: string, target: string) {
  const a = normalizeArticle({ id: 'a', text: source });
  const b = normalizeArticle({ id: 'b', text: target });
  const p = traceProvenance([a, b]);
  return p.reuse.find((r) => r.source === 'a' && r.target === 'b')!;
}

const source = [
  'Harbour council votes to close the old ferry pier',
  'The Harbour District council voted 7 to 2 on Tuesday to close the Victorian ferry pier at Millbrook after engineers found corroded iron supports.',
  'Repairs were estimated at 4.3 million pounds, more than twice the annual maintenance budget of the district.',
  'Ferry operator Bluewater Lines said it would move its Millbrook sailings to the container quay at Eastgate from March.',
  'Local traders warned that losing the pier would cost the town centre much of its summer tourist trade.',
  'The council promised to commission a feasibility study for a replacement pier within two years.',
].join('\n\n');

// Every sentence reworded, facts and order kept.
const rewrite = [
  'Millbrook pier to shut after council vote',
  'After engineers discovered corroded iron supports, Harbour District councillors decided by 7 votes to 2 on Tuesday to shut the Victorian-era ferry pier in Millbrook.',
  'Fixing the structure would have cost an estimated 4.3 million pounds, over double the district annual maintenance budget.',
  'Bluewater Lines, which runs the ferry, said Millbrook sailings would transfer to the Eastgate container quay starting in March.',
  'Shopkeepers in the area cautioned that without the pier the town centre would lose a large part of its summer tourist business.',
  'A feasibility study for building a new pier within two years was promised by the council.',
].join('\n\n');

describe('derivation from rewritten sentences', () => {
  it('calls a sentence-by-sentence rewrite derived, with the links behind it', () => {
    const r = pair(source, rewrite);
    expect(r.verbatimShare).toBeLessThan(0.15);
    expect(r.rewrittenShare).toBeGreaterThan(0.3);
    expect(r.class).not.toBe('non-derived');
    const counted = r.sentenceLinks!.filter((l) => l.counted);
    expect(counted.length).toBeGreaterThanOrEqual(3);
    // In the source's order.
    const order = counted.map((l) => Number(l.source.slice(1)));
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(r.reasons![0]).toMatch(/rewritten/);
  });
});

describe('quotations apart', () => {
  const statement =
    '"We have taken this decision with great reluctance, but the safety of passengers and staff must come first," the council leader said.';
  it('reports quoted speech shared by two unrelated texts and calls the pair non-derived', () => {
    const a = `Pier closes\n\nMillbrook residents gathered at the waterfront on Wednesday evening to protest against the decision.\n\n${statement}\n\nThe protest organisers plan a petition.`;
    const b = `Council defends vote\n\n${statement}\n\nOpposition members called for an independent review of the engineering report and of the costs.`;
    const r = pair(a, b);
    expect(r.shareChars).toBeGreaterThan(0.15);
    expect(r.sharedQuotes).toHaveLength(1);
    expect(r.verbatimShare).toBeLessThan(0.15);
    expect(r.class).toBe('non-derived');
    expect(r.reasons![0]).toMatch(/quoted speech/);
  });
});

describe('stock phrases', () => {
  it('does not call a short text derived for one common 9-word run', () => {
    const a =
      'Talks resume\n\nDiplomats met again in Geneva, according to a statement released late on Friday night, and agreed to keep talking.';
    const b =
      'Storm warning\n\nHeavy rain is expected across the north, according to a statement released late on Friday night by forecasters.';
    const r = pair(a, b);
    expect(r.passages.length).toBe(1);
    expect(r.shareChars).toBeGreaterThan(0.15);
    expect(r.class).toBe('non-derived');
    expect(r.reasons![0]).toMatch(/stock phrase/);
  });
});
