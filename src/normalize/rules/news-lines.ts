import { LINE_RULE_WORDS, NEWS_LINES } from '../tuning';
import type { LineRule, LineView } from './line-rule';

/**
 * Line rules for the furniture of news pages (issue 12, measured on the
 * Multi-News dev sample): links to other stories, share and contact lines,
 * correction notes, pointers to media elsewhere on the page, menus. Like the
 * rules in `boilerplate.ts`, each describes a shape (a label and a headline,
 * a lead text and an address, a verb of pointing and `here`), never the text
 * of one page.
 *
 * @packageDocumentation
 */

/**
 * Labels that introduce a link to another story or a media element:
 * `RELATED:`, `MORE |`, `► Update:`, `(WATCH: ...)`, `(Also on POLITICO:
 * ...)`, `Explore further:`, `STORY:`, `EDITORIAL:`. `analysis` is left out: a
 * labelled analysis inside the story is the story's.
 */
const LINK_LABEL =
  "(?:related(?: content| coverage| stories| story| articles?| links?| news| video)?|more(?: coverage| video| videos| photos| stories| news| from [\\w.' ]{1,30}| on [\\w.' ]{1,30})?|read(?: more| also| next| this| the latest)?|also(?: read| see| watch| on [\\w.]{1,20})?|see(?: also| more)?|previously|earlier|timeline|map|graphic|interactive|explore further|full list|full coverage|complete coverage|complete list|editorial|opinion|blog|news|story|top stories|trending(?: news| now| stories)?|don'?t miss|must read|recommended|latest|breaking|podcast|quiz|poll|watch|video|videos|audio|listen|photos|gallery|slideshow|images|pictures|infographic)";
/** Labels that point at a player or gallery: the line may end with a period (`AUDIO: Listen to the emergency response.`). */
const MEDIA_LABEL = /^(?:watch|video|videos|audio|listen|photos|gallery|slideshow|images|pictures|infographic)$/i;
// `Photo:` in the singular labels a caption (`Photo: Students ... Credit: ...`), not a link.

/** Any short label after a bullet: `► Update: Man charged with ...` (without a bullet, `Update |` heads an update of the story). */
const BULLETED_LINK = /^[►▶•]\s*[A-Z][\w' ]{1,20}\s*[:|]\s*(.+)$/;
/** `LABEL: rest` or `LABEL | rest`, optionally after a bullet and inside parentheses. */
const LABELLED_LINK = new RegExp(`^[([]?[►▶•*>\\s-]*(${LINK_LABEL})\\s*[:|]\\s*(.+?)[)\\]]?$`, 'i');
/** A label in capitals without a separator: `RELATED Amanda Knox proclaims her innocence ...`. */
const CAPS_LINK = /^(?:RELATED|MORE|READ MORE|ALSO READ|SEE ALSO|WATCH|VIDEO|PHOTOS|PREVIOUSLY)\s+(?=["'A-Z0-9])(.+)$/;
/** An unknown label in capitals: `LUPICA: LEBRON'S HEAT WILL ...`, `CANNES RED CARPET: Man Hides Under ...`. */
const CAPS_LABEL = /^[([]?([A-Z][A-Z'&.]{2,}(?: [A-Z][A-Z'&.]*){0,3})\s*:\s*(.+?)[)\]]?$/;
/** `Related` in title case opening a teaser, without a separator. */
const RELATED_TEASER = /^Related\s+(?:PHOTOS?:?\s+|VIDEO:?\s+)?["'A-Z0-9]/;
/** A whole line in brackets that opens with a capital: a link set into the story (`[READ THE LETTER.]`). */
const BRACKETED_LINK = /^\[["'A-Z0-9][^[\]]{6,200}\]$/;
/** A pipe after a verb of watching or reading: `Watch the report | Uncut video from the Coast Guard rescue`. */
const MEDIA_PIPE = /^(?:watch|listen|see|view|read)\b[^|]{0,40}\|\s*\S/i;

/** The jobs a staff or contributor line names (the cue words of the author bio and role rules). */
const JOURNALIST_ROLES = [
  'writer',
  'reporter',
  'correspondent',
  'columnist',
  'contributor',
  'editor',
  'producer',
  'journalist',
] as const;

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const PHONE = /\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/;

/** What is left of a line once its e-mail addresses, phone numbers, handles and web addresses are taken out. */
function withoutContacts(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, ' ')
    .replace(/\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/g, ' ')
    .replace(/(?:^|\s)@\w+/g, ' ')
    .replace(/(?:https?:\/\/|www\.)\S+/g, ' ');
}

/** Channel words around contact details in an author's tagline (`Email ... or Signal ...`). */
const CONTACT_CHANNEL = /^(?:e?mail|signal|whatsapp|telegram|phone|call|text|or|at|on|via)$/i;

/**
 * Whether what follows an author's role only says how to reach them, a tip line included: `Got a tip? Email
 * dbrand@nypublicradio.org or Signal 908-310-3960.`
 */
function isContactTail(text: string): boolean {
  const rest = text.replace(/^(?:got|have) a (?:news |story )?tip\?\s*/i, '');
  if (!EMAIL.test(rest) && !PHONE.test(rest)) return false;
  const words = (withoutContacts(rest).match(/\p{L}{2,}/gu) ?? []).filter((w) => !CONTACT_CHANNEL.test(w));
  return words.length <= NEWS_LINES.maxWordsBesideContact;
}

/** Whether a line holds contact details and at most two other words (`or`, `phone`, `ext.`). */
function isOnlyContact(text: string): boolean {
  const words = withoutContacts(text).match(/\p{L}{2,}/gu) ?? [];
  return words.length <= NEWS_LINES.maxWordsBesideContact;
}

/**
 * Whether a line is a name and its contact details only (`Mary Smith • 612-555-0100`,
 * `612-555-0100 @handle`): the rest is at most four capitalized words and separators.
 */
function isNameAndContact(text: string): boolean {
  const rest = withoutContacts(text).trim();
  return /^[\s•|·,/-]*(?:[A-Z][\p{L}.'-]*(?:[\s•|·,/-]+[A-Z][\p{L}.'-]*){0,3})?[\s•|·,/-]*$/u.test(rest);
}

/** Phrases of sign-up forms and their messages. */
const FORM_CUES =
  /\b(?:sign up|newsletters?|continue reading the main story|verify you'?re not a robot|invalid email(?: address)?|please re-?enter|you must select|you agree to receive|thank you for subscribing|an error has occurred|please try again later|enter your email|privacy policy)\b/gi;

/**
 * Whether a line has at most `words` words and at most 12 characters a word:
 * the rules below look at short lines only, and the character bound keeps
 * every pattern linear on a hostile line (one 100,000-character word).
 */
function fits(line: LineView, words: number): boolean {
  return line.words <= words && line.text.length <= words * NEWS_LINES.maxCharsPerWord;
}

/** `text` without the quotes and brackets closing it. */
export function trimClosers(text: string): string {
  let end = text.length;
  while (end > 0 && `"')]`.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Ends without sentence punctuation (a headline), allowing a closing quote or bracket. */
function endsLikeHeadline(text: string, allowQuestion: boolean): boolean {
  const end = trimClosers(text);
  if (/[.,;:]$/.test(end) || end.endsWith('--')) return false;
  return allowQuestion || !/[?!]$/.test(end);
}

/** Words of three letters or more that start with a capital: most of them in a headline's title case or capitals. */
function isTitleCased(text: string): boolean {
  const words = text.match(/[\p{L}'][\p{L}'-]{2,}/gu) ?? [];
  if (words.length === 0) return false;
  const capitalized = words.filter((w) => /^['"]?\p{Lu}/u.test(w)).length;
  return capitalized / words.length >= NEWS_LINES.minTitleCaseShare;
}

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A link line: a label and a headline. @internal */
export function isLabelledLink(line: LineView): boolean {
  const text = line.text;
  // A teaser after `Related` (headline and summary run together): `Related Prodigy: 10 Essential Tracks ...`.
  if (fits(line, LINE_RULE_WORDS.relatedTeaser) && RELATED_TEASER.test(text)) return true;
  if (!fits(line, LINE_RULE_WORDS.labelledLink)) return false;
  // A headline in brackets: `[Colin Kaepernick plans to put money from his top-selling jersey to good use]`.
  if (line.words >= LINE_RULE_WORDS.minBracketedLink && BRACKETED_LINK.test(text)) return true;
  const labelled = LABELLED_LINK.exec(text);
  if (labelled) {
    const rest = labelled[2]!;
    // A lowercase start is a sentence going on (`Update: the post ...`), not a headline.
    if (wordsIn(rest) <= LINE_RULE_WORDS.linkHeadline && !/^[a-z-]/.test(rest)) {
      const media = MEDIA_LABEL.test(labelled[1]!.trim());
      if (media || endsLikeHeadline(rest, true)) return true;
    }
  }
  const bulleted = BULLETED_LINK.exec(text);
  if (bulleted && wordsIn(bulleted[1]!) <= LINE_RULE_WORDS.bulletedHeadline && endsLikeHeadline(bulleted[1]!, true))
    return true;
  const caps = CAPS_LINK.exec(text);
  if (caps && wordsIn(caps[1]!) <= LINE_RULE_WORDS.bulletedHeadline && endsLikeHeadline(caps[1]!, true)) return true;
  const label = CAPS_LABEL.exec(text);
  if (label) {
    const rest = label[2]!;
    // A speaker in capitals (`MARTIN: It started out as ...`) says sentences; a headline has none.
    if (wordsIn(rest) <= LINE_RULE_WORDS.capsLabelHeadline && endsLikeHeadline(rest, false) && isTitleCased(rest))
      return true;
  }
  return MEDIA_PIPE.test(text) && endsLikeHeadline(text, true);
}

/** Pointers to something elsewhere on the page or on another site. */
function isPointer(text: string): boolean {
  return (
    /\b(?:click|tap) (?:here|this link|the link|below)\b/i.test(text) ||
    /^(?:read|see|watch|view|listen to|download|find|get|check out)\b[^.!?]{0,120}\bhere\.?$/i.test(text) ||
    /^full[- ]size (?:image|photo|picture|version|graphic|map)\b/i.test(text) ||
    /^for (?:more|the latest|a full|complete|full|additional|further)\b(?! than)(?:[^.!?]|\.(?! |$)|\. (?=[a-z])){0,80}\b(?:click|visit|head|go|see|check|follow|read|watch|consult|log on|tune)\b/i.test(
      text,
    ) ||
    /^(?:want|need) (?:more|to know more|to see more)\?/i.test(text) ||
    /^(?:read|see|view|download|open)\b.{0,100}\.(?:pdf|docx?|pptx?|xlsx?)\)?\.?$/i.test(text) ||
    /^(?:test|check) your (?:knowledge|skills|memory)\b/i.test(text) ||
    // `Watch Colbert's trip to Russia's Evening Urgant in the Late Show clip above.`, `You can watch the full police
    // press conference below:`: a pointer at a player or gallery on the page (issue 12).
    /^(?:to (?:learn|read|find out|see|hear) more\b[^.!?]{0,80},\s*)?(?:you can )?(?:watch|see|view|listen to|hear|check out)\b[^.!?]{0,160}\b(?:above|below)[.:]?$/i.test(
      text,
    ) ||
    // `Below, you can hear Singhal talk more about this ...`.
    /^(?:above|below),? you can (?:watch|see|view|listen to|hear|read)\b/i.test(text) ||
    /\b(?:keep|stay) up[- ]to[- ]date\b[^.]{0,80}\bapps?\b/i.test(text) ||
    // `Stay with KDKA for the latest on this developing story.`, `Check back for updates.`: the outlet promising more.
    /^(?:please )?(?:make sure (?:you |to )?)?(?:stay (?:tuned|with)|keep it (?:here|with)|check back)\b[^.!?]{0,60}\bfor (?:the latest|(?:regular |more )?updates?|(?:more )?details|more(?: updates| information)?)\b/i.test(
      text,
    )
  );
}

/**
 * A hat tip: its cue, then names only (capitalized words, handles, `and`, `of`, `the` between them), then the bracket
 * closing it; `(Via a spokesman, the embassy declined ...)` is a sentence, not a hat tip.
 */
const HAT_TIP =
  /^[([](?:[Tt]hanks|THANKS|[Hh]\/[Tt]|[Hh]at [Tt]ip|[Vv]ia|VIA)\b(?:[\s,:&]+(?:(?:and|of|the|to|for|at|on)\s+)*[A-Z@][\w.'’@-]*)+[!.]?[)\]]\.?$/;

/**
 * A note of who pays for the page's own work (see `line:funding-note`): this story (booklet, podcast, ...) made
 * possible, produced or funded with someone's support, grant or partnership; `Support for this reporting is provided
 * by ...`; a desk that receives support from a funder while the outlet is solely responsible for its content. A
 * project or series is often the story's subject (`This project was funded by a state grant.`): only made possible
 * or produced with support.
 */
const FUNDING_NOTE = new RegExp(
  [
    /^this (?:story|article|report|reporting|coverage|piece|post|podcast|episode|newsletter|booklet|guide|investigation|journalism|content) (?:was|is|has been) (?:made possible|produced|reported|written|published|supported|funded|underwritten|paid for)\b[^.]{0,60}?\b(?:support|grant|funding|partnership|collaboration|sponsorship)\b/
      .source,
    /^this (?:project|series) (?:was|is|has been) (?:made possible|produced)\b[^.]{0,60}?\b(?:support|grant|funding|partnership|collaboration|sponsorship)\b/
      .source,
    /^support for (?:this|our) (?:story|article|report|reporting|coverage|journalism|series|project|podcast) (?:is|was|comes|came) (?:provided )?(?:by|from)\b/
      .source,
    /\breceives? (?:financial )?support from\b[^.]{0,120}\.\s*(?:the )?[\w.&'’ -]{1,40} is solely responsible for (?:all|the) (?:content|coverage)\b/
      .source,
  ].join('|'),
  'i',
);

/** The optional label of a correction note: `Correction:`, `Editor's note:`, `Update 2:`. */
const NOTE_LABEL = "(?:(?:correction|clarification|update|updated|editor'?s note)\\b[^:]{0,30}:\\s*)?";

/**
 * A correction that says what an earlier version said (issue 12): `Correction: An earlier version of this story said
 * that an email from Yusupov was sent to HQ employees.`, with or without its label.
 */
const EARLIER_VERSION_SAID = new RegExp(
  `^${NOTE_LABEL}an? (?:earlier|previous|prior) version of (?:this|the) (?:story|article|post|report|piece)\\b[^.]{0,30}?\\b(?:said|stated|reported|gave|described|referred|identified|included|quoted|named|listed|called|attributed|misstated|misidentified)\\b`,
  'i',
);

/** A note's label, then what it is about: `An earlier version of this ...`, `This story ...`. */
const CORRECTION_OPENING = new RegExp(
  `^${NOTE_LABEL}(?:an? (?:earlier|previous|edited|prior|version of this|shorter|longer)(?: version of this)?|this (?:story|article|post|report|item|blog post|page|version|piece))\\b`,
  'i',
);

/** The label of an update note: `Update:`, `UPDATE 2:`, `Update, November 11, 12:03 PT:`, `Updated (6:15 p.m.):`. */
const UPDATE_LABEL =
  /^(?:update|updated|correction|clarification|editor'?s note)\b(?:[^:]|(?<=\d):(?=\d\d)){0,40}:\s*/i;
/** The piece the note is about. */
const PIECE = '(?:story|article|post|report|item|blog post|page|piece|video|list)';
/** Verbs of editing. */
const EDITED = '(?:updated|corrected|edited|amended|changed|clarified|revised|expanded)';

/** `The post has been updated ...` after an update label. */
const PIECE_EDITED = new RegExp(`^(?:the|this|our) ${PIECE}\\b[^.]{0,40}\\b(?:has|have) been ${EDITED}\\b`, 'i');
/** `Some wording in this piece has been changed ...` after an update label. */
const PART_OF_PIECE_EDITED = new RegExp(
  `^[^.]{0,60}\\b(?:in|of) (?:the|this) ${PIECE}\\b[^.]{0,30}\\b(?:has|have) been ${EDITED}\\b`,
  'i',
);

/**
 * Whether a line is an update note about the piece itself: after an update label, the piece `has been updated`
 * (also `Some wording in this piece has been changed ...`), `we've added ...`, `adds Apple statement`; or `Updated
 * at 9:23 a.m. to correct ...` without a label.
 */
function isUpdateNote(text: string): boolean {
  if (
    /^updated (?:at |on )?[\w:., ]{0,40}? to (?:correct|include|add|reflect|clarify|note|remove|update|fix)\b/i.test(
      text,
    )
  )
    return true;
  const label = UPDATE_LABEL.exec(text);
  if (!label) return false;
  const rest = text.slice(label[0].length);
  return (
    PIECE_EDITED.test(rest) ||
    PART_OF_PIECE_EDITED.test(rest) ||
    /^(?:we|I)(?:'ve| have)? (?:added|updated|included|corrected|changed|clarified|removed|appended|expanded)\b/i.test(
      rest,
    ) ||
    /^(?:adds|added|includes|included|corrects|corrected|now (?:with|includes))\b/i.test(rest)
  );
}

/** Whether a line ends with `Read more` and then only spaces, quotes and `>` (the end of the Read-more pattern). */
function endsWithReadMore(text: string): boolean {
  let e = text.length;
  while (e > 0 && ' \t">'.includes(text[e - 1]!)) e--;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return text.startsWith('Read more', e - 9);
}

/** The sentences of a short line, split at a sentence end before a capital or a parenthesis. */
function sentencesOf(text: string): string[] {
  // Not after a short capitalized abbreviation (`Read Gov. Bentley's letter.pdf`).
  return text.split(/(?<=[.!?])(?<!\b[A-Z][a-z]{0,3}\.)\s+(?=[A-Z(])/);
}

/** Words a publication stamp may hold besides its label: months, days, numbers, times, zones, `on`, `at`. */
const STAMP_WORD =
  /^(?:on|at|of|the|am|pm|a\.?m\.?|p\.?m\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|[A-Z]{2,4}|ago|today|yesterday|hours?|minutes?|mins?|hrs?|days?)$/i;
/** The label of a publication stamp: `Updated`, `First posted`, `Last updated`, `Published:`. */
const STAMP_LABEL = /^(?:(?:first|last|originally) )?(?:posted|published|updated|modified)\b\s*:?/i;

/**
 * A publication stamp alone on its line (issue 12): a label, then nothing but a date or a time
 * (`Updated`, `First posted`, `First published 12.08pm`, `Last updated at 6:04 PM on 20th October 2011`).
 * Read word by word: no pattern over the whole rest, so the test stays linear.
 */
export function isStampLine(text: string): boolean {
  const label = STAMP_LABEL.exec(text);
  if (!label) return false;
  const rest = text.slice(label[0].length).split(/[\s,|·•]+/);
  return rest.every((w) => w === '' || w === '-' || STAMP_WORD.test(w));
}

/**
 * A relative publication time alone on its line: `5 minutes ago`, `Updated 2 hours ago`. Step 9 removes it, after
 * the block rules: in a list of other stories it is one of the list's lines. (A line that opens with `Updated`,
 * `Posted`, `Published` or `Modified` is a stamp that step 2 removes first, as `line:timestamp`.)
 */
export const RELATIVE_STAMP =
  /^(?:(?:updated|posted|published)\s+)?(?:\d{1,3}|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\.?$/i;

/** An author's name at the start of a line, one to four capitalized words; never a pronoun (`She was a reporter ...`). */
const AUTHOR_NAME = "(?!(?:He|She|They|It|This|That|Who|Which)\\b)[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]*){0,3}";

/** An author's role: `Sarah Burns is the lead crime reporter.`, `Kale Williams is a San Francisco Chronicle staff writer.` */
const AUTHOR_ROLE = new RegExp(
  `^(${AUTHOR_NAME}) (?:is|was) (?:an?|the) (?!former\\b)(?:[\\p{L}.'&-]+ ){0,6}(?:writer|reporter|correspondent|columnist|contributor|editor|producer|journalist|photographer)(?: (?:for|at|with|of|on|based in|covering) [^.!?]{1,60})?\\.\\s*`,
  'u',
);

/** Sentences that only say how to reach someone: `Contact her at 925-943-8011. Follow her at Twitter.com/x.` */
const CONTACT_SENTENCES =
  /^(?:(?:contact|reach|e-?mail|follow|call|write to) (?:him|her|them|me|us)\b(?:[^.!?]|\.(?!\s|$)){0,80}\.?(?:\s+|$))+$/i;

/**
 * What an author covers, before contact details (issue 12): `Lisa P. White covers Concord and Pleasant Hill. Contact
 * her at 925-943-8011. Follow her at Twitter.com/lisa_p_white.` The contact details must follow: `Smith covers the
 * White House.` alone could be a sentence of the story.
 */
const AUTHOR_BEAT = new RegExp(`^${AUTHOR_NAME} (?:covers|writes about) [^.!?]{2,80}\\.\\s*`, 'u');

/**
 * News furniture line rules, appended to `LINE_RULES`.
 *
 * @internal
 */
export const NEWS_LINE_RULES: readonly LineRule[] = [
  {
    // `Read or Share this story: http://usat.ly/1Hqr8S0`, `Like us at facebook.com/...`,
    // `A friend wanted you to see this item from WRAL.com: http://...`.
    id: 'line:share-link',
    cues: {
      words: [
        'read',
        'share',
        'like',
        'follow',
        'find',
        'join',
        'watch',
        'see',
        'become',
        'connect',
        'wanted',
        'sent',
        'thought',
      ],
    },
    reason: 'boilerplate:share',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.shareLink) &&
      ((/^(?:[-*•]\s*)?(?:read|share|read or share|like|follow|find|join|watch|see|become a fan of|connect with)\b(?: us| me| this(?: story| article| video)?)?[^.]{0,60}?(?:https?:\/\/|www\.|\b[\w-]+\.(?:com|net|org|tv|ly|us|co)\b)/i.test(
        l.text,
      ) &&
        !/^(?:read|see|watch)\b[^:]{40}/i.test(l.text)) ||
        /\b(?:wanted you to see this|sent you this|thought you (?:might|would) (?:like|be interested))\b/i.test(
          l.text,
        )),
  },
  {
    // `For AP's complete coverage of the U.S. midterm elections: http://apne.ws/APPolitics`, `Logo - http://...`.
    id: 'line:url-pointer',
    cues: { words: ['www'], chars: ':' },
    reason: 'boilerplate:navigation',
    inline: true,
    test: (l) =>
      fits(l, LINE_RULE_WORDS.urlPointer) && /^[^:]{2,120}?\s*[:-]\s+(?:https?:\/\/|www\.)\S+$/i.test(l.text),
  },
  {
    // `This story has been corrected to show ...`, `An earlier version of this post incorrectly gave ...`,
    // `This story is developing`, `This article appeared on page E - 1 of ...` (the print edition). Where a story first appeared (`This post originally appeared on Grist.`)
    // is left to the body: the trafilatura annotators keep it.
    id: 'line:correction-note',
    cues: {
      words: [
        'updated',
        'corrected',
        'edited',
        'amended',
        'changed',
        'clarified',
        'misstated',
        'misidentified',
        'misspelled',
        'incorrectly',
        'erroneously',
        'developing',
        'appeared',
        'revised',
        'version',
      ],
    },
    reason: 'boilerplate:feedback',
    inline: true,
    test: (l) =>
      (fits(l, LINE_RULE_WORDS.correctionNote) && EARLIER_VERSION_SAID.test(l.text)) ||
      (fits(l, LINE_RULE_WORDS.correctionNote) &&
        CORRECTION_OPENING.test(l.text) &&
        /\b(?:updated|corrected|edited|amended|changed|clarified|revised|misstated|misidentified|misspelled|incorrectly|erroneously|developing|will be updated|appeared (?:in print )?(?:[^.]{0,40}? )?on page)\b/i.test(
          l.text,
        )),
  },
  {
    // An update label and a note on what was edited, not news (issue 12): `Update 2: We've added a later statement
    // from ...`, `Update, November 11, 12:03 PT: adds Apple statement.`, `Update: The post has been updated to include
    // comments from the airlines.`, `Updated at 9:23 a.m. to correct the name of the driver.`. An update that
    // reports (`UPDATE: Authorities positively identified ...`) names no edit of the piece and stays.
    id: 'line:update-note',
    cues: { words: ['update', 'updated'] },
    reason: 'boilerplate:feedback',
    inline: true,
    test: (l) => fits(l, LINE_RULE_WORDS.correctionNote) && isUpdateNote(l.text),
  },
  {
    // `RELATED: ...`, `MORE | ...`, `► Related: ...`, `(WATCH: ...)`, `LUPICA: LEBRON'S HEAT ...`.
    id: 'line:labelled-link',
    cues: { words: ['related', 'more', 'read', 'also', 'see', 'watch', 'video', 'photos', 'previously'], chars: ':|[' },
    reason: 'boilerplate:navigation',
    inline: true,
    test: isLabelledLink,
  },
  {
    // The Guardian's inline links: `'Quite backwards': Chinese tourists gawk at ... Read more`.
    id: 'line:read-more-suffix',
    cues: { words: ['more'] },
    reason: 'boilerplate:navigation',
    inline: true,
    test: (l) =>
      fits(l, LINE_RULE_WORDS.readMoreSuffix) &&
      ((endsWithReadMore(l.text) && /[^.!]\s+Read more\s*[">]*$/.test(l.text)) ||
        // A teaser's headline and summary closed by a bare `More` (issue 12): `Missing swimmer found alive, rescued
        // off Ipswich coast A man who went missing ... has been rescued. More`.
        /[.!?]["']?\s+More\s*[»>]*$/.test(l.text)),
  },
  {
    // `For a full recap of the night's big winners, click here.`, `Read Hockley's letter to herself here.`,
    // `For more on Rihanna, head over to Billboard.`, `Full-size image here`, `Want more? Here's ...`.
    id: 'line:pointer',
    cues: {
      words: [
        'click',
        'tap',
        'here',
        'full',
        'more',
        'latest',
        'complete',
        'additional',
        'further',
        'pdf',
        'doc',
        'docx',
        'ppt',
        'pptx',
        'xls',
        'xlsx',
        'knowledge',
        'skills',
        'memory',
        'app',
        'apps',
        'update',
        'updates',
        'details',
        'above',
        'below',
      ],
    },
    reason: 'boilerplate:promo',
    inline: true,
    // Every sentence points elsewhere, or leads to what follows (`Want more? Here's what it's like ...:`).
    test: (l) => {
      if (!fits(l, LINE_RULE_WORDS.pointer)) return false;
      const sentences = sentencesOf(l.text);
      return sentences.some(isPointer) && sentences.every((s) => isPointer(s) || s.endsWith(':'));
    },
  },
  {
    // A link to a document with its size (issue 12): `Rocky Mountain Spotted Fever Fact Sheet (91k.pdf)`,
    // `Annual report (PDF, 2.1 MB)`.
    id: 'line:file-link',
    cues: { words: ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx'] },
    reason: 'boilerplate:navigation',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.pointer) &&
      /\((?:\s*\d+(?:\.\d+)?\s*(?:k|kb|mb)\s*\.?\s*(?:pdf|docx?|xlsx?|pptx?)|\s*(?:pdf|docx?|xlsx?|pptx?)\s*,?\s*\d+(?:\.\d+)?\s*(?:k|kb|mb))\s*\)(?:\s*\([^()]{1,20}\))?\.?$/i.test(
        l.text,
      ),
  },
  {
    // `Call IndyStar reporter Holly Hays at (317) 444-6156. Follow her on Twitter: @hollyvhays.`,
    // `Have a tip we should know? tips@mediaite.com`, `Are you in the region? Email us at ...`.
    id: 'line:contact',
    cues: { chars: '@0123456789', texts: ['www.', '://', '.com/'] },
    reason: 'boilerplate:share',
    test: (l) => {
      // An embedded post (`... — Stephen Colbert (@StephenAtHome) December 7, 2012`) is quoted content.
      // E-mail addresses, handles and embedded posts need an `@`.
      const at = l.text.includes('@');
      if (!fits(l, LINE_RULE_WORDS.contact) || (at && /\(@\w+\)/.test(l.text))) return false;
      const email = at && EMAIL.test(l.text);
      const handle = at && /(?:^|\s)@\w{2,}/.test(l.text);
      const phone = PHONE.test(l.text);
      // The last pattern backtracks over every word: it runs only on a line that holds `.com/`.
      const address = /https?:\/\/|www\.|\.com\//i.test(l.text) && /https?:\/\/|www\.|\b[\w-]+\.com\/\w/i.test(l.text);
      if (!email && !handle && !phone && !address) return false;
      // Nothing but an e-mail address and a phone number: `wkroustan@sunsentinel.com or 954-356-4303`,
      // or a handle under its platform's name: `Twitter: @Sonali_Kohli` (issue 12).
      if ((email || handle) && isOnlyContact(l.text)) return true;
      // A reporter's name and number or address at the foot of a story: `Mary Lynn Smith • 612-673-4788`.
      if ((email || phone) && fits(l, LINE_RULE_WORDS.nameAndContact) && isNameAndContact(l.text)) return true;
      // `Bassem Mroue can be reached on twitter at http://...`.
      if (/\bcan be reached\b/i.test(l.text)) return true;
      // Addressed to the reader: an imperative, or the outlet speaking (`us`, `we`).
      const reach =
        /^(?:[-–—•*]\s*)?(?:[Cc]ontact|[Ee]-?mail|[Rr]each|[Ff]ollow|[Ww]rite to|[Tt]weet|[Ss]end|[Mm]essage)\s+(?:us|me|him|her|them|the|your|@\w|[A-Z][\p{L}'-]+ [A-Z])/u.test(
          l.text,
        );
      // `To reach the reporter behind this story, contact Tatyana@citylimits.org.` (trafilatura-eval citylimits.org).
      const call = /^(?:call|text|to (?:reach|contact))\b/i.test(l.text);
      const outlet =
        /\b(?:us|we|our)\b/i.test(l.text) && /\b(?:tips?|e-?mail|contact|write|reach|send)\b/i.test(l.text);
      const reporter = /\b(?:reporter|writer|columnist|correspondent|editor)\b/i.test(l.text);
      return outlet || reach || (call && (email || handle || reporter));
    },
  },
  {
    // Breadcrumbs: `English >> World`, `News > Politics > Congress`.
    id: 'line:breadcrumb',
    cues: { chars: '>›' },
    reason: 'boilerplate:navigation',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.breadcrumb) && /^[^<>.!?]{1,30}(?:\s*(?:>>|>|›)\s*[^<>.!?]{1,30}){1,5}$/.test(l.text),
  },
  {
    // Menus: `FREE APPS | NOW | FACEBOOK | TWITTER`.
    id: 'line:pipe-menu',
    cues: { chars: '|' },
    reason: 'boilerplate:navigation',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.pipeMenu) &&
      /^[^|.!?]{1,30}(?:\|[^|.!?]{1,30}){2,}$/.test(l.text) &&
      !/[.!?]$/.test(l.text),
  },
  {
    // Leads of link lists: `ALSO:`, `PREVIOUSLY:`, `More Video:`, `Must-reads:`, `More from Morning Mix:`, `CONTACTS:`,
    // `From ConsumerReports.org:`.
    id: 'line:list-lead',
    cues: { words: ['also', 'previously', 'earlier', 'related', 'read', 'see', 'more', 'online', 'web'], chars: ':' },
    reason: 'boilerplate:navigation',
    terminator: true,
    test: (l) =>
      fits(l, LINE_RULE_WORDS.listLead) &&
      // A lead in capitals needs no colon: `ALSO`, `READ MORE`, `PREVIOUSLY` alone on their line.
      (/^(?:ALSO|ALSO (?:READ|SEE|WATCH)|PREVIOUSLY|EARLIER|RELATED|READ MORE|SEE ALSO|MORE (?:VIDEOS?|PHOTOS|COVERAGE|STORIES|NEWS))$/.test(
        l.text,
      ) ||
        /^(?:also|also (?:read|see|watch|check out)|online|on the web|previously|earlier|more|more (?:videos?|photos|coverage|stories|news)|see more|get more(?: [\w.' ]{1,30})?|must[- ]reads?|read more(?: from [\w.' ]{1,30})?|more (?:from|on) [\w.' ]{1,30}|(?:media )?contacts?|related(?: links| coverage)?|watch more|elsewhere|you might also like|(?:from|via) [\w.' -]{2,30})\s*:\s*$/i.test(
          l.text,
        )),
  },
  {
    // A headline and its source in brackets: `Jack The Cat is Lost in AA Baggage at JFK [Facebook]`,
    // `McRib 2.0: Meet McDonald's McRibster [BurgerBusiness.com]`.
    id: 'line:source-link',
    cues: { chars: '[' },
    reason: 'boilerplate:navigation',
    inline: true,
    test: (l) => {
      if (!fits(l, LINE_RULE_WORDS.sourceLink)) return false;
      const m = /^(.{3,200}?)\s*\[([A-Z][\w.&'/ -]{1,40})\]$/.exec(l.text);
      return m !== null && endsLikeHeadline(m[1]!, true) && /^["'\p{Lu}\p{N}]/u.test(l.text);
    },
  },
  {
    // `Have a look at the eight top moments in our gallery, above, then share your own thoughts on the ceremony in the comments.`
    id: 'line:comment-prompt',
    cues: { words: ['your', 'what', 'comments'] },
    reason: 'boilerplate:feedback',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.commentPrompt) &&
      // `Want to add to this story? Let us know in comments or send an email to the author at ...` (issue 12).
      (/\blet us know in (?:the )?comments\b/i.test(l.text) ||
        (/\b(?:share|leave|post|tell us|give us|let us know) (?:your|what you)\b[^.!?]{0,60}\b(?:comments?|below|think)\b/i.test(
          l.text,
        ) &&
          /\b(?:your|you)\b/i.test(l.text))),
  },
  {
    // A newsletter form flattened into one line: `Newsletter Sign Up Continue reading the main story Please verify
    // you're not a robot by clicking the box. Invalid email address. ...`: three or more of a form's phrases.
    id: 'line:form-widget',
    cues: {
      words: [
        'sign',
        'newsletter',
        'newsletters',
        'continue',
        'verify',
        'invalid',
        'please',
        'select',
        'agree',
        'thank',
        'error',
        'enter',
        'privacy',
      ],
    },
    reason: 'boilerplate:newsletter',
    maxWords: LINE_RULE_WORDS.formWidget,
    test: (l) => {
      if (l.text.length > NEWS_LINES.maxFormWidgetChars) return false;
      const cues = l.text.match(FORM_CUES);
      return cues !== null && new Set(cues.map((c) => c.toLowerCase())).size >= NEWS_LINES.minFormCues;
    },
  },
  {
    // A share bar with its counters: `Share Tweet 7.6k shares on Facebook`, `Help spread the word! Share Tweet 3.2k total shares`.
    id: 'line:share-count',
    cues: { words: ['share', 'shares'] },
    reason: 'boilerplate:share',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.shareCount) &&
      /\b\d[\d.,]*[kKmM]?\s+(?:total\s+)?shares?\b/.test(l.text) &&
      /\b(?:share|tweet|facebook|twitter|pin|email)\b/i.test(
        l.text.replace(/\b\d[\d.,]*[kKmM]?\s+(?:total\s+)?shares?\b/g, ' '),
      ),
  },
  {
    // The outlet asking readers for material: `Are you there? Send us your images or video.`
    id: 'line:reader-call',
    cues: { words: ['your', 'you'] },
    reason: 'boilerplate:feedback',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.readerCall) &&
      (/\b(?:send|share|submit|upload|email|e-mail) (?:us )?your (?:own )?(?:photos?|images?|pictures?|videos?|footage|tips?|stories|story|experiences?|questions?)\b/i.test(
        l.text,
      ) ||
        // `We want to hear from you!` (trafilatura-eval citylimits.org), `We'd love to hear from you.`; not inside a quotation.
        (/\bwe(?:'d| would)? (?:want|like|love) to hear from you\b/i.test(l.text) && !/["“”]/.test(l.text))) &&
      !/\b(?:said|says|told)\b/.test(l.text),
  },
  {
    // An author's bio line: `Jeremy Campbell writes for WXIA-TV in Atlanta`, `Jane Doe is a staff writer for ...`.
    id: 'line:author-bio',
    cues: { words: ['writes', ...JOURNALIST_ROLES] },
    reason: 'metadata:byline',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.authorBio) &&
      /^[A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]*){1,3} (?:writes (?:for|about)|(?:is|was) (?:an?|the) (?:(?:senior|staff|contributing|freelance|national|political|investigative|digital|associate|deputy|managing|executive|features?|news|science|health|sports|technology|tech|business) )*(?:writer|reporter|correspondent|columnist|contributor|editor|producer|journalist) (?:for|at|with|of|on|based))\b/u.test(
        l.text,
      ) &&
      !/\b(?:said|says|told|who|when|after)\b/.test(l.text),
  },
  {
    // A publication stamp: `Updated`, `First posted`, `First published 12.08pm` (issue 12).
    id: 'line:timestamp',
    cues: { words: ['posted', 'published', 'updated', 'modified'] },
    reason: 'metadata:date',
    inline: true,
    test: (l) => fits(l, LINE_RULE_WORDS.timestamp) && isStampLine(l.text),
  },
  {
    // An author's role at the foot of a story, with or without contact details after it (issue 12):
    // `Sarah Burns is the lead crime reporter.`, `Kale Williams is a ... staff writer. E-mail: ... Twitter: @...`.
    id: 'line:author-role',
    cues: { words: [...JOURNALIST_ROLES, 'photographer'] },
    reason: 'metadata:byline',
    test: (l) => {
      if (!fits(l, LINE_RULE_WORDS.authorRole)) return false;
      const m = AUTHOR_ROLE.exec(l.text);
      if (!m || /\b(?:who|which|that|said|says|told)\b/.test(m[0])) return false;
      const rest = l.text.slice(m[0].length);
      return rest === '' || isOnlyContact(rest) || isContactTail(rest);
    },
  },
  {
    // An author's beat and contact details at the foot of a story (issue 12): `Lisa P. White covers Concord and
    // Pleasant Hill. Contact her at 925-943-8011. Follow her at Twitter.com/lisa_p_white.`.
    id: 'line:author-beat',
    cues: { words: ['covers', 'writes'] },
    reason: 'metadata:byline',
    test: (l) => {
      if (!fits(l, LINE_RULE_WORDS.authorRole)) return false;
      const m = AUTHOR_BEAT.exec(l.text);
      if (!m) return false;
      const rest = l.text.slice(m[0].length);
      return rest !== '' && (isOnlyContact(rest) || CONTACT_SENTENCES.test(rest));
    },
  },
  {
    // An embedded post's or document's label: `A post shared by Jane (@jane) on Jun 3, 2017 at 5:12pm PDT`,
    // `Letter to the governor by Dave Wilson on Scribd`, an embed code (`poster="http://..."`) (issue 12).
    id: 'line:embed',
    cues: { words: ['shared', 'scribd', 'poster', 'src', 'iframe'], chars: '=' },
    reason: 'boilerplate:navigation',
    inline: true,
    test: (l) =>
      (l.words <= LINE_RULE_WORDS.embed && l.text.length <= 1000 && /^[\w-]+=["']https?:\/\//.test(l.text)) ||
      (fits(l, LINE_RULE_WORDS.embed) &&
        (/^an? (?:post|photo|video) shared by\b/i.test(l.text) || /\S \bon Scribd$/.test(l.text))),
  },
  {
    // A share widget's label: `Click to email this to a friend (Opens in new window)` (issue 12).
    id: 'line:share-widget',
    cues: { words: ['window', 'tab'] },
    reason: 'boilerplate:share',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.shareWidget) && /\((?:opens|open) in (?:a )?new (?:window|tab)\)$/i.test(l.text),
  },
  {
    // `This article tagged under: Congress`, `Tagged: ...`.
    id: 'line:tags',
    cues: { words: ['tagged', 'tags', 'topics'] },
    reason: 'boilerplate:navigation',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.tags) &&
      (/^(?:this (?:article|story|post|entry) (?:is |was )?)?tagged(?: under| with| as)?\s*:/i.test(l.text) ||
        // `Topics: street-art, visual-art, carnivals-and-festivals, events, hobart-7000`: a label and three or more slugs.
        /^(?:tags|topics)\s*:\s*[\p{L}\p{N}-]+(?:\s*,\s*[\p{L}\p{N}-]+){2,}$/iu.test(l.text)),
  },
  {
    // A syndication footer naming the first publisher (issue 12): `Original article on Live Science.`, `Originally
    // published on Live Science.`, `This article was originally published with the title A Signal for Solitude.`.
    // A sentence that tells where a story first appeared (`This post originally appeared on Grist.`) stays: the
    // trafilatura annotators keep it.
    id: 'line:syndication-note',
    cues: { words: ['original', 'originally'] },
    reason: 'boilerplate:promo',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.syndicationNote) &&
      (/^(?:original article|originally published) (?:on|at|in|by) [A-Z0-9]/i.test(l.text) ||
        /^this (?:article|story|piece) was originally published with the (?:title|headline)\b/i.test(l.text)),
  },
  {
    // A hat tip in brackets (issue 12): `(thanks, Tara McGinley, and Darren Romanelli!)`, `(h/t Gawker)`, `(via
    // Reddit)`: who pointed the writer at the story, not the story.
    id: 'line:hat-tip',
    cues: { words: ['thanks', 'h', 'via', 'hat'] },
    reason: 'credit',
    test: (l) => fits(l, LINE_RULE_WORDS.hatTip) && HAT_TIP.test(l.text),
  },
  {
    // A note of who pays for the story (issue 12): `This booklet was made possible in part through the financial
    // support of Brightspace by D2L.` (multi-news-dev cluster 233 doc 0), `This project was produced with support from
    // the American Press Institute’s Civic Discourse and Community Voices Fund.` (trafilatura-eval citylimits.org),
    // `Support for this reporting was provided by ...`, `... is solely responsible for all content.`. The work is the
    // page's own (`this story`, `this project`); a sentence about what a grant paid for elsewhere (`The study was
    // funded by a grant from the NIH.`) or what someone said is the story's.
    id: 'line:funding-note',
    cues: {
      words: [
        'possible',
        'support',
        'supported',
        'funded',
        'funding',
        'underwritten',
        'grant',
        'partnership',
        'collaboration',
        'sponsorship',
      ],
    },
    reason: 'credit',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.fundingNote) && FUNDING_NOTE.test(l.text) && !/["“”]|\b(?:said|says|told)\b/.test(l.text),
  },
  {
    // A broadcast listing (issue 12): `BBC One, Tuesday, 13 November, at 22:35 GMT`, `BBC World News on Saturday, 17
    // November, at 09:10 GMT ...`: a weekday and a clock time with its zone, and no sentence punctuation. A sentence
    // that gives a time (`A minute's silence was held at 11:00 BST on Tuesday.`) ends with a full stop and stays.
    id: 'line:broadcast-listing',
    cues: { words: ['gmt', 'bst', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt'] },
    reason: 'boilerplate:promo',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.broadcastListing) &&
      !l.terminal &&
      /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(l.text) &&
      /\b\d{1,2}[:.]\d\d ?(?:[ap]\.?m\.? ?)?(?:GMT|BST|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT)\b/.test(l.text),
  },
  {
    // A wiki page's back-matter headings and its media link (issue 12): `References [ edit ]`, `External links [ edit
    // ]`, `Media related to Kiruna Church at Wikimedia Commons`. Other `[ edit ]` headings head the page's prose.
    id: 'line:wiki-back-matter',
    cues: { words: ['edit', 'commons'] },
    reason: 'boilerplate:navigation',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.wikiBackMatter) &&
      (/^(?:references|external links|notes|see also|further reading|bibliography|sources|citations|footnotes)\s*\[ ?edit ?\]$/i.test(
        l.text,
      ) ||
        /^media related to .{1,80} at Wikimedia Commons\.?$/i.test(l.text)),
  },
  {
    // A pointer to another site or section for more (issue 12): `Visit Harvard Medical School's Healthy Sleep website
    // for more about sleep, learning and memory.`, `Visit the Magic Yeti Children's Libraries section to learn more.`.
    id: 'line:site-pointer',
    cues: { words: ['website', 'site', 'page', 'section'] },
    reason: 'boilerplate:promo',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.sitePointer) &&
      /^(?:visit|see)\b[^.!?]{0,80}\b(?:website|web site|site|page|section)\b[^.!?]{0,20}\b(?:for (?:more|further|additional)|to (?:learn|find out|read|see) more)\b/i.test(
        l.text,
      ),
  },
  {
    // A link to a profile on a platform, one a line (issue 12): `Star Trek: Axanar Facebook page`, `Star Trek: Axanar
    // Twitter`, `Star Trek: Axanar You Tube Channel`, `Star Trek: Axanar website`. A name, the platform last, no
    // sentence punctuation.
    id: 'line:social-link',
    cues: {
      words: ['facebook', 'twitter', 'instagram', 'youtube', 'tube', 'tumblr', 'pinterest', 'linkedin', 'website'],
    },
    reason: 'boilerplate:share',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.socialLink) &&
      !l.terminal &&
      /^[A-Z][^.!?]{0,40}\s(?:Facebook(?: [Pp]age)?|Twitter|Instagram|YouTube(?: [Cc]hannel)?|You Tube(?: [Cc]hannel)?|Tumblr|Pinterest|LinkedIn|website)$/.test(
        l.text,
      ),
  },
  {
    // The lead of a list of links to resources (issue 12): `External Rocky Mountain Spotted Fever Resources:`,
    // `Rocky Mountain Spotted Fever Fact Sheets and Information:`.
    id: 'line:resources-lead',
    cues: { words: ['resources', 'links', 'information', 'sheets'], chars: ':' },
    reason: 'boilerplate:navigation',
    test: (l) =>
      fits(l, LINE_RULE_WORDS.resourcesLead) &&
      l.words >= LINE_RULE_WORDS.minResourcesLead &&
      /^[^.!?]{3,80}\b(?:Resources|Links|Information|Fact Sheets)\s*:$/.test(l.text),
  },
  {
    // A pointer to a blog post or story elsewhere, without punctuation (issue 12): `Read the blog Finding a voice for
    // the brain injured`.
    id: 'line:read-pointer',
    cues: { words: ['read', 'watch', 'listen'] },
    reason: 'boilerplate:navigation',
    inline: true,
    test: (l) =>
      fits(l, LINE_RULE_WORDS.readPointer) &&
      !l.terminal &&
      /^(?:read|watch|listen to) (?:the|our) (?:blog|story|article|interview|full story|report)\b/i.test(l.text),
  },
  {
    // A copyright notice inside an excerpt's credit (issue 12): `Proof of Heaven by Eben Alexander, M.D. To be
    // published by Simon & Schuster, Inc.. Copyright (c) 2012 by ...`.
    id: 'line:excerpt-copyright',
    cues: { words: ['copyright'] },
    reason: 'boilerplate:legal',
    test: (l) => fits(l, LINE_RULE_WORDS.excerptCopyright) && /\bCopyright (?:\(c\)|©) (?:19|20)\d\d\b/i.test(l.text),
  },
];
