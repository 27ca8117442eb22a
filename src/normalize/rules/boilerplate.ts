import { LINE_RULE_WORDS } from '../tuning';
import type { LineRule } from './line-rule';
import { NEWS_LINE_RULES } from './news-lines';

/** A link to an author's posts ending a line: `View all posts by Daniel Lemire`, `Zeige alle Beiträge von ...`. */
const AUTHOR_ARCHIVE_LINK =
  /(?:^|[.!?)]\s+|\s)(?:(?:view|see|read|show|browse) all (?:posts|articles|stories|entries)|zeige alle (?:beiträge|artikel)) (?:by|from|von) (\S.*)$/i;
/** `More by J.O. Haselhoef` alone, or after the bio it closes (`More from ...` is a section's link list: see `line:navigation`). */
const MORE_BY = /(?:^|[.!?)]\s+)(?:find |see |read )?more by (\S.*)$/i;
/** One to four capitalized words: a person's name (a final full stop allowed). */
const NAME_WORDS = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}\.?$/u;

/** Whether `pattern` ends the line with a link whose last group is a name. */
function endsWithNameLink(text: string, pattern: RegExp): boolean {
  const m = pattern.exec(text);
  return m !== null && NAME_WORDS.test(m[1]!);
}

export type { LineRule, LineView } from './line-rule';

/** One ad label, and a run of them (`Advertisement Continue reading the main story`). */
const AD_LABEL =
  '(?:advertisement|advertisements|advertising|ad|sponsored|sponsored content|paid content|promoted|partner content|story continue[sd] below(?: advertisement)?|continue reading (?:the )?(?:main )?(?:story|article)(?: below)?|article continues (?:below|after advertisement)|report this ad)';
const AD_SEQUENCE = new RegExp(`^${AD_LABEL}(?:[\\s.:-]+${AD_LABEL}){0,3}[\\s.:-]*$`, 'i');
/** What pays a site, disclosed (see `line:affiliate`). */
const AFFILIATE_DISCLOSURE =
  /\b(?:participa(?:tes?|nts?|ting) in the amazon (?:services llc )?associates?(?: program)?|earns? (?:revenue|(?:a |an )?(?:small )?commissions?|fees) (?:from|on) qualifying purchases|(?:contains|includes) (?:references to products from (?:one or more of )?our advertisers|affiliate links|sponsored links)|advertisers? (?:do|does) not influence|we (?:occasionally |sometimes |may )?(?:get|are|be) sponsored by|(?:see|read) (?:our |the )?advertising disclosure|the advertising disclaimer)\b/i;

/** A site promising mail (see `line:newsletter`). */
const MAIL_PROMISE =
  /\b(?:delivered to (?:your|their) inbox(?:es)?|(?:articles|stories|news|links|tips|recipes|insights|posts|content|reads|headlines)\b[^.]{0,40}\bdelivered (?:weekly|daily|every (?:week|day|morning))|get (?:regular |weekly |daily )?updates on (?:the |our )?latest|send me (?:an )?e-?mail (?:for |on |about )?every new post)\b/i;

/** A page's notice of its own cookies, from its first words (see `line:cookie-notice`). */
const COOKIE_NOTICE =
  /^(?:(?:we|this (?:web)?site|our (?:web)?site|this page) (?:uses?|may use|also uses?) cookies\b|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site\b[^.]{0,80}\bcookies\b|(?:this (?:web)?site|we) (?:stores?|places?) cookies\b|by (?:clicking|choosing|selecting|pressing|tapping)\b[^.]{0,60}\b(?:consent|agree)\b[^.]{0,60}\bcookies\b)/i;

const YOU = /\b(you|your|you're|you've|you'll|us|our|we|we're)\b/i;

/**
 * Whether a line asks the reader for money (`To our fans, your contribution will allow us to continue ...`, `Thank
 * you for supporting LA Weekly and our advertisers.`): a word of giving, said to the reader (`you`, `your`) about
 * the site's work, or said by the site (`we`, `our`) about its journalism. Reported speech is the story's: a line
 * with a quotation mark or `said` is never an appeal (issue 12: `"... organizations like DFA from supporting the
 * president ...`, `Belanger said the objective of the bill is to "pay tribute to all the women ... contributed ..."`).
 */
function isDonationAppeal(text: string): boolean {
  if (!/\b(donat(e|es|ed|ing|ion|ions)|contribut(e|ion|ions)|support(ing)? us|supporting|gift)\b/i.test(text))
    return false;
  if (/["“”]|\b(said|says|told)\b/.test(text)) return false;
  return (
    (/\b(you|your)\b/i.test(text) &&
      /\b(journalism|reporting|work|us|our|free|monthly|one-time|recurring|amount|today|independent)\b/i.test(text)) ||
    (YOU.test(text) && /\b(journalism|reporting|newsroom|independent|monthly|one-time|recurring)\b/i.test(text)) ||
    /\bpowered (primarily |mainly |largely )?(by|through) (donations|readers|your)\b/i.test(text)
  );
}

/** A notice that forbids reprinting. */
const REPRINT_NOTICE =
  /\b(without (the )?(prior |express )?written (permission|consent)|copyrighted property of|may not be (reproduced|republished|redistributed|rewritten|reprinted|copied)|(reuse|republish|reproduce|syndicate) (any|our) (content|material|articles|stories)\b[^.]{0,120}\bpermission)\b/i;

/** Whole-line labels of navigation widgets. */
const NAV_LINE =
  /^(read more|read next|more articles|more stories|more news|most popular|most read|most viewed|latest headlines|latest news|latest stories|top stories|related|related (articles|stories|coverage|content|topics|news)|recommended( for you| stories| reading)?|trending( now| stories)?|see also|also read|also see|back to top|return to homepage|next article|previous article|next story|editor'?s picks|what to read next|more from [^.]{1,40}|more on (this|that) story|in other news|popular now|further reading|about us|contact us|sections|menu|home|search|skip to (main )?content|skip navigation|related posts|on this page|shortcuts|table of contents|contents|you are here|you might( also)? like|you may( also)? like|more stories you may have missed)\b[\s:>»›-]*$/i;

/** Headings of story lists: `Trending Nationally`, `More in Local News`, `Latest Articles`, `Most Popular This Week`. */
const LIST_HEADING =
  /^(trending|latest|recent|more|most popular|most read|most viewed|popular|top|related|featured)( (in|on|from)( [A-Z][\w&.'-]*){1,3}| (stories|articles|news|posts|tutorials|videos|headlines|reads|nationally|now|this week|today|on))+[\s:>»›-]*$/i;

/**
 * The default line rules, in the order they are tried. The first rule that
 * matches a line decides its reason.
 *
 * @internal
 */
export const LINE_RULES: readonly LineRule[] = [
  {
    id: 'line:advertisement',
    cues: {
      words: [
        'advertisement',
        'advertisements',
        'advertising',
        'ad',
        'sponsored',
        'paid',
        'promoted',
        'partner',
        'story',
        'continue',
        'article',
        'report',
      ],
    },
    reason: 'boilerplate:ad',
    // Ad slots sit between the story's paragraphs: one never marks where the story ends.
    inline: true,
    test: (l) => l.words <= LINE_RULE_WORDS.advertisement && AD_SEQUENCE.test(l.text),
  },
  {
    id: 'line:affiliate',
    cues: {
      words: [
        'affiliate',
        'buy',
        'purchase',
        'shop',
        'commission',
        'supported',
        'amazon',
        'qualifying',
        'advertisers',
        'advertising',
        'sponsored',
      ],
    },
    reason: 'boilerplate:ad',
    maxWords: LINE_RULE_WORDS.affiliateDisclosure,
    test: (l) =>
      (l.words <= LINE_RULE_WORDS.affiliate &&
        /\b(affiliate (commission|links?)|when you (buy|purchase|shop) (through|via|using) (links|our links)|we may (earn|receive) (a |an )?(small )?(affiliate )?commission|(is|are) supported by (its|their|our) (audience|readers))\b/i.test(
          l.text,
        )) ||
      // A site's disclosure of what pays it: `This site participates in the Amazon Associate program and earns
      // revenue from qualifying purchases`, `This post contains references to products from one or more of our
      // advertisers`, `advertisers do not influence our picks`, `We occasionally get sponsored by products`,
      // `Please see Advertising Disclosure in sidebar` (trafilatura-eval: publishedreporter.com-Hottest,
      // royalroad.com.melas, thepointsguy.com.alaska, thebalance.com.coinbase, flawlessfood.co.uk.olive). Never
      // reported speech (`The company said advertisers do not influence ...`).
      (l.words <= LINE_RULE_WORDS.affiliateDisclosure &&
        AFFILIATE_DISCLOSURE.test(l.text) &&
        !/\b(said|says|told)\b/i.test(l.text)),
  },
  {
    id: 'line:paywall-count',
    cues: { words: ['read', 'reached', 'used', 'free', 'left', 'remaining'] },
    reason: 'boilerplate:paywall',
    terminator: true,
    test: (l) =>
      /\byou('ve| have) (read|reached|used)\b[^.]{0,40}\b(free )?(articles?|stories|story)\b/i.test(l.text) ||
      /\b\d+ (of|out of) \d+ free (articles?|stories)\b/i.test(l.text) ||
      /\b(free articles?|stories) (left|remaining)\b/i.test(l.text),
  },
  {
    id: 'line:paywall-prompt',
    cues: { words: ['reading', 'already', 'access', 'subscribers', 'members', 'subscriptions', 'subscription', 'pay'] },
    reason: 'boilerplate:paywall',
    test: (l) =>
      l.words <= LINE_RULE_WORDS.paywallPrompt &&
      (/\b(subscribe|log ?in|sign ?in|register) to (continue|keep) reading\b/i.test(l.text) ||
        // A pass offer (issue 12): `7-Day Access and Monthly`, `Subscriptions also available ...`, `Read Now, Pay
        // Later - no upfront`.
        /\b\d+-(hour|day|week|month) access\b|\bsubscriptions? (also )?available\b|\bread now,? pay later\b/i.test(
          l.text,
        ) ||
        /\balready (a subscriber|have an account)\b/i.test(l.text) ||
        (l.words <= LINE_RULE_WORDS.accessOffer &&
          /^(get )?(instant|immediate|unlimited|full) (online )?access to\b/i.test(l.text)) ||
        /\bthis (article|content|story) is (for|available to) (subscribers|members)\b/i.test(l.text)),
  },
  {
    // A cookie consent banner, however long (`We use cookies and other tracking technologies to improve your browsing
    // experience on our site, ... please read our Cookie Policy. ...`, 62 words, trafilatura-eval
    // theverge.com.ios13, where it was read as the story's first paragraph and the story itself as trailing
    // furniture). The page speaks of its own cookies from the first words; a story about cookies names who uses them.
    id: 'line:cookie-notice',
    cues: { words: ['cookies', 'cookie'] },
    reason: 'boilerplate:legal',
    maxWords: LINE_RULE_WORDS.cookieNotice,
    test: (l) => COOKIE_NOTICE.test(l.text),
  },
  {
    id: 'line:browser-notice',
    cues: {
      words: [
        'supported',
        'enable',
        'disable',
        'update',
        'upgrade',
        'experience',
        'unsupported',
        'turn',
        'whitelist',
        'allow',
        'require',
        'requires',
        'limited',
        'notifications',
        'using',
      ],
    },
    reason: 'boilerplate:browser',
    test: (l) =>
      // The page telling the reader about their browser, at any length a line of furniture has: `Thank you for
      // visiting nature.com. You are using a browser version with limited support for CSS. ...` (55 words;
      // trafilatura-eval nature.com.telescope).
      /\byou are using (a|an) (browser|outdated browser|older browser|unsupported browser)\b/i.test(l.text) ||
      (l.words <= LINE_RULE_WORDS.browserNotice &&
        ((/\b(browser|javascript|cookies?|ad ?blocker|IE ?\d+|internet explorer)\b/i.test(l.text) &&
          /\b(not supported|no longer supported|limited support|enable|disable|update|upgrade|optimal experience|best experience|unsupported|turn (off|on)|whitelist|allow|requires? javascript)\b/i.test(
            l.text,
          )) ||
          // A site asking to notify: `POPSUGAR Would Like To Send You Push Notifications.` (trafilatura-eval
          // popsugar.co.uk.halloween).
          /\bwould like to send you (push )?notifications\b/i.test(l.text))),
  },
  {
    id: 'line:newsletter',
    cues: {
      words: [
        'sign*',
        'subscribe',
        'register',
        'newsletter',
        'newsletters',
        'inbox',
        'mailbox',
        'unsubscribe',
        'spam',
        'clicking',
        'delivered',
        'every',
        'weekday',
        'weekly',
        'inboxes',
        'updates',
        'post',
      ],
    },
    reason: 'boilerplate:newsletter',
    test: (l) =>
      l.words <= LINE_RULE_WORDS.newsletter &&
      ((/\b(sign(ing)? ?up|subscribe|register)\b/i.test(l.text) &&
        /\b(newsletters?|e-?mails?|inbox|alerts|updates|briefing|digest)\b/i.test(l.text)) ||
        /\b(our|free|daily|weekly|morning|evening)\b[^.]{0,30}\bnewsletters?\b/i.test(l.text) ||
        /\b(in|to|into) your (inbox|mailbox)\b/i.test(l.text) ||
        /\b(unsubscribe at any time|no spam)\b/i.test(l.text) ||
        /\bby clicking\b[^.]{0,40}\b(consent|agree)\b/i.test(l.text) ||
        /^sign up (to|for) (get|receive|our)\b/i.test(l.text) ||
        // `Breaking News Emails Get breaking news alerts and special reports. ... delivered weekday mornings.`
        (/\b(get|receive) [^.]{0,30}\b(alerts|newsletters?|e-?mails?)\b/i.test(l.text) &&
          /\b(delivered|every (morning|day|week)|weekday|weekly)\b/i.test(l.text)) ||
        (l.words <= LINE_RULE_WORDS.newsletterLabel && !l.terminal && /\bnewsletters?\b/i.test(l.text)) ||
        // A promise of mail (trafilatura-eval, among the pages' `without` snippets): `... links delivered to their
        // inboxes every week` (schneems.com.rubocop), `World-class articles, delivered weekly.` (toptal.com.python),
        // `Get regular updates on the latest tutorials, offers & news at Statistics Globe.` (statisticsglobe.com.ggplot2),
        // `Send me email every new post.` (foxyfolksy.com.buttercream). Never reported speech.
        (MAIL_PROMISE.test(l.text) && !/\b(said|says|told)\b/i.test(l.text))),
  },
  {
    id: 'line:legal',
    cues: {
      words: [
        'privacy',
        'terms',
        'cookie',
        'reserved',
        'submitting',
        'imply',
        'reflect',
        'expressed',
        'disclosure',
        'disclaimer',
        'final',
        'compensation',
        'responsible',
        'advice',
      ],
    },
    reason: 'boilerplate:legal',
    test: (l) =>
      (l.words <= LINE_RULE_WORDS.legal &&
        (/\b(privacy (policy|notice|statement)|terms (of|and) (use|service|conditions)|cookie policy|all rights reserved)\b/i.test(
          l.text,
        ) ||
          // `Note: By submitting this form, you agree to Third Door Media's terms . We respect your privacy .` (issue 12)
          /\bby submitting this (form|comment|information)\b[^.]{0,40}\byou agree\b/i.test(l.text))) ||
      // A disclaimer (issue 12): `The designations employed ... on the map do not imply the expression of any
      // opinion whatsoever on the part of UNFPA ...`, `The views expressed here are those of the author ...`.
      (l.words <= LINE_RULE_WORDS.disclaimer &&
        (/\b(?:do|does) not (?:necessarily )?(?:imply|reflect|represent) (?:the )?(?:expression of any )?(?:opinions?|views?|positions?|official polic(?:y|ies))\b/i.test(
          l.text,
        ) ||
          // `Disclosure: The author has no positions in any stocks mentioned, ...`, `The author ... is not receiving
          // compensation for it (other than from Seeking Alpha).`, `This text may not be in its final form ...`.
          /^(?:disclosure|disclaimer)\s*:/i.test(l.text) ||
          /\b(?:is|are) not receiving compensation for it\b|\bmay not be in (?:its|their) final form\b/i.test(l.text) ||
          /\b(?:views|opinions)(?: and opinions)? expressed (?:here(?:in)?|in this (?:article|column|commentary|piece|post)|are (?:solely )?(?:those|the author))/i.test(
            l.text,
          ) ||
          // `NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.`,
          // `The Postpartum Party does not offer medical advice, services, or treatments to its clients.`: a site's
          // notice, never reported speech (`..., the company said`).
          ((/\b(?:is|are) not responsible for (?:the )?(?:opinions|views)\b/i.test(l.text) ||
            /\b(?:does|do) not (?:offer|provide|give|constitute)(?: any)? (?:professional )?medical advice\b|\bnot (?:intended (?:to be |as )?)?a substitute for (?:professional )?medical advice\b/i.test(
              l.text,
            )) &&
            !/\b(?:said|says|told|according to)\b/i.test(l.text)))),
  },
  {
    id: 'line:donation',
    cues: { words: ['dona*', 'contribut*', 'support', 'supporting', 'gift', 'help', 'become', 'ready'] },
    reason: 'boilerplate:donation',
    test: (l) =>
      l.words <= LINE_RULE_WORDS.donation &&
      (isDonationAppeal(l.text) ||
        (l.words <= LINE_RULE_WORDS.donationCall &&
          /^(please )?(support|donate|help keep|help fund|help support|become a (member|supporter))\b/i.test(l.text)) ||
        (l.words <= LINE_RULE_WORDS.helpUs &&
          /^(please )?help us (continue|keep|grow|reach|spread|fund|bring)\b/i.test(l.text)) ||
        /\bnot ready to (support|donate|give)\b/i.test(l.text) ||
        /\b(rely|depend)s? on (your|reader|readers'?) support\b/i.test(l.text) ||
        /\bhelp support (our|independent|local) (journalism|reporting|newsroom)\b/i.test(l.text)),
  },
  {
    id: 'line:subscription',
    cues: { words: ['subscri*', 'start', 'get', 'become', 'already'] },
    reason: 'boilerplate:subscription',
    test: (l) =>
      (l.words <= LINE_RULE_WORDS.subscription &&
        (/^(subscribe|start your (free )?(trial|subscription)|get (unlimited|full|digital) access|become a subscriber|subscribe now|subscribe today)\b/i.test(
          l.text,
        ) ||
          (/\bsubscri(be|ption|bers?)\b/i.test(l.text) &&
            // `\$\d` outside the word boundaries: `Subscribe for just $3 a month` has no boundary before the `$`.
            (/\b(today|now|unlimited access|(per|a) (month|week|year)|special offer|to continue)\b/i.test(l.text) ||
              /\$\d/.test(l.text))))) ||
      // A paywall box flattened into one line: `Support our journalism Already a subscriber? ... please consider subscribing today.`
      (l.words <= LINE_RULE_WORDS.paywallBox &&
        /\balready an? (subscriber|member)\?/i.test(l.text) &&
        /\bsubscri(be|bing|ption)\b/i.test(l.text)),
  },
  {
    id: 'line:feedback',
    cues: { words: ['was', 'is', 'did', 'editor', 'give', 'tell', 'send', 'report', 'rate'] },
    reason: 'boilerplate:feedback',
    test: (l) =>
      l.words <= LINE_RULE_WORDS.feedback &&
      (/^(was|is|did) (this|the) (article|story|page|information)\b[^.]{0,30}\?$/i.test(l.text) ||
        /\b(submit|send|write) (a |your )?letters? to the editor\b/i.test(l.text) ||
        /\b(give us another try|give us (your )?feedback|tell us what you think|send us (your )?feedback|report (an error|a typo|a correction)|rate this (article|story))\b/i.test(
          l.text,
        )),
  },
  {
    id: 'line:share',
    cues: {
      words: [
        'qr',
        'share',
        'tweet',
        'copy',
        'link',
        'print',
        'email',
        'e',
        'comment',
        'comments',
        'facebook',
        'twitter',
        'whatsapp',
        'linkedin',
        'reddit',
        'telegram',
        'pinterest',
        'flipboard',
      ],
    },
    reason: 'boilerplate:share',
    test: (l) =>
      l.words <= LINE_RULE_WORDS.share &&
      (/\bQR code\b/i.test(l.text) ||
        /^(share|share this( article| story| page)?|share on [a-z]+|tweet|copy link|link copied|print|email|e-mail|comments?|facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|flipboard)([\s,|/]+(share|tweet|print|email|e-mail|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|flipboard|copy link))*[\s:]*$/i.test(
          l.text,
        )),
  },
  {
    id: 'line:account',
    cues: { words: ['sign', 'log', 'create', 'my', 'register'] },
    reason: 'boilerplate:navigation',
    test: (l) =>
      l.words <= LINE_RULE_WORDS.account &&
      /^(sign|log) (in|out|up)\b|^(create an account|my account|register now)\b/i.test(l.text),
  },
  {
    id: 'line:comments',
    cues: {
      words: [
        'comment',
        'comments',
        'reply',
        'response',
        'responses',
        'replies',
        'discussion',
        'conversation',
        'akismet',
        'notify',
        'published',
        'marked',
        'thought',
        'thoughts',
        'enter',
      ],
    },
    reason: 'boilerplate:feedback',
    test: (l) =>
      (l.words <= LINE_RULE_WORDS.comments &&
        (/^(leave a (reply|comment)|post a comment|add a comment|recent comments|view comments|show comments|comments? \(\d+\)|\d+ (responses?|comments?|replies) to\b|join the (discussion|conversation))/i.test(
          l.text,
        ) ||
          // A comment thread's heading: `20 thoughts on “Amazon Liable ...”`, `One response to "..."`. A bare count
          // (`40 comments`) is left to the block rules: teaser lists carry one under each headline.
          /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (thoughts?|responses?|comments?|replies|reactions) (on|to) ["“'‘]/i.test(
            l.text,
          ) ||
          // A comment form's prompts: `Please enter your name here`, `Please enter your comment!`.
          /^please enter your (name|comment|e-?mail(?: address)?|website)\b[^.]{0,12}[.!]?$/i.test(l.text) ||
          // A comment section's call: `Share your thoughts and debate the big issues`, `Be part of the conversation`
          // (trafilatura-eval independent.co.uk.penalty, standard.co.uk.caribbean).
          (l.words <= LINE_RULE_WORDS.commentCall &&
            /^(share your thoughts|be part of the conversation|join the debate)\b/i.test(l.text)) ||
          /\b(uses akismet|comment data is processed)\b/i.test(l.text) ||
          /^notify me\b[^.]{0,40}\b(comments?|posts?|replies|e-?mail)\b/i.test(l.text) ||
          /\b(log ?in|sign ?in|register)\b[^.]{0,20}\bto (leave|post|add|write) a comment\b/i.test(l.text) ||
          /\b(your email address will not be published|required fields are marked|comments? (are|is) (closed|moderated)|comments under pseudonym)\b/i.test(
            l.text,
          ))) ||
      // A comment policy, up to its own length, an item of a numbered one too: `We welcome reader comments ...`,
      // `We ask that comments are civil ...`, `Please understand that comments are moderated and it is not always
      // possible to publish all that have been submitted. ...` (trafilatura-eval jamaicaobserver.com-attacks),
      // `4. Comments under pseudonym are allowed but ...` (verfassungsblog.de.expertinnen).
      (l.words <= LINE_RULE_WORDS.commentPolicy &&
        /^(\d+\.\s+)?(we|please|comments?|all comments|readers?|note)\b/i.test(l.text) &&
        /\b(reader comments|comments? (are|is|will be|may be) (moderated|reviewed|republished|published|removed|deleted)|(ask|require) that comments|comments (must|should) (be|stay|remain)|comments under pseudonym)\b/i.test(
          l.text,
        )),
  },
  {
    id: 'line:site-footer',
    cues: {
      words: [
        'copyright',
        'copyleft',
        'written',
        'copyrighted',
        'reproduced',
        'republished',
        'redistributed',
        'rewritten',
        'reprinted',
        'copied',
        'permission',
        'powered',
        'theme',
        'built',
        'code',
        'editorial',
        'standards',
        'available',
        'licensed',
        'reserved',
        'sell',
      ],
      chars: '(©',
    },
    reason: 'boilerplate:legal',
    test: (l) =>
      // A copyright or reprint notice can run long (`Copyright © 2019 Salon.com, LLC. Reproduction of material ...`).
      (/^(copyright\b|copyleft\b|\(c\)|©)/i.test(l.text) &&
        (l.words <= LINE_RULE_WORDS.siteFooter ||
          (l.words <= LINE_RULE_WORDS.siteFooterNotice && /©|\(c\)|\b(19|20)\d\d\b/i.test(l.text)))) ||
      (l.words <= LINE_RULE_WORDS.siteFooterNotice && REPRINT_NOTICE.test(l.text)) ||
      (l.words <= LINE_RULE_WORDS.siteFooter &&
        // The name after it is capitalized (`Powered by WordPress`): `... the catalytic cell powered by electricity`
        // is a sentence (issue 12).
        (/\b(?:[Pp]owered by|[Pp]roudly powered|[Tt]heme by|[Bb]uilt with|POWERED BY|THEME BY) [A-Z0-9]/.test(l.text) ||
          // A footer in lower case is the whole line: `powered by eve community`.
          (l.words <= LINE_RULE_WORDS.poweredByLine &&
            /^(?:powered by|proudly powered by|theme by|built with) /i.test(l.text)) ||
          /^(code of conduct|editorial (ethics|standards|guidelines|policy|policies)|our standards\s*:)/i.test(
            l.text,
          ) ||
          /\bcontent is available under\b/i.test(l.text) ||
          /\b(all (content|rights|material) (is |are )?(licensed|reserved)|do not sell my (personal )?(information|data)|licensed under a creative commons)\b/i.test(
            l.text,
          ))),
  },
  {
    id: 'line:post-meta',
    cues: {
      words: [
        'posted',
        'permalink',
        'published',
        'updated',
        'last',
        'filed',
        'tagged',
        'tags',
        'categories',
        'category',
        'next',
        'previous',
        'prev',
        'older',
        'newer',
        'read',
        'reading',
        'release',
        'publication',
      ],
    },
    reason: 'boilerplate:navigation',
    test: (l) =>
      l.words <= LINE_RULE_WORDS.postMeta &&
      (/^this (entry|post) was posted\b/i.test(l.text) ||
        /\bbookmark the permalink\b/i.test(l.text) ||
        /^(posted|published|updated|last (modified|updated)|filed under|tagged|tags|categories|category)\s*(on|in|by|:)/i.test(
          l.text,
        ) ||
        /^(next|previous|prev|older|newer)( post| article| story)?\s*:/i.test(l.text) ||
        // A date's label alone, its value elsewhere on the page (`Release Date:`); with its value (`Release Date:
        // January 6, 2004`) it may be a listed item's, as in a catalogue.
        /^(release|publication) date\s*:$/i.test(l.text) ||
        (l.words <= LINE_RULE_WORDS.filedUnder && /^filed under\b/i.test(l.text)) ||
        (l.words <= LINE_RULE_WORDS.olderNewerPosts && /^(newer|older) posts?\b/i.test(l.text)) ||
        (l.words <= LINE_RULE_WORDS.previousNextLink &&
          /^(previous|next) (article|post|story)(?=\p{Lu})/u.test(l.text)) ||
        // `By Amelie Nishizawa Feb 8, 2020 5 min read`; `Estimated reading time: 6 minutes` (trafilatura-eval
        // docs.docker.com.install).
        (l.words <= LINE_RULE_WORDS.readingTime &&
          (/\b\d+[- ]min(ute)?s? read$/i.test(l.text) ||
            /^(?:estimated )?reading time\s*:?\s*\d+\s*min(?:ute)?s?\.?$/i.test(l.text)))),
  },
  {
    // An author box's link to the author's other posts, alone or after the bio it closes: `Latest posts by Amy
    // Motroni (see all)`, `More by J.O. Haselhoef`, `A computer science professor at the University of Quebec
    // (TELUQ). View all posts by Daniel Lemire`, `Life is not digital. ... Zeige alle Beiträge von Cem Basman`.
    id: 'line:author-archive',
    cues: { words: ['posts', 'articles', 'stories', 'entries', 'more', 'zeige', 'profile'] },
    reason: 'boilerplate:navigation',
    test: (l) =>
      l.words <= LINE_RULE_WORDS.authorArchive &&
      (/^latest (?:posts|articles|stories) (?:by|from) .{2,60} \(see all\)$/i.test(l.text) ||
        // Blogger's profile box: `View my complete profile` (trafilatura-eval emacspeak.blogspot.com.meta).
        /^view my complete profile$/i.test(l.text) ||
        endsWithNameLink(l.text, AUTHOR_ARCHIVE_LINK) ||
        endsWithNameLink(l.text, MORE_BY)),
  },
  {
    id: 'line:follow',
    cues: { words: ['follow', 'share', 'connect', 'stay', 'latest', 'receive', 'sign', 'like', 'find', 'join'] },
    reason: 'boilerplate:share',
    test: (l) =>
      l.words <= LINE_RULE_WORDS.follow &&
      // `LIKE US ON FACEBOOK: Our Lone Star Politics page brings Capitol news to your Facebook feed` (issue 12).
      (/^(?:like|find|join) us on (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads)\b/i.test(l.text) ||
        /^follow (us|me|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}) on (twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|mastodon)\b/i.test(
          l.text,
        ) ||
        /\bshare (to|on) (facebook|twitter|pinterest|linkedin|whatsapp|email)/i.test(l.text) ||
        /^connect with (us|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})$/i.test(l.text) ||
        /\b(stay up[- ]to[- ]date|get the latest news|receive (a|our) (daily|weekly)|sign up here)\b/i.test(l.text)),
  },
  {
    id: 'line:letter-opening',
    cues: { words: ['dear', 'a', 'an'] },
    reason: 'boilerplate:promo',
    terminator: true,
    test: (l) =>
      l.words <= LINE_RULE_WORDS.letterOpening &&
      (/^dear (readers?|subscribers?|friends?|members?|supporters?)\b[\s,:!]*$/i.test(l.text) ||
        /^an? (message|note|letter|word) from\b/i.test(l.text)),
  },
  {
    id: 'line:navigation',
    cues: {
      words: [
        'read',
        'more',
        'most',
        'latest',
        'top',
        'related',
        'recommended',
        'trending',
        'see',
        'also',
        'back',
        'return',
        'next',
        'previous',
        'editor',
        'editors',
        'what',
        'in',
        'popular',
        'further',
        'about',
        'contact',
        'sections',
        'menu',
        'home',
        'search',
        'skip',
        'on',
        'shortcuts',
        'table',
        'contents',
        'you',
        'recent',
        'featured',
      ],
    },
    reason: 'boilerplate:navigation',
    terminator: true,
    test: (l) => l.words <= LINE_RULE_WORDS.navigation && (NAV_LINE.test(l.text) || LIST_HEADING.test(l.text)),
  },
  {
    // A link to another story: `Read more: Looted colonial art`, `READ MORE ABOUT X`, `See also: ...`.
    id: 'line:link',
    cues: { words: ['read', 'also', 'see', 'related', 'more', 'watch', 'listen'] },
    reason: 'boilerplate:navigation',
    test: (l) =>
      l.words <= LINE_RULE_WORDS.link &&
      /^(read (more|also|next|further|the latest)|also read|see also|related( story| article)?|more (on|about) this|watch|listen)(\s*:|\s+(about|from|on)\b)\s*\S/i.test(
        l.text,
      ),
  },
  {
    id: 'line:app',
    cues: { words: ['download'] },
    reason: 'boilerplate:promo',
    test: (l) => l.words <= LINE_RULE_WORDS.app && /\bdownload (the|our) [^.]{0,40}\bapps?\b/i.test(l.text),
  },
  {
    id: 'line:call-to-action',
    cues: {
      words: [
        'get',
        'download',
        'follow',
        'watch',
        'listen',
        'join',
        'try',
        'sign',
        'click',
        'tap',
        'remind',
        'explore',
        'discover',
        'read',
        'see',
        'view',
        'load',
        'show',
        'continue',
        'scroll',
      ],
    },
    reason: 'boilerplate:promo',
    test: (l) =>
      l.words <= LINE_RULE_WORDS.callToAction &&
      !/[.]$/.test(l.text) &&
      /^(get|download|follow|watch|listen|join|try|sign up|click|tap|remind me|explore|discover|read this|see more|view (more|all)|load more|show more|continue|scroll (down )?to)\b/i.test(
        l.text,
      ),
  },
  ...NEWS_LINE_RULES,
];
