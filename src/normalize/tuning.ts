/**
 * Every threshold of the normalize stage, in one place (as trafilatura keeps
 * its settings), each with where it comes from: fitted on which development
 * data, reasoned how, or hand-set. "Hand-set, not fitted" marks a bound chosen
 * with the first version of a rule (commit 2bbfbb8, checked on the seed
 * articles only) and never measured since: a candidate for fitting.
 *
 * The development data named here: the CleanEval development set (58 pages),
 * the English trafilatura evaluation pages (171), and the Multi-News
 * development sample (`multi-news-dev`, 690 documents, 187 labelled; issue 12).
 *
 * @packageDocumentation
 */

/** Lines of page furniture recognized one at a time (step 2). @internal */
export const LINE_FURNITURE = Object.freeze({
  /**
   * Longest line a line rule looks at, in words, unless the rule sets its own
   * `maxWords`. Reasoned: furniture is short; a long paragraph is never one
   * line of it. Hand-set, not fitted.
   */
  maxWords: 60,
  /**
   * Longest line read as a date or time stamp, in characters. Hand-set, not
   * fitted (a date with a weekday, a time and a short trail runs under 60).
   */
  maxDateLineChars: 100,
} as const);

/** Fragments: a few words without sentence punctuation (a label, a button, a subheading). @internal */
export const FRAGMENT = Object.freeze({
  /** Most words of a fragment. Hand-set, not fitted. */
  maxWords: 3,
  /** Most characters of a fragment (fewer than 40). Hand-set, not fitted. */
  maxChars: 39,
  /**
   * Fewest words of a removed notice whose lower-case continuation on the next line goes with it (step 9): a cut
   * sentence, not a label. Reasoned; the cut notice of multi-news-dev (a map disclaimer) holds 58 words.
   */
  minCutSentenceWords: 6,
} as const);

/** The header zone: title, dek, story highlights and captions before the lede (steps 4 and 6). @internal */
export const HEADER = Object.freeze({
  /** Longest title, in words. Hand-set, not fitted (headlines run 5 to 15 words). */
  maxTitleWords: 30,
  /**
   * Longest dek, in words. Measured: the 15 deks of the Multi-News dev labels
   * (issue 12) run 4 to 39 words; a longer line before a byline is the lede
   * or a paragraph of prose.
   */
  maxDekWords: 50,
  /**
   * Fewest words of a line read as a dek for lacking sentence punctuation.
   * Reasoned: shorter lines are fragments (`$13 million`, a subheading) that
   * the fragment pass judges; the shortest dek measured is a score of four
   * words (`HEAT 121, THUNDER 106`).
   */
  minUnpunctuatedDekWords: 4,
  /**
   * Most lines without sentence punctuation between the title and the lede
   * that are read as its header (dek, story highlights, kicker, a second
   * title). Measured: CNN's story highlights are three lines; a longer run is
   * a list (credits, lyrics, a table) and stays for the other passes.
   */
  maxHeaderLines: 4,
  /** Body lines from the top in which a highlights label (`Story Highlights`) is looked for. Reasoned: the box sits by the headline and its picture. */
  maxHighlightsLine: 3,
  /** Most sentences of a dek found by what follows it (a byline) or by the body repeating it. Hand-set, not fitted. */
  maxDekSentences: 3,
  /**
   * Most lines of a block whose lines before the lede are read as a picture's
   * caption text because the block holds a caption or a photo credit (rule
   * `block:caption-text`). Measured: such blocks run 3 to 9 lines in the seeds
   * and tests; a text without blank lines (Readability's `textContent`) is one
   * block of the whole article, 19 to 56 lines on the 4 development pages where
   * its whole body became a caption (issue 16).
   */
  maxCaptionBlockLines: 12,
} as const);

/** A line whose sentences a later line repeats (a dek the lede restates). @internal */
export const REPEATED = Object.freeze({
  /** Body lines after the line that are searched for the repeat. Hand-set, not fitted (the lede follows the dek closely). */
  lookaheadLines: 6,
  /** Fewest word pairs of a sentence for it to count. Hand-set, not fitted (shorter sentences repeat by chance). */
  minPairs: 3,
  /** Share of a sentence's word pairs a later line must contain. Hand-set, not fitted. */
  minPairShare: 0.6,
  /** Share of the line's sentences that must be repeated (at least half). Hand-set, not fitted. */
  minSentenceShare: 0.5,
} as const);

/** The trailing zone: the outlet's furniture after the story (step 8). @internal */
export const TAIL = Object.freeze({
  /**
   * Body words that must come before a trailing zone can start. Fitted on the
   * trafilatura evaluation pages and CleanEval dev (commit 4ae9acd: body kept
   * 91.6% -> 96.1%, CleanEval F1 0.930): navigation menus at the top of a page
   * are not a tail.
   */
  minStoryWords: 60,
  /**
   * Share of the rest that must be furniture after a weak start (one line of
   * furniture). Fitted on CleanEval dev (commit 96fa2d9, F1 0.597 -> 0.926).
   */
  weakFurnitureShare: 0.5,
  /**
   * Share of the rest that must be furniture after a strong start (a credit
   * line, a letter to readers, a paywall, navigation). Fitted on CleanEval dev
   * (commit 96fa2d9).
   */
  strongFurnitureShare: 0.3,
  /** Fewest words of a line that can continue the story. Hand-set, not fitted. */
  minTopicalWords: 5,
  /** Share of a line's content stems found in the story so far for it to continue the story. Hand-set, not fitted (about a third). */
  minTopicalShare: 0.34,
  /** Fewest content stems shared with the story. Hand-set, not fitted. */
  minTopicalSharedStems: 3,
} as const);

/** Lines repeated verbatim (step 10). @internal */
export const DUPLICATES = Object.freeze({
  /** Fewest words of a line reported as a duplicate. Hand-set, not fitted (short labels repeat by design). */
  minWords: 4,
} as const);

/** Diagnostics on the result (step 15). @internal */
export const DIAGNOSTICS = Object.freeze({
  /** Share of the non-space characters kept as body below which `mostly-removed` is reported. Hand-set, not fitted. */
  mostlyRemovedShare: 0.1,
  /** Fewest non-space characters of an input for `mostly-removed` (a short input may be all metadata). Hand-set, not fitted. */
  mostlyRemovedMinChars: 500,
  /** Dropped control characters above which `control-characters` is a warning rather than info. Hand-set, not fitted. */
  controlCharactersWarning: 16,
  /** Share of Latin letters below which `non-latin-script` is reported. Hand-set, not fitted. */
  minLatinShare: 0.8,
} as const);

/** The article's own address among the URLs of the text (step 16). @internal */
export const ARTICLE_URL = Object.freeze({
  /** Fewest title words a URL must contain to be taken as the article's. Hand-set, not fitted. */
  minTitleWords: 3,
} as const);

/**
 * Word limits of the line rules (`rules/boilerplate.ts`, `rules/news-lines.ts`):
 * furniture is short, and each rule looks only at lines up to its limit, so a
 * paragraph that happens to use a rule's words is never taken for furniture.
 * Each limit was hand-set with its rule and checked, not fitted: on the seed
 * articles (commit 2bbfbb8), on the trafilatura evaluation pages' furniture
 * lines (`test/fixtures/web-furniture`; commits 2e407a6, 8c635ea, 18bee89,
 * 2caa9d3, 75053c7, each raising the furniture removed with the body kept
 * unchanged), or on the Multi-News development sample (issue 12: commits
 * ff88e79, 53c1806, 98b0a33). The commit is named on each.
 *
 * @internal
 */
export const LINE_RULE_WORDS = Object.freeze({
  /** A run of ad labels (`Advertisement Continue reading the main story`). Commit ff88e79. */
  advertisement: 12,
  /** An affiliate disclosure. Commit 75053c7. */
  affiliate: 60,
  /** A disclosure of what pays the site (`participates in the Amazon Associates program`): a paragraph of them. */
  affiliateDisclosure: 120,
  /** A prompt to subscribe or sign in to go on reading. Seeds, commit 2bbfbb8. */
  paywallPrompt: 30,
  /** An offer of access (`Get unlimited access to ...`). Commit 2caa9d3. */
  accessOffer: 12,
  /** A browser or JavaScript notice. Seeds, commit 2bbfbb8. */
  browserNotice: 40,
  /** A newsletter prompt. Seeds, commit 2bbfbb8. */
  newsletter: 45,
  /** A newsletter label without punctuation (`Newsletter Signup`). Seeds, commit 2bbfbb8. */
  newsletterLabel: 8,
  /** A legal line (privacy policy, terms of use). Seeds, commit 2bbfbb8. */
  legal: 30,
  /** A disclaimer (`... do not imply the expression of any opinion ...`). Multi-News dev (a map disclaimer of 58 words), issue 12. */
  disclaimer: 80,
  /** A `powered by` footer in lower case (`powered by eve community`). CleanEval dev (page 53): four words. */
  poweredByLine: 6,
  /** A donation appeal. Seeds, commit 2bbfbb8. */
  donation: 60,
  /** A donation call opening the line (`Support us`, `Donate`). Seeds, commit 2bbfbb8. */
  donationCall: 8,
  /** A help-us appeal (`Help us keep ...`). Commit 8c635ea. */
  helpUs: 15,
  /** A subscription offer. Multi-News dev, commit 98b0a33. */
  subscription: 30,
  /** A paywall box flattened into one line (`Already a subscriber? ...`). Multi-News dev, commit 98b0a33. */
  paywallBox: 60,
  /** A feedback prompt. Seeds, commit 2bbfbb8. */
  feedback: 30,
  /** A share bar. Seeds, commit 2bbfbb8. */
  share: 20,
  /** An account line (`Sign in`, `My account`). Commit 8c635ea. */
  account: 15,
  /** A comment widget line. Seeds, commit 2bbfbb8. */
  comments: 30,
  /** A comment policy (`We welcome reader comments ...`). Commit 18bee89. */
  commentPolicy: 60,
  /** A cookie consent banner (`We use cookies and other tracking technologies ...`): the longest seen has 62 words. Reasoned. */
  cookieNotice: 100,
  /** A comment section's call to readers (`Share your thoughts and debate the big issues`). Reasoned. */
  commentCall: 10,
  /** A site footer line (copyright, powered by, licence). Commit 18bee89. */
  siteFooter: 30,
  /** A long copyright or reprint notice. Commit 18bee89. */
  siteFooterNotice: 80,
  /** Post metadata (`Posted in`, `Tags:`). Commit 2e407a6. */
  postMeta: 25,
  /** `Filed under ...` alone. Commit 18bee89. */
  filedUnder: 8,
  /** `Newer posts`, `Older posts`. Commit 2caa9d3. */
  olderNewerPosts: 6,
  /** A glued link to the previous or next article (`Previous articleTrump says ...`). Commit 75053c7. */
  previousNextLink: 20,
  /** A byline with a reading time (`... 5 min read`). Commit 18bee89. */
  readingTime: 15,
  /** A follow or stay-up-to-date prompt. Commit 18bee89. */
  follow: 40,
  /** The opening of a letter to readers (`Dear readers,`). Seeds, commit 2bbfbb8. */
  letterOpening: 8,
  /** A navigation label or list heading. Commit 2caa9d3. */
  navigation: 8,
  /** A link to another story (`Read more: ...`). Commit 18bee89. */
  link: 16,
  /** An app prompt. Commit 75053c7. */
  app: 30,
  /** A call to action (`Click here`, `Watch`). Seeds, commit 2bbfbb8. */
  callToAction: 8,
  /** A share or like line with an address. Multi-News dev, commit 53c1806. */
  shareLink: 40,
  /** A lead text and an address (`For AP's complete coverage ...: http://...`). Multi-News dev, commit ff88e79. */
  urlPointer: 25,
  /** A correction or update note. Multi-News dev, commit ff88e79. */
  correctionNote: 60,
  /** A `Related` teaser with its summary. Multi-News dev, commit 53c1806. */
  relatedTeaser: 60,
  /** A labelled link (`RELATED: ...`). Multi-News dev, commit ff88e79. */
  labelledLink: 32,
  /** The headline after a link label. Multi-News dev, commit ff88e79. */
  linkHeadline: 30,
  /** The headline after a bullet or a label in capitals without a separator. Multi-News dev, commit ff88e79. */
  bulletedHeadline: 25,
  /** The headline after an unknown label in capitals (`LUPICA: ...`). Multi-News dev, commit ff88e79. */
  capsLabelHeadline: 20,
  /** Fewest words of a headline in brackets. Multi-News dev, commit 53c1806. */
  minBracketedLink: 3,
  /** A headline closed by `Read more`. Multi-News dev, commit ff88e79. */
  readMoreSuffix: 30,
  /** A pointer to something elsewhere (`click here`). Multi-News dev, commit ff88e79. */
  pointer: 40,
  /** A contact line (e-mail, phone, handle). Multi-News dev, commit ff88e79. */
  contact: 45,
  /** A name and a phone number or address only. Multi-News dev, commit 98b0a33. */
  nameAndContact: 12,
  /** A breadcrumb (`News > Politics`). Multi-News dev, commit ff88e79. */
  breadcrumb: 10,
  /** A menu of pipes. Multi-News dev, commit ff88e79. */
  pipeMenu: 16,
  /** The lead of a link list (`ALSO:`). Multi-News dev, commit ff88e79. */
  listLead: 7,
  /** A headline and its source in brackets. Multi-News dev, commit ff88e79. */
  sourceLink: 25,
  /** A prompt to comment. Multi-News dev, commit ff88e79. */
  commentPrompt: 40,
  /** A sign-up form flattened into one line (its own `maxWords`). Multi-News dev, commit ff88e79. */
  formWidget: 120,
  /** A share bar with counters. Multi-News dev, commit 98b0a33. */
  shareCount: 20,
  /** A call for readers' material. Multi-News dev, commit 98b0a33. */
  readerCall: 30,
  /** An author's bio line. Multi-News dev, commit 98b0a33. */
  authorBio: 25,
  /** A tags line. Multi-News dev, commit 53c1806. */
  tags: 20,
  /** A publication stamp (`First published 12.08pm`, `Last updated at 6:04 PM on 20th October 2011`). Reasoned (issue 12). */
  timestamp: 14,
  /** An author box closed by a link to the author's posts (`... View all posts by Daniel Lemire`). Reasoned: a bio of two or three sentences. */
  authorArchive: 60,
  /** An author's role line (`Sarah Burns is the lead crime reporter.`, with contact details after it). Reasoned (issue 12). */
  authorRole: 30,
  /** An embedded post's or document's label (`A post shared by ...`, `... on Scribd`). Reasoned (issue 12). */
  embed: 30,
  /** A share widget's label (`Click to email this to a friend (Opens in new window)`). Reasoned (issue 12). */
  shareWidget: 15,
  /** A syndication footer (`Original article on Live Science.`). Reasoned (issue 12): the title it may name is a headline. */
  syndicationNote: 25,
  /** A hat tip in brackets (`(h/t Gawker)`). Reasoned (issue 12): a few names. */
  hatTip: 20,
  /**
   * A note of who funds the story (`This project was produced with support from ...`). Reasoned (issue 12): a
   * sentence naming the funder, and perhaps one more on the outlet's independence (`The AP is solely responsible for
   * all content.`).
   */
  fundingNote: 60,
  /** A broadcast listing (`BBC One, Tuesday, 13 November, at 22:35 GMT`). Reasoned (issue 12): a channel and two or three slots. */
  broadcastListing: 40,
  /** A wiki page's back-matter heading or media link. Reasoned (issue 12): a heading, or a page title in a sentence. */
  wikiBackMatter: 20,
  /** A pointer to another site for more. Reasoned (issue 12): one sentence. */
  sitePointer: 30,
  /** A link to a platform profile (`Star Trek: Axanar Facebook page`). Reasoned (issue 12): a name and a platform. */
  socialLink: 6,
  /** The lead of a resources list (`External ... Resources:`). Reasoned (issue 12): a heading. */
  resourcesLead: 10,
  /**
   * Fewest words of that lead: the subject of the resources is named. CleanEval dev: `General Information:` heads a
   * page's own contact details; multi-news-dev's leads hold 6 and 8 words.
   */
  minResourcesLead: 4,
  /** A pointer to a blog post or story (`Read the blog ...`). Reasoned (issue 12): a headline after the pointer. */
  readPointer: 15,
  /** A credit with a copyright notice (an excerpt's). Reasoned (issue 12): the book, the publisher, the notice. */
  excerptCopyright: 40,
} as const);

/** Other bounds of the news line rules (`rules/news-lines.ts`). @internal */
export const NEWS_LINES = Object.freeze({
  /**
   * Most characters a word of a line the news rules look at (a line of n words
   * has at most 12·n characters). Reasoned: English words average about 6
   * characters with their space; the bound keeps every pattern linear on a
   * hostile line (one 100,000-character word). Commit ff88e79.
   */
  maxCharsPerWord: 12,
  /** Most words besides contact details in a contact-only line (`or`, `phone`). Multi-News dev, commit 53c1806. */
  maxWordsBesideContact: 2,
  /** Share of title-cased words from which a text is a headline in title case. Hand-set, not fitted (commit ff88e79). */
  minTitleCaseShare: 0.6,
  /** Longest form widget line, in characters. Hand-set, not fitted (commit ff88e79). */
  maxFormWidgetChars: 1500,
  /** Fewest distinct form phrases of a form widget line. Reasoned: one or two occur in prose. Commit ff88e79. */
  minFormCues: 3,
} as const);

/**
 * Captions recognized by their shape (`matchCaptionShape`, `hasCaptionMarker`,
 * `looksLikePresentTenseCaption`). Hand-set with the rules (commit 2e7e702,
 * issue 12, checked on the Multi-News development labels), not fitted.
 *
 * @internal
 */
export const CAPTION_SHAPES = Object.freeze({
  /**
   * Longest caption, in characters. Reasoned: a photo caption with its credit
   * is at most a few sentences (about 80 words); 1,000 characters leaves room
   * for long ones and keeps paragraphs of prose that mention a photo out.
   */
  maxChars: 1000,
  /** Fewest words of a caption. Hand-set, not fitted. */
  minWords: 2,
  /** Fewest words of a caption found by its closing credit or a share bar before it. Hand-set, not fitted. */
  minCreditWords: 4,
  /** Most words of a caption found by its photo lead (`In this photo ...`). Hand-set, not fitted. */
  maxPhotoLeadWords: 120,
  /** Fewest words of a one-sentence caption closed by a date. Hand-set, not fitted. */
  minDatedWords: 8,
  /** Most words of a one-sentence caption closed by a date. Hand-set, not fitted. */
  maxDatedWords: 80,
  /**
   * Most words of a credit alone on its line (`Jamie/Flickr`, `Photograph by Randy Olson`, `(Orange County
   * Sheriff's Department)`). Reasoned (issue 12): a credit names a photographer and a source, a few words each.
   */
  maxCreditAloneWords: 8,
  /**
   * Most words of a caption found by a source in parentheses after its last sentence (`... 2015. (Stanford
   * Department of Public Safety)`). Reasoned: a caption is a sentence or two. On the multi-news-dev pool the shape
   * at this length held 86 caption lines and no body line; longer, the abstracts of a catalogue (CleanEval dev) end
   * the same way.
   */
  maxSourceCaptionWords: 45,
  /**
   * Most words of a caption found by the people it places in the picture (`..., left, and ...`). Reasoned: a
   * caption is a sentence or two; a paragraph of prose may say `to the left, and` in passing.
   */
  maxPlacedWords: 60,
  /** Longest present-tense caption between the title and the lede, in characters. Seeds, commit 2bbfbb8; not fitted. */
  maxPresentTenseChars: 400,
} as const);

/** Media widgets (`matchMediaWidget`): players and galleries rendered as text. Commit 2e7e702; hand-set, not fitted. @internal */
export const MEDIA_WIDGETS = Object.freeze({
  /** Most words of a widget line. Hand-set, not fitted. */
  maxWords: 80,
  /** Most words of a player's label alone (`Play`, `Watch now`) or with its clocks (`sound 00:00 00:00`). Reasoned (issue 12). */
  maxLabelWords: 2,
  /** Most words of a player's notice (`You'll need an HTML5 capable browser ... Play Replay with sound`). Reasoned (issue 12). */
  maxNoticeWords: 30,
  /** Most words of a line with a play verb or a running time. Hand-set, not fitted. */
  maxPlayerWords: 40,
  /** Most words of a control line that is only controls (more: it carries the video's caption). Hand-set, not fitted. */
  maxControlOnlyWords: 4,
  /** Most words of a player line that is only the player (more: it carries a caption). Hand-set, not fitted. */
  maxPlayerOnlyWords: 3,
} as const);

/** Photo credit lines (`matchPhotoCredit`, `matchCreditChain`, `findPhotoCredits`). @internal */
export const PHOTO_CREDITS = Object.freeze({
  /** Longest photo credit line, in characters. Seeds, commit 2bbfbb8; hand-set, not fitted. */
  maxLineChars: 100,
  /** Most words of a courtesy line (`Photo courtesy of the family`). Commit 2e7e702; hand-set, not fitted. */
  maxCourtesyWords: 10,
  /** Fewest names in a chain of credits joined by slashes (`Graylock/Abaca Press/MCT`). Commit 2e7e702; reasoned: two names and a slash are any pair of terms. */
  minChainNames: 3,
  /** Longest line searched for credits inside it, in characters. Commit 54eea30; a bound on the work, not a fitted value. */
  maxSearchChars: 2000,
  /** Most parenthesized credits read from the end of a line (`... (AP Photo/J. Scott Applewhite) (Associated Press)`). Hand-set, not fitted. */
  maxClosingGroups: 3,
} as const);

/** Wire credit lines (`matchCredit`, `findCredit`). Issue 12, Multi-News development sample. @internal */
export const CREDIT_LINES = Object.freeze({
  /** Longest credit line, in characters. Hand-set, not fitted (a bound on the work). */
  maxChars: 800,
  /**
   * Longest credit, in words (`Associated Press writers ... in ... contributed to this report.` names up to 20
   * writers and their cities). Reasoned from the 54-word credit of cluster 234 doc 1 in the Multi-News dev data.
   */
  maxWords: 80,
  /** Longest line taken whole as a `contributed` credit, in words: longer lines keep their other sentences as body. Multi-News dev, issue 12. */
  maxContributedLineWords: 40,
  /** Most words of a bare `... contributed.` credit (one sentence). Multi-News dev, issue 12; hand-set. */
  maxContributedBareWords: 25,
  /** Most words of a `With reporting by ...` line, and of a copyright line read as a credit. Hand-set, not fitted. */
  maxReportingByWords: 30,
  /** Most words of a Bloomberg contact or assistance line. Hand-set, not fitted. */
  maxBloombergWords: 60,
  /** Fewest agencies in a list without editors' initials (`(AFP, Reuters)`; `(AP)` alone credits a photo). Reasoned. */
  minListedAgencies: 2,
  /** Longest line searched for a closing credit, in characters. A bound on the work, not a fitted value. */
  maxSearchChars: 100_000,
  /** Characters before a closing parenthesis searched for editors' initials (`jh/asz (SID, dpa)`). Hand-set, not fitted. */
  initialsWindow: 40,
  /** Characters at the end of a line searched for a closing credit sentence. Hand-set, not fitted. */
  tailChars: 200,
  /** Closing sentences tried as a credit (two for `Copyright ... . All rights reserved.`). Reasoned. */
  tailSentences: 2,
} as const);

/** Bylines and sign-offs (`matchByline`, `matchSignOff`). @internal */
export const BYLINES = Object.freeze({
  /** Longest byline line, in characters. Seeds, commit 2bbfbb8; hand-set, not fitted. */
  maxChars: 160,
  /** Most words after `By`. Seeds, commit 2bbfbb8; hand-set, not fitted. */
  maxWords: 14,
  /** Longest sign-off line (`— David R. Baker`), in characters. Issue 12; hand-set, not fitted. */
  maxSignOffChars: 80,
  /** Fewest capital letters in a row in a dateline's place (`MOSCOW`; not `U.S.` or `X-Z`, letters one by one). Reasoned. */
  minPlaceCapitals: 2,
} as const);

/** Furniture found from a run of lines (`rules/blocks.ts`). Issue 12, Multi-News development sample. @internal */
export const BLOCKS = Object.freeze({
  /** Longest headline in a link list, in words. Reasoned: headlines run 5 to 15 words; 25 leaves room for a headline with its dek. */
  maxHeadlineWords: 25,
  /** Fewest words of a headline. Hand-set, not fitted. */
  minHeadlineWords: 2,
  /** Longest repeated label, in words (`Today`, `Advertisement`, `Sarah Tew/CNET`). Hand-set, not fitted. */
  maxLabelWords: 3,
  /** A label or credit repeated this many times is the page's, not the story's: subheadings do not repeat. Two repeats happen in lists of the story (a table printed twice). */
  minLabelRepeats: 3,
  /** Share of a pull quote's word triples that the quoted paragraph contains. Reasoned: the quote is cut and its speaker appended, so about half of its triples are the paragraph's. */
  minPullQuoteShare: 0.5,
  /** Fewest words of a pull quote: a shorter line that repeats the story is a subheading quoting it (`'I have my subpoena pen ready'`). */
  minPullQuoteWords: 8,
  /** Most words of a pull quote. Hand-set, not fitted. */
  maxPullQuoteWords: 60,
  /** Longest pull quote, in characters (60 words of 12 characters). Hand-set, not fitted. */
  maxPullQuoteChars: 720,
  /** Fewest words of a paragraph a pull quote can repeat (a paragraph has three word triples at least). Reasoned. */
  minQuotedWords: 4,
  /** Farthest a pull quote sits from the paragraph it repeats, in lines. Reasoned: it is set beside the passage it advertises (8 and 4 lines away in the dev sample). */
  maxPullQuoteDistance: 12,
  /** Lines sharing a word triple beyond this many are not looked at through it (common phrases), which keeps the search linear. */
  maxTriplePostings: 16,
  /** Fewest headlines in a run read as a list without a lead line. Reasoned: two unpunctuated lines in a row are a subheading and a kicker often enough; three are a list. */
  minRun: 3,
  /** Fewest words of an item of such a run: headlines and fact-box lines are clauses, shorter lines are labels of a table or a listing (`5 Days Ago`). */
  minRunItemWords: 4,
  /** Longest item of such a run, in words: a fact-box line may run longer than a headline (`24 March - Based on new calculations, ...`). */
  maxRunItemWords: 40,
  /** Fewest words of the prose around a run: the run must interrupt the story, not open or close it. */
  minAroundWords: 8,
  /**
   * Fewest teasers opened by a date in parentheses (`(11/07/2012) Kenyir Wildlife Corridor ...`) that make a
   * teaser list. Reasoned: one such line may be a dated update inside a story; two are a list of other stories.
   */
  minDatedTeasers: 2,
} as const);

/** The stems that tell whether a line continues the story (`contentStems`). Seeds, commit 2bbfbb8; hand-set, not fitted. @internal */
export const STEMS = Object.freeze({
  /** Fewest letters of a word that counts (shorter words are mostly function words). */
  minWordLength: 3,
  /** Letters kept of each word (`celebrates` and `celebrations` share `celeb`). */
  length: 5,
} as const);

/** The cleanup of the text (`cleanText`). @internal */
export const CLEANUP = Object.freeze({
  /**
   * Share of other control characters, against C1 code points, from which a
   * text is binary junk rather than text decoded with the wrong encoding.
   * Reasoned: in random bytes C0 and C1 values are about as frequent, while a
   * web page read as Latin-1 has C1 code points and no other control.
   */
  binaryControlShare: 0.5,
} as const);

/**
 * Thresholds of `detectNotArticle`, each with where it comes from.
 *
 * Fitted on the Multi-News development sample (`multi-news-dev`): the 187
 * labelled documents (`labels.jsonl` and
 * `scripts/eval/data/multi-news-dev-labels-extra.jsonl`: 39 not-articles, 148
 * articles), then checked by reading all 690 documents of the sample that the
 * detector flags. Each bound sits in the gap between the two classes; where the
 * gap is wide, on the side of keeping articles.
 */
export const NOT_ARTICLE_TUNING = Object.freeze({
  /** Fewest words of a prose sentence. Reasoned: a clause of reporting (`The police chief resigned on Friday.`), not a label. */
  minProseSentenceWords: 6,
  /**
   * Most words of a label, headline or list item: a longer run without
   * sentence punctuation is prose that lost its punctuation in the scrape.
   * Reasoned: headlines and teaser titles stay well under it.
   */
  maxLabelWords: 40,
  /**
   * Fewest words of authored prose that make an article on a page without
   * reporting signals. Development sample: the shortest article without one
   * keeps 27 words (a one-sentence lede), the page closest to the bound 21 (a
   * list of a site's data projects); the not-articles that only this bound
   * flags keep at most 15 (a video description, a shop's terms).
   */
  minAuthoredWords: 20,
  /**
   * Characters of body lines read. Reasoned: the pages this detector is for
   * (platform and crawl notices, teaser lists, widgets) are a few kilobytes;
   * a page with more body text than this is judged on its first 100,000
   * characters, so a 5 MB input costs no more than a long article.
   */
  maxCharsRead: 100_000,
  /**
   * Words of prose, counting prose that addresses the reader, from which a page
   * is an article whatever its voice: a how-to or service piece ("Once you have
   * decided ..., you can start planning it") speaks to the reader throughout.
   * Reasoned, and checked: the platform notices of the development sample that
   * address the reader hold at most a sentence or two (under 40 words of such
   * prose); 60 words is three or four sentences.
   */
  minProseWords: 60,
  /**
   * Fewest words of authored prose on a page with a reporting signal: one
   * prose sentence. Reasoned: a brief wire story of two or three sentences is
   * an article, and a reporting signal (`said`, a weekday, a dateline) is what
   * notices lack: of the 39 labelled not-articles only the two teaser lists
   * and a map disclaimer (`authorities`) have one.
   */
  minReportedWords: 6,
  /**
   * Share of English function words in the sentences shaped like prose below
   * which the page is in another language and is not judged (the word lists
   * are English). Development pages (Multi-News, CleanEval, trafilatura):
   * German, Italian and Polish at most 0.084, English from 0.167 (a recipe).
   */
  minEnglishShare: 0.12,
  /**
   * Without reporting signals, the share of a page's content words from the
   * interface vocabulary from which it is a platform page. Development sample:
   * articles and other pages without reporting signals at most 0.091; the
   * not-articles this bound flags from 0.164 (web-crawl descriptions), the
   * others from 0.238 (crawl notices 0.296 and 0.333).
   */
  maxInterfaceDensity: 0.12,
  /**
   * Words of authored prose past which {@link NOT_ARTICLE_TUNING}`.longPlatformDensity` applies instead of
   * `maxInterfaceDensity`. Development sample: the platform pages flagged hold at most 245 words of authored prose
   * (a web-archive collection's description); a 345-word product blog post about browser security (trafilatura-eval
   * security.googleblog.com, interface density 0.121) is an article.
   */
  maxPlatformAuthoredWords: 300,
  /**
   * Interface density from which a page with more than `maxPlatformAuthoredWords` words of authored prose is a
   * platform page. Reasoned: the crawl notices run from 0.296; a long read needs most of a notice's vocabulary share.
   */
  longPlatformDensity: 0.2,
  /**
   * Without reporting signals, the share of sentences that ask the reader to
   * act (an imperative opening or `please`) from which a page is an appeal or
   * an advertisement. Development sample: a fundraising appeal at 3 of 6
   * sentences, a video description at 2 of 5; pages without reporting signals
   * otherwise at most 1 of 7 (2 of 21).
   */
  callToActionShare: 1 / 3,
  /**
   * Without reporting signals, the share of a page's prose inside quotation
   * marks from which it is a page of other people's words (blurbs,
   * quotations), with at least `minProseWords` of it. Development sample: a
   * page of a book's blurbs (most of 600 words quoted); among the 507
   * labelled articles, those without a reporting signal quote nothing but one
   * (a 48-word quotation, all its prose, under `minProseWords`).
   */
  quotedShare: 0.75,
  /**
   * Fewest paragraphs opening with a quotation mark (and at least half of
   * the paragraphs) for that verdict: a list of quotations, not one statement
   * quoted at length. Development sample: the blurbs page opens 14 of 14
   * paragraphs so; excerpts of eight sentences cut from articles quoting a
   * statement are one paragraph.
   */
  minQuotedParagraphs: 3,
  /**
   * Fewest non-empty body lines of a personal page (a video description): its
   * notes, links and calls run over many short lines. Development sample: 13;
   * excerpts of transcripts and essays cut from articles are one paragraph.
   */
  minPersonalPageLines: 3,
  /** Fewest such sentences. Reasoned: one `Read the letter here.` closes many articles. */
  minCallsToAction: 2,
  /** Fewest words of a sentence counted for that share (with a lower-case letter too). Reasoned: `Read more`, `SHARE / TWEET` are buttons. */
  minSentenceWords: 3,
  /**
   * Fewest paragraphs that open with their own heading printed twice (the
   * headline of a teaser widget, then its text starting with the headline)
   * that make a teaser list. Development sample: two teaser lists with 2 of 3
   * and 7 of 8 such paragraphs; no other page has more than one.
   */
  minTeaserParagraphs: 2,
  /** Share of the paragraphs that must be such teasers. Reasoned: most of the page. */
  teaserShare: 0.5,
  /** Longest heading looked for at the start of a paragraph, in words. Reasoned: a headline's length (commit c0eb6ee reads 2 × this many words). */
  maxHeadingWords: 20,
  /** Shortest heading printed twice that makes a teaser paragraph, in words. Reasoned: one or two repeated words happen in prose. */
  minHeadingWords: 3,
} as const);

/** Step 5, metadata lines anywhere in the text. */
export const METADATA_LINES = Object.freeze({
  /**
   * Words from which a body line is prose of the story: a dated byline after such a line belongs to a teaser of
   * another story. Reasoned: a headline or a teaser's byline is shorter; a news paragraph is a sentence or more.
   */
  proseWords: 25,
});
