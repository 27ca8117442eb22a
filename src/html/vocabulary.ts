/**
 * Every tag set and class/id word list of the HTML stage, in one table (as
 * Readability keeps its `REGEXPS` and trafilatura its XPath expressions), so
 * that the decisions in `./select` read against named lists.
 *
 * @packageDocumentation
 */
import type { HtmlBlockLabel, HtmlRemovalReason } from './types';

/** Tags whose start and end break a block (block-level in the HTML rendering rules, plus table cells and list items). @internal */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content never shows as text, with the reason they are removed under. @internal */
export const SKIP_TAGS: ReadonlyMap<string, HtmlRemovalReason> = new Map<string, HtmlRemovalReason>([
  ['script', 'html:script'],
  ['style', 'html:style'],
  ['noscript', 'html:noscript'],
  ['template', 'html:template'],
  ['title', 'html:title'],
  ['svg', 'html:embed'],
  ['math', 'html:embed'],
  ['iframe', 'html:embed'],
  ['object', 'html:embed'],
  ['embed', 'html:embed'],
  ['canvas', 'html:embed'],
  ['video', 'html:embed'],
  ['audio', 'html:embed'],
  ['map', 'html:embed'],
  ['select', 'html:form'],
  ['textarea', 'html:form'],
  ['button', 'html:form'],
  ['datalist', 'html:form'],
]);

/**
 * Void elements: no content, no end tag. The parser's own list (htmlparser2's
 * `voidElements`), obsolete ones included: a void element the parser closes
 * at once must end after its tag, not where it starts. @internal
 */
export const VOID_TAGS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Structural elements that say what their text is, with the label and the removal reason. @internal */
export const STRUCTURAL_TAGS: ReadonlyMap<
  string,
  { readonly label: HtmlBlockLabel; readonly reason: HtmlRemovalReason }
> = new Map<string, { readonly label: HtmlBlockLabel; readonly reason: HtmlRemovalReason }>([
  ['nav', { label: 'navigation', reason: 'html:nav' }],
  ['aside', { label: 'aside', reason: 'html:aside' }],
  ['footer', { label: 'footer', reason: 'html:footer' }],
  ['header', { label: 'header', reason: 'html:header' }],
  ['form', { label: 'form', reason: 'html:form' }],
  ['figure', { label: 'caption', reason: 'html:figure' }],
  ['figcaption', { label: 'caption', reason: 'html:figure' }],
]);

/**
 * Class and id words that name page furniture, by label. A word matches a
 * whole token of an element's class or id (see `HtmlAncestor.tokens`),
 * never a substring, so `shared-content` is not `share` and `header-image`
 * is `header` only through its token `header`. Gathered from Readability's
 * `unlikelyCandidates` and `negative` patterns, trafilatura's discard
 * XPaths and jusText's notes, then checked on the development pages.
 *
 * @internal
 */
export const FURNITURE_WORDS: ReadonlyMap<string, HtmlBlockLabel> = new Map<string, HtmlBlockLabel>([
  ...words(
    'navigation',
    'nav navbar navigation menu menus breadcrumb breadcrumbs pagination pager topbar sitemap skip',
  ),
  ...words(
    'related',
    'related relatedposts recommended recommendations recirculation outbrain taboola trending popular mostread most-read more-stories read-more readmore teaser teasers also-read',
  ),
  ...words('share', 'share shares sharing sharebar social socials addthis sharethis follow'),
  ...words('comments', 'comment comments disqus respond replies discussion'),
  ...words('footer', 'footer colophon tags filed-under entry-utility entry-meta post-meta'),
  ...words('header', 'header masthead'),
  ...words(
    'aside',
    'sidebar aside rail supplemental factbox fact-box bio bios biography author-bio mini-bio about-author disclaimer disclosure',
  ),
  ...words(
    'form',
    'newsletter subscribe subscription signup sign-up login register search paywall gdpr cookie cookies consent modal popup pum cta',
  ),
  ...words('ad', 'ad ads advert adverts advertisement advertising sponsor sponsored promo dfp banner adslot'),
  ...words('caption', 'caption captions figcaption wp-caption-text legend'),
  ...words('photo-credit', 'credit credits copyright photographer'),
  ...words('byline', 'byline bylines author authors writer contributor itemprop:author'),
  ...words('date', 'date dateline timestamp published pubdate updated itemprop:datepublished itemprop:datemodified'),
  ...words('dek', 'dek standfirst subtitle subhead subheadline strapline excerpt'),
]);

/**
 * Class, id and `itemprop` words that mark the article's text (`strong`:
 * only the body; `weak`: a likely container). From Readability's `positive`
 * pattern and schema.org's `articleBody`. @internal
 */
export const CONTENT_WORDS: { readonly strong: ReadonlySet<string>; readonly weak: ReadonlySet<string> } = {
  strong: new Set([
    'itemprop:articlebody',
    'articlebody',
    'article-body',
    'article-content',
    'article-text',
    'story-body',
    'story-content',
    'story-text',
    'entry-content',
    'post-content',
    'post-body',
    'body-text',
    'article__body',
    'article__content',
    'content-body',
  ]),
  weak: new Set(['article', 'content', 'story', 'body', 'entry', 'post', 'text', 'main', 'hentry', 'blog', 'prose']),
};

/** Words of a block's own text that mark furniture (checked on short blocks only). @internal */
export const FURNITURE_TEXT: readonly {
  readonly label: HtmlBlockLabel;
  readonly pattern: RegExp;
  readonly rule: string;
}[] = [
  {
    label: 'share',
    rule: 'text:share',
    pattern:
      /^(?:share(?: this)?(?: article| story| on\b.*)?|follow us\b.*|tweet|email|print)\s*:?$|^follow\b.{0,60}\bon (?:twitter|facebook|instagram)\b/i,
  },
  {
    label: 'related',
    rule: 'text:related',
    pattern:
      /^(?:read more|explore further|read the latest from\b.*|related(?: articles| stories| coverage| content)?|more (?:from|on|stories)\b.*|see also|you may also like.*|recommended(?: for you)?)\s*:?$/i,
  },
  {
    label: 'form',
    rule: 'text:newsletter',
    pattern:
      /\b(?:sign up (?:for|to) (?:our|the)\b.*newsletter|subscribe to (?:our|the)\b|newsletter sign[- ]?up|subscribe now\b|please subscribe\b|already a subscriber)|^we want to hear what you think\b/i,
  },
  {
    label: 'ad',
    rule: 'text:advertisement',
    pattern:
      /^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading (?:below|the main story)|scroll to continue(?: with content)?)\s*:?$/i,
  },
  { label: 'caption', rule: 'text:caption', pattern: /^(?:image|photo|video) caption\b/i },
  {
    label: 'photo-credit',
    rule: 'text:photo-credit',
    pattern:
      /^(?:photo|image|picture|credit|foto)s?\s*(?:credit|copyright)?\s*[:/©]|^(?:image|photo) copyright\b|^©|\((?:getty|ap|afp|reuters|epa)\b[^)]*\)$|^(?:getty images|ap photo|afp|reuters|epa)(?:\s*\/.*)?$/i,
  },
  {
    label: 'date',
    rule: 'text:date-line',
    pattern: /^(?:published|updated|posted|last (?:updated|modified)|first published)\b.{0,60}$/i,
  },
  {
    label: 'byline',
    rule: 'text:byline',
    pattern:
      /^[Bb]y\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})*\s*$/u,
  },
];

function words(label: HtmlBlockLabel, list: string): [string, HtmlBlockLabel][] {
  return list.split(' ').map((w) => [w, label]);
}
