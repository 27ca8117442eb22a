/**
 * Every threshold of the HTML stage, in one place, each with where it comes
 * from. "Dev" means checked on the development pages only (the 171 English
 * trafilatura evaluation pages and the 58 CleanEval development pages, with
 * `npx tsx scripts/eval/index.ts html`); no sealed set was read.
 *
 * @packageDocumentation
 */

/** What a block of prose looks like (jusText's "good" paragraphs, simplified). @internal */
export const PROSE = Object.freeze({
  /**
   * Fewest words of a prose block. jusText's `length_low` is 70 characters
   * (about 12 words); lowered to 8 on the dev pages, where short news
   * paragraphs of one sentence run 8 to 12 words. Dev.
   */
  minWords: 8,
  /**
   * Most link density (characters inside links over all characters) of a
   * prose block. jusText's `max_link_density` is 0.2; Readability weighs by
   * 1 - density. 0.35 kept paragraphs with a few inline links on the dev pages. Dev.
   */
  maxLinkDensity: 0.35,
} as const);

/** How blocks count for and against a container (`./select`). @internal */
export const SCORE = Object.freeze({
  /**
   * Link density from which a block counts against its container with all its
   * characters (menus, link lists). Readability's sibling rule uses 0.25 for
   * short paragraphs; 0.5 is the point where more of the block is links than
   * text. Hand-set, checked on dev.
   */
  linkHeavy: 0.5,
  /**
   * Weight of the characters of a furniture block or a link list against its
   * container (1 = one for one). At 1 a story with its share bar, related
   * list and tag footer inside lost to a lone paragraph elsewhere; 0.3 on dev.
   */
  furnitureWeight: 0.3,
  /**
   * Factor on the prose inside an element marked as the article body
   * (`itemprop=articleBody`, `article-body`, `entry-content`...). Dev.
   */
  strongHint: 1.5,
  /** Factor on prose that the page's JSON-LD `articleBody` contains. Dev. */
  jsonLdHint: 2,
  /** Characters of a block looked up in the JSON-LD `articleBody` (its first ones). Hand-set. */
  jsonLdProbe: 40,
  /**
   * Share of the page's prose above which an element's furniture class is
   * ignored (a `has-sidebar` or `comments-open` wrapper around the whole
   * page, defuddle #131). Dev.
   */
  wrapperShare: 0.6,
} as const);

/** Which neighbours of the chosen container join it (articles split across sibling containers). @internal */
export const SIBLINGS = Object.freeze({
  /** Fewest prose characters of a sibling that joins. Readability joins paragraphs over 80 characters. Dev. */
  minProseChars: 80,
} as const);

/**
 * Longest block, in characters, that a class or element can label as one of
 * these small pieces of furniture; a longer block under such a class is read
 * as if the class were not there (a blog theme's `entry_author_x` class on a
 * whole post, CleanEval dev page 8). Bylines and dates run under 100
 * characters, credits under 150, captions and deks a few sentences.
 * Hand-set, checked on dev.
 *
 * @internal
 */
export const LABEL_MAX_CHARS: Readonly<Partial<Record<string, number>>> = Object.freeze({
  byline: 200,
  date: 150,
  'photo-credit': 250,
  caption: 700,
  dek: 600,
});

/** Limits of the input. @internal */
export const LIMITS = Object.freeze({
  /** Default largest HTML, in UTF-16 code units (20 M: ten times the largest news page seen on dev). Reasoned. */
  maxLength: 20_000_000,
  /** Most characters of a block checked against the short furniture text patterns. Hand-set. */
  shortText: 160,
} as const);

/**
 * Fewest words in the paragraphs of a `<noscript>` for `extractHtml` to read
 * it as markup when no other block reads as the article (a page that renders
 * its article with JavaScript, such as Blogger's post bodies). Reasoned: a
 * sentence or two of prose; a "please enable JavaScript" notice has no `<p>`
 * of that length on the dev pages' `<noscript>` elements, which hold tracking
 * pixels, iframes and images. @internal
 */
export const NOSCRIPT_ARTICLE_WORDS = 30;

/**
 * When the page's JSON-LD `articleBody` is read as the article (`./json-ld-body`): a page that shows almost none
 * of the story it carries there (it renders the story with script). @internal
 */
export const JSON_LD_BODY = Object.freeze({
  /** Fewest words of the `articleBody`: a story, not a teaser or a summary. Hand-set. */
  minWords: 150,
  /**
   * Largest share of the `articleBody`'s words the page's `body` blocks may hold for it to be read instead. On the
   * 171 trafilatura pages, where the page shows the story its body blocks hold 0.9 to 1.1 times the `articleBody`'s
   * words (aclu.org, cbsnews.com, latimes.com, nationalgeographic.co.uk, pcmag.com, heartlandnewsfeed.com); the
   * one page under a quarter is scmp.com.playbook (46 of 702 words: a caption, two labels and the author's bio).
   * Dev.
   */
  maxVisibleShare: 0.25,
} as const);
