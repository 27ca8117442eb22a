import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml, htmlLayout, htmlText } from '../../src/html/index';

/** The character references the generator writes, and what they decode to. */
const REFERENCES: readonly (readonly [string, string])[] = [
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&#8217;', '\u2019'],
  ['&#x201C;', '\u201c'],
  ['&nbsp;', '\u00a0'],
  ['&eacute;', '\u00e9'],
  ['&copy', '\u00a9'],
  ['&#128512;', '\u{1f600}'],
];

function decode(text: string): string {
  let out = text;
  for (const [ref, value] of REFERENCES) out = out.split(ref).join(value);
  return out;
}

/** What a reader sees of a piece of HTML: comments, scripts and styles dropped, `<br>` a break, other tags removed, references decoded. */
function visible(html: string): string {
  return decode(
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, '')
      .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1>|$)/gi, '')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]*>/g, ''),
  );
}

function words(text: string): string[] {
  return text.split(/[\s\u00a0]+/).filter((w) => w !== '');
}

const word = fc.constantFrom('rain', 'Seoul', 'said', 'on', 'Monday', 'A1', "it's", 'x', '42', 'caf\u00e9', 'end.');
const reference = fc.constantFrom(...REFERENCES.map(([ref]) => ref));
const space = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '');

/** A run of text: words, references and white space. */
const text = fc
  .array(
    fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: reference }, { weight: 3, arbitrary: space }),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(' '));

const inlineTag = fc.constantFrom('b', 'i', 'span', 'em', 'a href="/x"', 'strong class="k"');
const blockTag = fc.constantFrom('p', 'div', 'h3', 'li', 'td', 'blockquote', 'section');
const voidTag = fc.constantFrom(
  ...['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen'],
  ...['link', 'meta', 'param', 'source', 'track', 'wbr'],
);

interface Node {
  readonly html: string;
}

/** Nested HTML with inline and block tags, comments, CDATA, `<br>`, scripts, missing and stray end tags. */
const { node } = fc.letrec<{ node: Node; list: Node[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    { weight: 5, arbitrary: text.map((t) => ({ html: t })) },
    {
      weight: 2,
      arbitrary: fc.tuple(inlineTag, tie('list'), fc.boolean()).map(([tag, children, close]) => ({
        html: `<${tag}>${children.map((c) => c.html).join('')}${close ? `</${tag.split(' ')[0]}>` : ''}`,
      })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(blockTag, tie('list'), fc.boolean()).map(([tag, children, close]) => ({
        html: `<${tag}>${children.map((c) => c.html).join('')}${close ? `</${tag}>` : ''}`,
      })),
    },
    { weight: 1, arbitrary: text.map((t) => ({ html: `<!-- ${t.replace(/-->/g, '')} -->` })) },
    { weight: 1, arbitrary: fc.constant({ html: '<![CDATA[ hidden ]]>' }) },
    { weight: 1, arbitrary: fc.constantFrom({ html: '<br>' }, { html: '<br/>' }, { html: '<br><br>' }) },
    { weight: 1, arbitrary: fc.constant({ html: '<script>var a = "<p>no</p>";</script>' }) },
    { weight: 1, arbitrary: fc.constantFrom({ html: '</span>' }, { html: '</div>' }, { html: '</p>' }) },
    // Every element the parser reads as void, hidden or not (fuzzing found a hidden `<frame>` removed as an empty span).
    {
      weight: 1,
      arbitrary: fc
        .tuple(voidTag, fc.boolean())
        .map(([tag, hidden]) => ({ html: `<${tag}${hidden ? ' hidden' : ''}>` })),
    },
  ),
  list: fc.array(tie('node'), { maxLength: 4 }),
}));

const page = fc.tuple(fc.array(node, { minLength: 1, maxLength: 6 }), fc.boolean()).map(([nodes, wrap]) => {
  const body = nodes.map((n) => n.html).join('');
  return wrap ? `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>` : body;
});

describe('extractHtml offsets (property)', () => {
  it('every block: its HTML range shows the same words as its text', () => {
    fc.assert(
      fc.property(page, (html) => {
        for (const block of extractHtml(html).blocks) {
          expect(words(visible(html.slice(block.start, block.end)))).toEqual(words(block.text));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every character of a block maps onto the source character (or the reference) it came from', () => {
    fc.assert(
      fc.property(page, (html) => {
        for (const block of extractHtml(html).blocks) {
          let last = -1;
          for (let i = 0; i < block.text.length; i++) {
            const start = block.map.mapStart(i);
            const end = block.map.mapEnd(i + 1);
            expect(start).toBeGreaterThanOrEqual(last);
            expect(start).toBeGreaterThanOrEqual(block.start);
            expect(end).toBeLessThanOrEqual(block.end);
            last = start;
            const ch = block.text[i]!;
            const source = html.slice(start, end);
            if (ch === ' ' || ch === '\n') expect(visible(source).trim()).toBe('');
            else expect(decode(source)).toContain(ch);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('blocks, removed markup and the markup between tile the input', () => {
    fc.assert(
      fc.property(page, (html) => {
        const extraction = extractHtml(html);
        let pos = 0;
        for (const piece of htmlLayout(extraction)) {
          expect(piece.start).toBe(pos);
          expect(piece.end).toBeGreaterThan(piece.start);
          pos = piece.end;
        }
        expect(pos).toBe(html.length);
        for (let k = 1; k < extraction.blocks.length; k++) {
          expect(extraction.blocks[k]!.start).toBeGreaterThanOrEqual(extraction.blocks[k - 1]!.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the joined text maps every character back to its source', () => {
    fc.assert(
      fc.property(page, (html) => {
        const extraction = extractHtml(html);
        const all = htmlText(extraction, ['body', 'boilerplate', 'heading', 'title', 'related', 'navigation']);
        for (let i = 0; i < all.text.length; i++) {
          const ch = all.text[i]!;
          if (ch === ' ' || ch === '\n') continue;
          expect(decode(html.slice(all.map.mapStart(i), all.map.mapEnd(i + 1)))).toContain(ch);
        }
      }),
      { numRuns: 300 },
    );
  });
});
