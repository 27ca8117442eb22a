import { afterEach, describe, expect, it } from 'vitest';
import { parseTime } from '../../src/core/time';
import { isCopydeskError, normalizeArticle } from '../../src/index';

// Found in an audit of the HTML metadata: page dates without a zone were read in the machine's time zone (7 of the
// 132 development pages with a date moved between TZ=UTC and TZ=Asia/Tokyo), and junk (`Season 2`, `11-18`,
// `2024-02-30`) became dates. The forms below are those the development pages and feeds write.
const iso = (text: string) => {
  const t = parseTime(text);
  return t === undefined ? undefined : new Date(t).toISOString();
};
const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('parseTime', () => {
  it('reads ISO 8601, RFC 2822, English month names and String(date), a time without a zone as UTC', () => {
    const cases: [string, string][] = [
      ['2023-11-09T04:00:00', '2023-11-09T04:00:00.000Z'], // metrotimes.com JSON-LD
      ['2023-11-08 22:19:12', '2023-11-08T22:19:12.000Z'], // observer.com article:published_time
      ['2024-03-19', '2024-03-19T00:00:00.000Z'],
      ['2024-03-19T10:00:00.123+01:00', '2024-03-19T09:00:00.123Z'],
      ['2024-03-19T10:00:00-0500', '2024-03-19T15:00:00.000Z'],
      ['2024/03/19', '2024-03-19T00:00:00.000Z'],
      ['Tue, 19 Mar 2024 10:00:00 GMT', '2024-03-19T10:00:00.000Z'],
      ['19 Mar 2024 10:00:00 +0200', '2024-03-19T08:00:00.000Z'],
      ['January 16, 2020', '2020-01-16T00:00:00.000Z'], // vancouversun.com microdata
      ['Mar. 5, 2024, 10:30 a.m. EST', '2024-03-05T15:30:00.000Z'],
      ['Tuesday, March 19, 2024 at 9:15 PM', '2024-03-19T21:15:00.000Z'],
      ['Tue Mar 19 2024 10:00:00 GMT+0100 (Central European Standard Time)', '2024-03-19T09:00:00.000Z'],
    ];
    for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      process.env.TZ = tz;
      expect(
        cases.map(([text]) => iso(text)),
        tz,
      ).toEqual(cases.map(([, want]) => want));
    }
  });

  it('reads no date from what names none or a day that does not exist', () => {
    for (const text of ['Season 2', 'Updated 5', '11-18', '{{date}}', '2024-02-30', '2023-02-29', '2024-13-01', '']) {
      expect(parseTime(text), text).toBeUndefined();
    }
    expect(iso('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
  });
});

describe('publishedAt', () => {
  const P =
    '<article><p>The city council voted on Monday to expand the bus network across the northern districts, officials said.</p></article>';

  it('is the same on every machine, for a page date and for a given one', () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T04:00:00"}</script>${P}`;
    for (const tz of ['UTC', 'Asia/Tokyo']) {
      process.env.TZ = tz;
      expect(normalizeArticle({ html }).publishedAt).toBe('2023-11-09T04:00:00.000Z');
      expect(normalizeArticle({ text: 'Kim will visit.', publishedAt: '2023-11-09 04:00' }).publishedAt).toBe(
        '2023-11-09T04:00:00.000Z',
      );
    }
  });

  it('takes the next page date when the best one reads as none', () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"{{date}}"}</script><meta property="article:published_time" content="2024-03-05T10:00:00Z">${P}`;
    expect(normalizeArticle({ html }).publishedAt).toBe('2024-03-05T10:00:00.000Z');
    expect(normalizeArticle({ html: `<time datetime="Season 2">x</time>${P}` }).publishedAt).toBeUndefined();
  });

  it('refuses a given string that names no date, with a typed error', () => {
    try {
      normalizeArticle({ text: 'Kim will visit.', publishedAt: 'Season 2' });
      expect.unreachable();
    } catch (error) {
      expect(isCopydeskError(error) && error.code).toBe('ERR_INVALID_INPUT');
    }
  });
});

describe('page metadata read without a throw or a relative address (found in an audit)', () => {
  const P =
    '<article><p>The city council voted on Monday to expand the bus network across the northern districts, officials said.</p></article>';

  it('reads a JSON-LD author nested thousands of arrays deep as no author, without exhausting the stack', () => {
    const d = 3000;
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","author":${'['.repeat(d)}"Ann Lee"${']'.repeat(d)}}</script>${P}`;
    expect(normalizeArticle({ html }).metadata.bylines).toEqual([]);
  });

  it('takes no relative canonical link as the url (pix-bavaria.de: `/`), but the next absolute one', () => {
    const og = '<meta property="og:url" content="https://www.pix-bavaria.de/">';
    expect(normalizeArticle({ html: `<link rel="canonical" href="/">${og}${P}` }).url).toBe(
      'https://www.pix-bavaria.de/',
    );
    expect(normalizeArticle({ html: `<link rel="canonical" href="/faircoin-hackathon">${P}` }).url).toBeUndefined();
  });
});

describe('bylines from the page metadata (found in an audit)', () => {
  const P =
    '<article><p>The city council voted on Monday to expand the bus network across the northern districts, officials said.</p></article>';
  const read = (value: string) => {
    const m = normalizeArticle({ html: `<meta name="byl" content="${value}">${P}` }).metadata;
    return [m.bylines.map((b) => [b.names, b.agency ?? null]), m.agency ?? null];
  };

  it('reads a meta author as a byline line: no `By`, names split at `and`, an agency after a comma', () => {
    expect(read('By Ivan Penn')).toEqual([[[['Ivan Penn'], null]], null]); // nytimes.com's `byl` format
    expect(read('By Ann Lee and Bo Kim')).toEqual([[[['Ann Lee', 'Bo Kim'], null]], null]);
    expect(read('Jack Kim, Reuters')).toEqual([[[['Jack Kim'], 'Reuters']], 'Reuters']);
    // A credential or an organization's own name stays one name (healthline.com, jobsnhire.com dev pages).
    expect(read('Grant Tinsley, PhD')).toEqual([[[['Grant Tinsley, PhD'], null]], null]);
    expect(read('Jobs &amp; Hire')).toEqual([[[['Jobs & Hire'], null]], null]);
  });
});

describe('the span of a title read from <title> (found in an audit)', () => {
  it('starts at the title text, a character reference included', () => {
    const html =
      '<html><head><title>&quot;Quoted&quot; headline</title></head><body><article><p>The city council voted on Monday to expand the bus network across the northern districts, officials said.</p></article></body></html>';
    const title = normalizeArticle({ html }).metadata.title!;
    expect(title.text).toBe('"Quoted" headline');
    expect(html.slice(title.start, title.end).startsWith('&quot;Quoted&quot; headline')).toBe(true);
  });
});

describe('the title of a page whose metadata adds the site name (found in an audit)', () => {
  const P =
    '<p>The city council voted on Monday to expand the bus network across the northern districts, officials said.</p><p>The plan adds twelve new routes and will cost about forty million dollars over the next five years, according to the budget office.</p>';
  const title = (html: string) => normalizeArticle({ html }).metadata.title?.text;

  it('keeps the visible headline when og:title is it with a suffix (lastampa.it, dw.com, mydailymagazine.com dev pages)', () => {
    expect(
      title(
        `<meta property="og:title" content="Perturbazione polare al Centro e al Sud - La Stampa"><meta property="og:site_name" content="lastampa.it"><article><h1>Perturbazione polare al Centro e al Sud</h1>${P}</article>`,
      ),
    ).toBe('Perturbazione polare al Centro e al Sud');
    expect(
      title(
        `<meta property="og:title" content="Berlin confronts Germany&#39;s colonial past with new initiative | DW | 19.01.2020"><article><h1>Berlin confronts Germany's colonial past with new initiative</h1>${P}</article>`,
      ),
    ).toBe("Berlin confronts Germany's colonial past with new initiative");
  });

  it('takes the metadata headline over a visible one cut short (mercurynews.com dev page)', () => {
    expect(
      title(
        `<meta property="og:title" content="Letters: Coddling criminals | Undermining road | Tax dollars"><article><h1>Letters: Coddling criminals | Undermining road\u2026</h1>${P}</article>`,
      ),
    ).toBe('Letters: Coddling criminals | Undermining road | Tax dollars');
  });
});

describe('the site name cut from a metadata title, page after page', () => {
  it('cuts it on every page, whatever the page before decided (creativecommons.org dev page after lastampa.it)', () => {
    const P =
      '<p>The city council voted on Monday to expand the bus network across the northern districts, officials said.</p><p>The plan adds twelve new routes and will cost about forty million dollars over the next five years, according to the budget office.</p>';
    // A visible headline that is only the start of the metadata one: the separator stands further on.
    const before = `<meta property="og:title" content="Perturbazione polare al Centro e al Sud - La Stampa"><article><h1>Perturbazione polare</h1>${P}</article>`;
    const page = `<meta property="og:title" content="What we do - Creative Commons"><meta property="og:site_name" content="Creative Commons"><article>${P}</article>`;
    for (let k = 0; k < 2; k++) {
      normalizeArticle({ html: before });
      expect(normalizeArticle({ html: page }).metadata.title?.text).toBe('What we do');
    }
  });
});
