// Align the five seed articles and print what they share, sentence by sentence.
// Run: npm run demo   (or: npx tsx examples/align-seeds.ts)
import { readdirSync, readFileSync } from 'node:fs';
import { alignSources, provenanceStatements } from 'copydesk';

const dir = new URL('../seeds/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const comparison = alignSources(
  // Ids as the CLI gives them: the file name without .txt, whole.
  files.map((file) => ({ id: file.replace(/\.txt$/, ''), text: readFileSync(new URL(file, dir), 'utf8') })),
);

// Shortens a text to `width` characters at a word boundary, never inside a word.
const clip = (text: string, width = 110) => {
  if (text.length <= width) return text;
  const cut = text.lastIndexOf(' ', width - 1);
  return `${text.slice(0, cut > width / 2 ? cut : width - 1)}…`;
};

console.log('Sources');
for (const s of comparison.sources) {
  console.log(
    `  ${s.id}  ${clip(s.title ?? '(no title)', 70).padEnd(70)}  ${String(s.sentences).padStart(2)} sentences` +
      `  ${s.wordsKept} words kept, ${s.wordsRemoved} removed${s.agency ? `  wire: ${s.agency}` : ''}`,
  );
}

console.log(`\nAligned groups (${comparison.groups.length})`);
for (const group of comparison.groups) {
  console.log(`\n  ${group.id}  ${group.relation}${group.shape === 'one-to-many' ? ', split/merge' : ''}`);
  for (const m of group.members) {
    console.log(
      `    ${m.source} ${m.sentence.padEnd(4)}${m.moved ? ' (moved)' : '        '} ${clip(m.text.replace(/\s+/g, ' '))}`,
    );
  }
  for (const link of group.links) {
    const a = group.members[link.a]!;
    const b = group.members[link.b]!;
    const context = link.contextual ? ' (from context)' : '';
    console.log(`      ${a.source}~${b.source}  score ${link.score.toFixed(2)}  ${link.relation}${context}`);
    const substantive = link.changes.filter((c) => c.severity === 'substantive').slice(0, 3);
    for (const c of substantive) {
      console.log(`        ${c.type.padEnd(11)} ${clip(c.a?.text ?? '∅', 40)}  →  ${clip(c.b?.text ?? '∅', 40)}`);
    }
  }
}

console.log('\nWhat each pair of sources shares');
for (const p of comparison.pairs.filter((pair) => pair.sharedGroups > 0)) {
  console.log(
    `  ${p.a} & ${p.b}: ${p.sharedGroups} group${p.sharedGroups === 1 ? '' : 's'}; ${Math.round(p.coverageA * 100)}% of ${p.a}, ${Math.round(p.coverageB * 100)}% of ${p.b}`,
  );
}

const reworded = comparison.quotes.filter((q) => q.wordingDiffers || q.speakerDiffers);
if (reworded.length) {
  console.log('\nQuotes worded differently across sources');
  for (const q of reworded) {
    for (const m of q.mentions)
      console.log(`  ${q.id} ${m.source} ${m.speaker ? `(${m.speaker}) ` : ''}"${clip(m.text, 90)}"`);
  }
}

if (comparison.provenance) {
  console.log('\nProvenance');
  for (const s of comparison.provenance.sources) {
    const wire = s.attribution
      ? `${s.attribution.agency} (${s.attribution.role}, confidence ${s.attribution.confidence.toFixed(2)})`
      : 'no wire credit';
    const cites = [...new Set(s.citations.map((c) => c.name))].join(', ') || '-';
    console.log(`  ${s.source}  wire: ${wire}; cites: ${cites}`);
  }
  // One statement per pair of sources: the same words as the Markdown and HTML reports.
  for (const statement of provenanceStatements(comparison.provenance)) console.log(`  ${statement.text}`);
}

console.log('\nSentences only one source has');
for (const u of comparison.unique) console.log(`  ${u.source}: ${u.sentences.length}`);

if (comparison.diagnostics.length) {
  console.log('\nNotes');
  for (const d of comparison.diagnostics) console.log(`  ${d.severity}: ${d.message}`);
}
