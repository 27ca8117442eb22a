import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../scripts/eval/html-to-text';

describe('htmlToText', () => {
  it('drops scripts, styles, noscript, comments and the head except the title', () => {
    const html = [
      '<!DOCTYPE html><html><head><title>Kim invited</title>',
      '<meta name="description" content="not shown"><style>p { color: red }</style>',
      '<script>var s = "<p>not text</p>";</script></head>',
      '<body><!-- <p>commented out</p> --><noscript>Enable JavaScript</noscript>',
      '<p>Russia has invited Kim.</p></body></html>',
    ].join('\n');
    expect(htmlToText(html)).toBe('Kim invited\n\nRussia has invited Kim.');
    expect(htmlToText(html, { keepTitle: false })).toBe('Russia has invited Kim.');
  });

  it('decodes named and numeric character references', () => {
    expect(htmlToText('<p>Q&amp;A &mdash; Kim&#8217;s &#x201C;visit&#x201D; &lt;2015&gt;</p>')).toBe(
      'Q&A — Kim’s “visit” <2015>',
    );
    // &#150; is the Windows-1252 en dash, as browsers read it; unknown names stay as written.
    expect(decodeEntities('1990&#150;2000 &madeup; AT&T')).toBe('1990–2000 &madeup; AT&T');
  });

  it('turns block elements into paragraph breaks and <br> into line breaks, collapsing spaces', () => {
    const html =
      '<div><h1>Title</h1><p>First   <b>bold</b>\n  paragraph.</p><ul><li>one</li><li>two</li></ul>' +
      '<p>Line one<br/>Line&nbsp;two</p><table><tr><td>a</td><td>b</td></tr></table></div>';
    expect(htmlToText(html)).toBe('Title\n\nFirst bold paragraph.\n\none\n\ntwo\n\nLine one\nLine two\n\na\n\nb');
  });

  it('keeps inline elements inside a line and line breaks inside <pre>', () => {
    expect(htmlToText('<p>Kim<span>Jong</span> <a href="/x">Un</a></p><pre>a = 1\nb = 2</pre>')).toBe(
      'KimJong Un\n\na = 1\nb = 2',
    );
  });

  it('does not throw on malformed HTML', () => {
    const broken = [
      '<p>Unclosed <b>bold <i>and italic',
      '<div class="a\'b>odd quote</div>',
      '5 < 6 and <3',
      '<!-- never closed',
    ].join('');
    expect(() => htmlToText(broken)).not.toThrow();
    expect(htmlToText(broken)).toBe('Unclosed bold and italic\n\nodd quote\n\n5 < 6 and <3');
    expect(htmlToText('<script>no end')).toBe('');
    expect(htmlToText('<head><p>no body tag</p>')).toBe('no body tag');
    expect(htmlToText('')).toBe('');
  });
});
