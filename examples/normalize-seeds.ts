// Normalize the five seed articles and print what was kept and what was removed.
// Run: npx tsx examples/normalize-seeds.ts
import { readdirSync, readFileSync } from 'node:fs';
import { normalizeArticle } from 'copydesk';

const dir = new URL('../seeds/', import.meta.url);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const article = normalizeArticle({ id: file, text: readFileSync(new URL(file, dir), 'utf8') });
  const { title, dek, dateline, agency, bylines, credits } = article.metadata;
  console.log(`\n# ${file}`);
  console.log(`title:     ${title?.text ?? '-'}`);
  if (dek) console.log(`dek:       ${dek.text.slice(0, 100)}`);
  if (bylines.length) console.log(`byline:    ${bylines.map((b) => b.names.join(', ')).join('; ')}`);
  if (dateline) console.log(`dateline:  ${dateline.text} (place ${dateline.place}, agency ${dateline.agency ?? '-'})`);
  if (credits.length) console.log(`credit:    ${credits.map((c) => c.text).join(' | ')}`);
  console.log(`agency:    ${agency ?? '-'}`);
  console.log(`body:      ${article.paragraphs.length} paragraphs, ${article.sentences.length} sentences`);
  const reasons = new Map<string, number>();
  for (const r of article.removed) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  console.log(`removed:   ${[...reasons].map(([reason, n]) => `${reason} x${n}`).join(', ')}`);
  for (const d of article.duplicates) console.log(`duplicate: ${d.kind}: "${d.second.text.slice(0, 60)}..."`);
  for (const d of article.diagnostics) console.log(`${d.severity}: ${d.message}`);
}
