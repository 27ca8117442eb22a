/**
 * Sentence boundaries on the English "Golden Rules": how many rules each
 * segmenter gets exactly right.
 *
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/segment/split-sentences';
import { intlSentences, type SentenceSplitter, sbdSentences } from './lib/segmenters';
import type { EvalTask, MetricRow } from './types';

interface Rule {
  readonly id: number;
  readonly name?: string;
  readonly text: string;
  readonly expected: readonly string[];
  readonly pysbd_xfail?: boolean;
}

interface DataSet {
  readonly file: string;
  readonly label: string;
  /** Applied to each rule's text before any system sees it. */
  readonly decode: (text: string) => string;
  readonly references: Readonly<Record<string, string>>;
}

/**
 * The README file keeps some texts as the README prints them, as Ruby string
 * literals: `\n` is a line break and `\"` a quotation mark (the rules are
 * named "Errant newline ..." and "Double quotations ..."). Decoded the same
 * way as in test/segment/split-sentences.test.ts.
 */
function decodeReadmeEscapes(text: string): string {
  return text.replace(/\\n/g, '\n').replace(/\\"/g, '"');
}

const DATA_SETS: readonly DataSet[] = [
  {
    file: 'golden_rules_en.jsonl',
    label: 'pySBD Golden Rules (48)',
    decode: (text) => text,
    references: {
      copydesk: '47/48 pySBD (published)',
      'Intl.Segmenter': '28/48 (measured here)',
      sbd: '28/48 (measured here)',
    },
  },
  {
    file: 'golden_rules_en_pragmatic_segmenter_readme.jsonl',
    label: 'pragmatic_segmenter README (52)',
    decode: decodeReadmeEscapes,
    references: {},
  },
];

const SYSTEMS: readonly { readonly name: string; readonly split: SentenceSplitter }[] = [
  { name: 'copydesk', split: (text) => splitSentences(text).map((s) => s.text) },
  { name: 'Intl.Segmenter', split: intlSentences },
  { name: 'sbd', split: sbdSentences },
];

/**
 * The one comparison used for every system: the sentence lists are equal
 * after trimming each sentence, collapsing runs of whitespace to one space
 * and dropping empty sentences.
 */
function sameSentences(got: readonly string[], expected: readonly string[]): boolean {
  const clean = (list: readonly string[]): string[] =>
    list.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '');
  const a = clean(got);
  const b = clean(expected);
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function readRules(path: string): Rule[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Rule);
}

function quoteList(list: readonly string[]): string {
  return list.map((s) => `\`${JSON.stringify(s)}\``).join(' · ');
}

/** The Golden Rules evaluation. */
export const task: EvalTask = {
  name: 'golden-rules',
  async run(ctx) {
    const dir = join(ctx.dataDir, 'golden-rules-sbd');
    const title = 'Sentence boundaries: Golden Rules (English)';
    if (!existsSync(join(dir, DATA_SETS[0]!.file))) {
      return { title, skipped: `no ${dir}`, description: '', rows: [] };
    }
    // Names for the pySBD file come from the README file (same rules, same ids).
    const readme = readRules(join(dir, DATA_SETS[1]!.file));
    const nameOf = (rule: Rule): string =>
      rule.name ?? readme.find((r) => r.text === rule.text)?.name ?? readme.find((r) => r.id === rule.id)?.name ?? '';

    const rows: MetricRow[] = [];
    const details: string[] = [];
    for (const set of DATA_SETS) {
      const rules = readRules(join(dir, set.file));
      for (const system of SYSTEMS) {
        const failures: Rule[] = [];
        const got = new Map<number, string[]>();
        for (const rule of rules) {
          const sentences = system.split(set.decode(rule.text));
          got.set(rule.id, sentences);
          if (!sameSentences(sentences, rule.expected)) failures.push(rule);
        }
        const passed = rules.length - failures.length;
        rows.push({
          metric: `exact rules, ${set.label}`,
          system: system.name,
          value: `${passed}/${rules.length}`,
          ...(set.references[system.name] === undefined ? {} : { reference: set.references[system.name] }),
        });
        ctx.log(`${set.file} ${system.name}: ${passed}/${rules.length}`);
        if (system.name === 'copydesk') {
          details.push(`### copydesk failures on ${set.label}: ${failures.length}`, '');
          if (failures.length === 0) details.push('None.', '');
          for (const rule of failures) {
            const xfail = rule.pysbd_xfail === true ? ' (pySBD fails it too)' : '';
            details.push(
              `- **${rule.id}. ${nameOf(rule)}**${xfail}`,
              `  - expected: ${quoteList(rule.expected)}`,
              `  - got: ${quoteList(got.get(rule.id) ?? [])}`,
            );
          }
          details.push('');
        }
      }
    }
    return {
      title,
      description: [
        'Each Golden Rule is a short text and its expected sentences. A rule counts as passed when the',
        'system returns exactly the expected sentences. One comparison function is applied to all three',
        'systems: each sentence is trimmed, runs of whitespace are collapsed to one space, empty sentences',
        'are dropped, then the lists must be equal. Systems: copydesk `splitSentences(text).map(s => s.text)`;',
        "Node's `Intl.Segmenter('en', { granularity: 'sentence' })`; npm `sbd` (`sbd.sentences`, default",
        'options), all in the same process. Data: `golden-rules-sbd/golden_rules_en.jsonl` (the 48 rules of',
        "pySBD's English test suite, one of which pySBD marks as an expected failure) and",
        "`golden_rules_en_pragmatic_segmenter_readme.jsonl` (the 52 rules of pragmatic_segmenter's README; its texts",
        'keep some Ruby string escapes, so `\\n` and `\\"` in them are decoded to a line break and a quotation mark',
        'before any system sees them, as in `test/segment/split-sentences.test.ts`). Sentences in the details are',
        'shown as JSON strings.',
      ].join('\n'),
      rows,
      details: details.join('\n'),
    };
  },
};
