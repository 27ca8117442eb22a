// Read an article out of an HTML page: the story's paragraphs and sentences, each with its range in the page
// source, the page's furniture removed with its reason, and the metadata the page gives.
// Run: npx tsx examples/normalize-html.ts
import { readFileSync } from 'node:fs';
import { normalizeArticle } from 'copydesk';

// A page built around seed 002 (a Reuters story): navigation, a headline, a byline, a photo with its caption,
// the story, a related-links box, a share bar and a footer, with its metadata in JSON-LD.
const seed = readFileSync(new URL('../seeds/002_7110f737bd6dd67c.txt', import.meta.url), 'utf8');
const paragraphs = seed
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length > 120);
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Kim Jong Un to visit Russia | The Daily Courier</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kim Jong Un to visit Russia","author":{"@type":"Person","name":"Ann Lee"},"datePublished":"2015-03-19T10:00:00Z","publisher":{"@type":"Organization","name":"The Daily Courier"}}</script>
<link rel="canonical" href="https://courier.example/world/kim-russia">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav>
<article>
<h1>Kim Jong Un to visit Russia</h1>
<p class="byline">By Ann Lee</p>
<figure><img src="/kim.jpg" alt=""><figcaption>North Korean leader Kim Jong Un at a military parade in Pyongyang. Photo: KCNA</figcaption></figure>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<div class="share">Share this story: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Seoul and Tokyo agree to resume talks</a></li><li><a href="/b">What the Victory Day parade means for Moscow</a></li></ul></aside>
<footer>&copy; 2015 The Daily Courier. All rights reserved.</footer>
</body></html>`;

const article = normalizeArticle({ html });
const { title, bylines, dateline, agency, captions } = article.metadata;
console.log(`title:      ${title?.text ?? '-'}`);
console.log(`byline:     ${bylines.map((b) => b.names.join(', ')).join('; ') || '-'}`);
if (dateline) console.log(`dateline:   ${dateline.place} (agency ${dateline.agency ?? '-'})`);
console.log(`agency:     ${agency ?? '-'}`);
console.log(`published:  ${article.publishedAt ?? '-'}, url ${article.url ?? '-'}, outlet ${article.outlet ?? '-'}`);
for (const c of captions) console.log(`caption:    ${c.text.slice(0, 90)}${c.text.length > 90 ? '...' : ''}`);
console.log(`body:       ${article.paragraphs.length} paragraphs, ${article.sentences.length} sentences`);

// Every span is a range of the HTML string: what to highlight in the page source.
const first = article.sentences[0]!;
console.log(`\nfirst sentence, as text: ${first.text}`);
console.log(`its HTML, [${first.start}, ${first.end}): ${html.slice(first.start, first.end)}`);

const reasons = new Map<string, number>();
for (const r of article.removed) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
console.log(`\nremoved:    ${[...reasons].map(([reason, n]) => `${reason} x${n}`).join(', ')}`);
for (const d of article.diagnostics) console.log(`${d.severity}: ${d.code}: ${d.message}`);
