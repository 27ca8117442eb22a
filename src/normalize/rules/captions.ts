import { type AgencyIndex, findAgencies } from '../agencies';
import { CAPTION_SHAPES, MEDIA_WIDGETS, PHOTO_CREDITS } from '../tuning';
import { endsWithAny, endsWithParen } from './line-ends';

/** A capitalized name or initial (`Getty`, `J.`, `O'Grady`, `REUTERS`). */
const NAME = "[A-Z][\\p{L}'-]*\\.?";
/** Up to 12 names joined by slashes, commas, `&`, `via`, `and`, `of`, `the`, `for` or spaces; no two names without a separator, so matching is linear. */
const NAMES = `${NAME}(?:(?:\\s*[/,&]\\s*|\\s+(?:via|and|of|the|for)\\s+|\\s+)${NAME}){0,12}`;
/** Picture libraries credited under photos, by name alone (the part {@link PICTURE_SOURCE} and {@link PICTURE_LIBRARY_ALONE} share). */
const PICTURE_LIBRARY = 'Getty(?: Images)?|Shutterstock|Alamy|Corbis|iStock(?:photo)?|Newscom|WENN|Splash News';
/** Picture agencies, whose name opens a caption's credit (`Getty Images`, `Rex Features`). */
const PICTURE_AGENCY = '(?:Getty Images|Getty|Rex Features|Shutterstock|Alamy|Corbis)';

/**
 * Photo and video captions recognized by their shape, wherever they sit in
 * the page (issue 12). Each pattern describes how captions are written, never
 * the text of one caption:
 *
 * - a credit closing the line: a parenthesized photographer or agency
 *   (`... (Ronald Martinez/Getty Images)`, `... (Associated Press)`,
 *   `... (parl.gc.ca)`), an agency-first credit (`... REUTERS/Navesh
 *   Chitrakar`) or a labelled one (`... Photographer: Janek Skarzynski/AFP via
 *   Getty Images`, `... Credit: Jeff Chiu / Associated Press`);
 * - the photo lead of agency captions: `FILE - In this May 24, 2016, file
 *   photo, ...`, `This undated photo provided by ... shows ...`;
 * - the labels of embedded media: `Image copyright AFP Image caption ...`,
 *   `Media playback is unsupported on your device Media caption ...`;
 * - figure and gallery counters: `Figure 1: ...`, `1 of 12. ...`;
 * - a one-sentence present-tense description that ends with the date the
 *   picture was taken (`... is greeted by ... in Budaiya, west of Manama,
 *   February 16, 2014.`), the agency style for captions.
 *
 * Reasoned bounds: a caption is at most a few sentences (the marker test of
 * `hasCaptionMarker` allows 1,000 characters); prose that mentions a photo
 * in passing never starts with these leads nor ends with a credit.
 *
 * @internal
 */
export const CAPTION_PATTERNS = {
  /**
   * A closing parenthesized credit with names on both sides of a slash: `(Alex Wong/Getty Images)`,
   * `(AP Photo/LM Otero, File)`, `(Joe Ellis/The Clarion Ledger/via AP)`.
   */
  slashCreditInParens: new RegExp(
    `\\((?:[Pp]hoto by |[Pp]hoto: )?(${NAME}(?: ${NAME}){0,4})\\s*\\/\\s*(${NAMES})(?:\\s*\\/\\s*)?(?:, (?:[Ff]ile|[Hh]andout))?\\)\\.?$`,
    'u',
  ),
  /** A closing parenthesized photo label or web address: `(Photo: Dan Powers/P-C Media)`, `(Courtesy photo)`, `(parl.gc.ca)`. */
  labelInParens:
    /\((?:(?:AP |staff |file |courtesy )?(?:photo|image|picture|photograph|credit|courtesy)\b[^()]{0,70}|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|ca|co\.uk|edu))\)\.?$/i,
  /**
   * A closing parenthesized source and the word photo, or a social account:
   * `(U.S. Department of State photo)`, `(Getty Images file photo)`, `(INSTAGRAM: name)`, `(Twitter/@name)`, `(via Facebook)`.
   */
  sourceInParens:
    /\((?:[A-Z][\w.&' -]{1,50} (?:file |handout |staff )?(?:photo|photograph|image|picture)s?|(?:instagram|twitter|facebook|youtube|flickr|tiktok)\s*[:/]\s*@?[\w.]{2,30}|via (?:instagram|twitter|facebook|youtube|flickr|tiktok))\)\.?$/i,
  /** A closing parenthesized name, checked against the wire agencies: `(Associated Press)`, `(AP)`. */
  nameInParens: /\(([A-Z][\w.&' -]{0,40})\)\.?$/,
  /** An agency-first credit closing the line: `REUTERS/Navesh Chitrakar`, `AFP/Getty Images`. */
  agencyFirstCredit:
    /(?:^|\s)(?:REUTERS|AFP|AP|EPA|KCNA|Reuters)(?: Photo)?\/[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,3}(?:\/[\w ]{1,30})?$/u,
  /** A labelled credit closing the line: `Photographer: Janek Skarzynski/AFP via Getty Images`, `Credit: Dr. Oliver J. T. O'Grady`. */
  /** A credit line with its label: `Illustration: Nobu Tamura (Wikimedia Commons)`, `Graphic: Jane Doe/The Post`. */
  labelledLine: new RegExp(
    `^(?:Illustration|Graphic|Artwork|Map|Photo|Photograph|Image)s?:\\s*${NAMES}(?:\\s*\\([^()]{1,40}\\))?\\.?$`,
    'u',
  ),
  labelledCredit: new RegExp(
    `(?:^|[.)\\s])(?:[Pp]hotographer|[Pp]hoto [Cc]redit|[Ii]mage [Cc]redit|[Pp]icture [Cc]redit|[Cc]redit|CREDIT)s?:\\s*${NAMES}\\s*$`,
    'u',
  ),
  /** A slash credit after the last sentence: `... December 8, 2018. Reliance Industries/Handout via REUTERS`. */
  closingSlashCredit: new RegExp(`[.!?]["')]?\\s+(${NAME}(?: ${NAME}){0,3})\\s*\\/\\s*(${NAMES})$`, 'u'),
  /** A video's date stamp and source: `... (May 4, 2015) Gannett Wisconsin Media`, `... (Oct. 4) AP`. */
  datedSource:
    /[.!?"']\s*\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?\)\s+[A-Z][\w&.' -]{1,60}$/,
  /** A video's publication stamp closing its description: `... stripped of her crown due to her age. (Published Friday, June 27, 2014)`. */
  publishedStamp:
    /[.!?"']\s*\((?:Published|Posted) (?:[A-Z][a-z]+day,? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\)$/,
  /** `FILE - ...`, `FILE PHOTO: ...`: the agency prefix of an archive picture's caption. */
  fileLead: /^FILE(?: PHOTO)?\s*[-:]\s*\S/,
  /**
   * `In this May 3, 2015 photo, ...`, `This undated photo provided by ... shows ...`, `In this photo released by ...`;
   * `A photo from shipping company NYK shows damage ...`, `A file image from the Galileo spacecraft shows ...` (a
   * picture described, no past tense or reporting in its first sentence: `A photo released by school officials
   * showed the boy ...` is the story's).
   */
  photoLead:
    /^(?:shown|pictured)(?: here| above| below| left| right| at (?:left|right|top))?,? (?:is|are)\b|^(?:in )?this(?: [\w.,']+){0,6}? (?:file |handout |undated |aerial |family |evidence |booking |police |image |video )?(?:photo|image|picture|photograph|frame grab|screen ?grab|video still|handout|shot)(?:graph)?(?:,| provided| released| taken| made available| obtained| shows?\b| posted| from| by)|^(?:an? )?general view of (?:the )?[A-Z]|^(?:image|photo|picture|photograph|screenshot|screengrab) (?:from|courtesy of|via) (?:the )?[A-Z][^.]{0,200}\.?$|^(?:image|photo|picture|photograph|screenshot|screengrab) (?:from|courtesy of|via) (?:the )?[A-Z][^.]{0,120}\.\s|^an? (?:file |handout |undated |aerial |new )?(?:photo|image|picture|photograph|frame grab|video still)(?:graph)? (?:from|of|provided|released|taken|obtained)\b(?![^.]{0,200}\b(?:showed|said|says|told|was|were|had|has|will|would|could)\b)/i,
  /**
   * The picture's source closing its description: `Damage to the Philippine container ship ACX Crystal is seen
   * after it collided with the USS Fitzgerald in the waters off Izu Peninsula, this photo released by Japan's
   * coast guard shows.`, `..., in this handout photo provided by the police.` (the same clause as `photoLead`,
   * after the description instead of before it).
   */
  photoTrailer:
    /,\s+(?:in\s+)?(?:this|a)\s+(?:(?:file|handout|undated|aerial|family|evidence|booking|police|video)\s+)?(?:photo|photograph|image|picture|frame grab|video still)\s+(?:released|provided|taken|distributed|made available|obtained)(?:\s+by\s+[^,.;!?]{2,80})?(?:\s+shows)?\.?$/i,
  /** Labels of embedded media: `Image copyright AFP`, `Image caption ...`, `Media caption ...`, `Media playback is unsupported ...`. */
  mediaLabel:
    /^(?:image|media|photo|picture|video) (?:copyright|caption|credit|source)\b|^buy photo\s+\S|^media playback is (?:unsupported|not supported)\b|^(photos?|videos?|gallery|pictures?): \1:|^(?:enlarge this image|enlarge image(?: close)?|i?toggle caption)\b/i,
  /** The share bar of a picture before its caption: `Facebook Twitter Pinterest UBC researchers test ...`. */
  shareBarCaption: /^(?:(?:facebook|twitter|pinterest|whatsapp|linkedin|email|share|copy link)\s+){2,}(?=["'A-Z])/i,
  /** `Figure 1: ...`, `Fig. 2. ...`, `Table 3 | ...`. */
  figure: /^(?:fig(?:ure)?\.?|table|chart|exhibit|plate) ?\d{1,3}[a-z]?\s*[:.|]\s*\S/i,
  /** A gallery counter opening the caption: `1 of 12. Lieutenant ...`. */
  galleryCount: /^\d{1,3} (?:of|\/) \d{1,3}(?:[.:)]\s+\S| (?:Full Screen|Autoplay|Close|Skip Ad)\b)/,
  /** A full date closing a one-sentence caption: `..., Tuesday, Feb. 6, 2018.`, `... Kathmandu, Nepal May 30, 2016.` */
  closingDate:
    /[\s,](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d\.?$/,
  /**
   * A credit opening the caption, then its description (issue 12): a name and a picture agency joined by a slash
   * or a dash (`AFP/Getty Images NBA Finals MVP ...`, `Tom Williams/Getty Images Rep. ...`, `Hulton Archive - Getty
   * New evidence ...`, `Getty - Contributor James ...`), or a picture agency alone (`Rex Features The diary ...`).
   * A wire agency alone (`Reuters`, `AP`) is left out: a sentence may start with it.
   */
  creditLead: new RegExp(
    `^(?:(?:${NAME}(?: ${NAME}){0,3})\\s*(?:\\/|\\s-\\s)\\s*(?:${PICTURE_AGENCY}|AFP|Reuters|REUTERS|AP|EPA|PA|Contributor)|${PICTURE_AGENCY})(?:\\s*(?:\\/|\\s-\\s)\\s*(?:${PICTURE_AGENCY}|Contributor|File|Handout|Pool))?\\s+(?=["'\\p{Lu}])`,
    'u',
  ),
  /**
   * A source of two names or more in parentheses after the last sentence: `... on the night of his arrest on Jan.
   * 18, 2015. (Stanford Department of Public Safety)`, `... in New York. (Associated Press)`. Prose closes a
   * sentence after its parentheses, and a parenthesized remark has lowercase words; a single name or initials
   * (`(PKP)`, `(Author/CDS)`) also sign the abstracts of a catalogue, which are text.
   */
  sourceAfterSentence: new RegExp(
    `[.!?]["')]?\\s*\\(\\s*${NAME}(?:(?:\\s*[/,&]\\s*|\\s+(?:via|and|of|the|for)\\s+|\\s+)${NAME}){1,12}\\s*\\)$`,
    'u',
  ),
  /** A whole line that is a source in parentheses: `(Orange County Sheriff's Department)`, `( Stanford Department of Public Safety )`. */
  sourceAlone: new RegExp(`^\\(\\s*${NAMES}\\s*\\)$`, 'u'),
  /** A whole line that is a photographer and a picture source: `Jamie/Flickr`, `Tom Wall/AP`. */
  slashCreditAlone: new RegExp(`^(${NAME}(?: ${NAME}){0,3})\\s*\\/\\s*(${NAMES})$`, 'u'),
  /** A whole line naming the photographer: `Photograph by Randy Olson`, `Photos courtesy of the family`. */
  /**
   * A picture source after a pipe that closes a caption's last sentence: `... on Capitol Hill on May 8. | Getty`,
   * `... said one law professor. | AP Photo` (issue 12). Prose never sets a pipe after its full stop.
   */
  pipeCredit: new RegExp(
    `[.!?]["'\u201d)]?\\s*\\|\\s*(?:${PICTURE_AGENCY}|AP Photo|AP|AFP|Reuters|REUTERS|EPA|Pool|Handout)(?:\\s|$)`,
    'u',
  ),
  /**
   * People placed in the picture: a name, then `left`, `right` or `center` between commas, then `and` or a
   * present-tense verb (`Democratic U.S. Sen. Bill Nelson, left, and Republican Gov. Rick Scott.`, `..., center,
   * talks with ...`; {@link isPlacedInPicture}). The name is not the line's first word (`Oh, right, this ...`).
   * On the multi-news-dev pool 23 caption paragraphs and no body paragraph have it.
   */
  placedInPicture:
    /(?<=\S )[A-Z][\p{L}.'-]+,? (?:left|right|center|centre|second from left|second from right|far left|far right), ([a-z]+)\b/u,
  /** A person placed in brackets: `Ahmad Seth Zaharie, 26, with his sister Aishah Zaharie (left), 27, ...`. */
  placedInBrackets: /[A-Z][\p{L}.'-]+ \((?:left|right|center|centre|far left|far right|second left|second right)\)/u,
  /** A gallery's caption controls left in its text: `... Furs by Graf.— Louie Juarez + Read Caption Share Photo`. */
  captionControls: /(?:^|\s)\+?\s*Read Caption(?:\s+Share Photo)?[\s\p{So}\p{Co}]*$/u,
  photoByAlone: new RegExp(
    `^(?:photo(?:graph)?s?|pictures?|images?|video)\\s+(?:by|courtesy of)\\s+(?:the )?${NAMES}$`,
    'iu',
  ),
} as const;

/** Picture agencies and platforms credited under photos (never the author of a text). */
const PICTURE_SOURCE = new RegExp(
  `^(?:${PICTURE_LIBRARY}|Rex(?: Features)?|Wikimedia(?: Commons)?|Flickr|Instagram|Facebook|Twitter|YouTube|Pool|Handout|Contributor|AP|AFP|Reuters|REUTERS|EPA)$`,
);

/**
 * Picture libraries whose name alone on a line is the credit of the picture above or below it: `iStock`,
 * `Photofest`, `Getty Images` (issue 12). Wire agencies are left out (`AP` alone may credit the text), and so are the
 * platforms (`Twitter` alone is a share button as often as a credit).
 */
const PICTURE_LIBRARY_ALONE = new RegExp(
  `^(?:${PICTURE_LIBRARY}|Rex(?: Features| Shutterstock)?|Photofest|Everett Collection|Wikimedia Commons)\\.?$`,
);

/** Present-tense verbs of caption style (third person, singular and plural) and passive `is seen`. */
const CAPTION_VERB =
  /\b(?:(?:is|are) (?:seen|pictured|shown|greeted|led|escorted|carried|held|surrounded|reflected|consoled|photographed|displayed)|(?:hold|give|speak|attend|wave|look|walk|arrive|sit|stand|pose|visit|inspect|shake|greet|meet|talk|deliver|listen|watch|smile|gesture|salute|applaud|react|leave|enter|sign|address|ride|receive|present|clap|hug|embrace|kiss|point|tour|observe|laugh|chat|pray|bow|gather|march|protest|patrol|work|wait|cheer|celebrate|mourn|kneel|play|carry|display|shout|chant|rally|fly|flies|cross|lay|place|prepare|take|make|wear|pass|show|clear|travel|drive)(?:s|es)?)\b/;
/** Marks of narrative prose rather than a caption: past tense of reporting, first and second person, future; and of an embedded post (`— Name (@handle) June 20, 2017`). */
const NOT_CAPTION =
  /\b(?:said|says|told|was|were|had|has been|will|would|I|we|you|our|my)\b|@\w|https?:\/\/|pic\.twitter/;

/**
 * Recognizes a caption by its shape and returns the id of the rule that
 * matched, or `undefined`. `text` is one cleaned, trimmed line (dashes are
 * `-`, quotes straight).
 *
 * @param text - The line.
 * @param words - Its number of words.
 * @param agencies - Agencies whose names count as a photo credit in parentheses.
 * @returns `line:caption-credit`, `line:caption-photo-lead`,
 *   `line:caption-media-label`, `line:caption-figure` or
 *   `line:caption-dated`; `undefined` for any other line.
 * @internal
 */
export function matchCaptionShape(text: string, words: number, agencies: AgencyIndex): string | undefined {
  const c = CAPTION_SHAPES;
  if (words <= 3 && PICTURE_LIBRARY_ALONE.test(text)) return 'line:caption-credit-alone';
  if (text.length > c.maxChars || words < c.minWords) return undefined;
  const p = CAPTION_PATTERNS;
  // The patterns anchored at the start are tried only on a line that opens with one of their first letters.
  if (
    (opensWith(text, 'impvetgb') && p.mediaLabel.test(text)) ||
    (words >= c.minCreditWords && opensWith(text, 'ftpwles') && p.shareBarCaption.test(text))
  ) {
    return 'line:caption-media-label';
  }
  if (
    (opensWith(text, 'f') && p.fileLead.test(text)) ||
    (words <= c.maxPhotoLeadWords && opensWith(text, 'spitag') && p.photoLead.test(text))
  ) {
    return 'line:caption-photo-lead';
  }
  if ((opensWith(text, 'ftcep') && p.figure.test(text)) || (opensWith(text, DIGITS) && p.galleryCount.test(text))) {
    return 'line:caption-figure';
  }
  // Cheap checks first: most credits close the line with a parenthesis, or hold a slash or a colon.
  const paren = endsWithParen(text);
  const slash = text.includes('/');
  if (words >= c.minCreditWords) {
    if (
      (paren && (p.labelInParens.test(text) || p.sourceInParens.test(text))) ||
      (paren && slash && isSlashCredit(p.slashCreditInParens.exec(text), agencies)) ||
      (slash && p.agencyFirstCredit.test(text)) ||
      (text.includes(':') && (p.labelledCredit.test(text) || p.labelledLine.test(text))) ||
      (slash && isSlashCredit(p.closingSlashCredit.exec(text), agencies)) ||
      (text.includes('(') && p.datedSource.test(text)) ||
      (paren && p.publishedStamp.test(text)) ||
      (text.includes('|') && p.pipeCredit.test(text)) ||
      (words <= c.maxPlacedWords && isPlacedInPicture(text)) ||
      (text.includes('Read Caption') && p.captionControls.test(text))
    ) {
      return 'line:caption-credit';
    }
  }
  // `Furlough babies? (Getty)`: a wire agency alone in the closing parentheses.
  const name = paren ? p.nameInParens.exec(text) : null;
  if (name && isWireName(name[1]!, agencies)) return 'line:caption-credit';
  if (paren && words >= c.minCreditWords && words <= c.maxSourceCaptionWords && p.sourceAfterSentence.test(text)) {
    return 'line:caption-credit';
  }
  if (p.photoTrailer.test(text) && isOneSentence(text)) return 'line:caption-photo-trailer';
  const lead = matchCreditShapes(text, words, slash, agencies);
  if (lead !== undefined) return lead;
  if (
    words >= c.minDatedWords &&
    words <= c.maxDatedWords &&
    endsWithYear(text) &&
    p.closingDate.test(text) &&
    isOneSentence(text)
  ) {
    if (CAPTION_VERB.test(text) && !NOT_CAPTION.test(text)) return 'line:caption-dated';
  }
  return undefined;
}

/** Whether people are placed in the picture (`..., left, and ...`, `..., center, talks with ...`), in a line that reports nothing. */
function isPlacedInPicture(text: string): boolean {
  if (text.includes('(') && CAPTION_PATTERNS.placedInBrackets.test(text))
    return !REPORTING.test(text) && isOneSentence(text);
  // Most lines name no place in a picture: the pattern runs only where one of its words is followed by a comma.
  if (!/(?:left|right|center|centre), /.test(text)) return false;
  const m = CAPTION_PATTERNS.placedInPicture.exec(text);
  return m !== null && (m[1] === 'and' || m[1] === 'with' || CAPTION_VERB.test(m[1]!)) && !REPORTING.test(text);
}

const DIGITS = '0123456789';

/** Reporting verbs: a line with one is a sentence about the agency, not a credit. */
const REPORTING = /\b(?:said|says|told|reported|reports)\b/;

/**
 * Captions recognized by a credit at their start, and credit lines alone (issue 12): `line:caption-credit-lead`
 * and `line:caption-credit-alone`.
 */
function matchCreditShapes(text: string, words: number, slash: boolean, agencies: AgencyIndex): string | undefined {
  const p = CAPTION_PATTERNS;
  if (words >= CAPTION_SHAPES.minCreditWords && p.creditLead.test(text) && !REPORTING.test(text))
    return 'line:caption-credit-lead';
  if (words > CAPTION_SHAPES.maxCreditAloneWords || endsWithAny(text, '.!?:')) return undefined;
  if (text.startsWith('(') && p.sourceAlone.test(text)) return 'line:caption-credit-alone';
  if (slash) {
    const m = p.slashCreditAlone.exec(text);
    if (m && (PICTURE_SOURCE.test(m[2]!.trim()) || isSlashCredit(m, agencies))) return 'line:caption-credit-alone';
  }
  if (opensWith(text, 'pisv') && p.photoByAlone.test(text)) return 'line:caption-credit-alone';
  return undefined;
}

/**
 * Whether `text` opens with one of `letters` (lower case, compared without case): the first character of a pattern
 * anchored at the start, checked before trying it.
 */
function opensWith(text: string, letters: string): boolean {
  let c = text.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) c |= 0x20;
  return c < 0x80 && letters.includes(String.fromCharCode(c));
}

/** Whether `text` ends with four digits, or four digits and a period (the end of {@link CAPTION_PATTERNS}.closingDate). */
function endsWithYear(text: string): boolean {
  let e = text.length;
  if (e > 0 && text.charCodeAt(e - 1) === 0x2e) e--;
  if (e < 4) return false;
  for (let i = e - 4; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Whether the names around a slash read as a credit: a photographer's full
 * name, an outlet of two words or more, or a wire agency (`Anonymous/AP`);
 * single words on both sides are more often a pair of terms (`Author/CDS`).
 */
function isSlashCredit(m: RegExpExecArray | null, agencies: AgencyIndex): boolean {
  if (!m) return false;
  const [, left, right] = m as unknown as [string, string, string];
  return (
    /\s/.test(left.trim()) ||
    /\s/.test(right.trim()) ||
    findAgencies(m[0], agencies).some((a) => a.agency.kind === 'wire')
  );
}

/** Whether the whole of `name` is the name of a wire or photo agency (`Associated Press`, `Getty Images`). */
function isWireName(name: string, agencies: AgencyIndex): boolean {
  const trimmed = name.trim();
  return findAgencies(trimmed, agencies).some(
    (a) => a.agency.kind === 'wire' && a.start === 0 && a.end === trimmed.length,
  );
}

/** No sentence end before the last character (abbreviations such as `Feb.` and `Wis.` are followed by a lowercase word or a digit). */
function isOneSentence(text: string): boolean {
  return !/[a-z]{3}[.!?] [A-Z]/.test(text.slice(0, -1));
}

/**
 * Media widgets: the controls and counters of embedded players and galleries
 * (`Play Video 2:10 ...`, `JUST WATCHED ... Replay More Videos ... 04:56`,
 * `Embed ... 2:14 autoplay`, `Slideshow (2 Images)`, `CLOSE Skip in Skip x
 * Embed x Share ...`). A verb of playing with a running time, or a control
 * word in capitals opening the line, is how players render as text.
 *
 * @internal
 */
export const WIDGET_PATTERNS = {
  /** A play verb opening the line and a running time (`m:ss`) in it. */
  playWithDuration: /^(?:play|watch|replay|embed)(?: video)?\b[^\n]{0,200}?\b\d{1,2}:\d{2}\b/i,
  /** The two labels of a video carousel. */
  carousel: /^(?:just watched|must watch)\b/i,
  /** A running time closing a line about a video: `... - video 2:10`, `... Replay 04:56`. */
  closingDuration: /\b\d{1,2}:\d{2}$/,
  /** A running time in parentheses closing a video's caption: `... before Smith was fatally shot. (3:31)`. */
  durationInParens: /\(\d{1,2}:\d{2}\)$/,
  mediaWord: /\b(?:video|videos|watch|replay|play|autoplay|audio|listen)\b/i,
  autoplay: /\bautoplay\b/i,
  /** A gallery or player counter alone: `Slideshow (2 Images)`, `Photos (12)`. */
  counter:
    /^(?:slideshow|gallery|photo gallery|photos?|images?|pictures?|videos?)\s*\(\d{1,3}(?: (?:images?|photos?|pictures?|videos?|slides?))?\)$/i,
  /** Player controls in capitals opening the line, followed by the video's caption. */
  controls: /^(?:CLOSE|SKIP|REPLAY|EMBED)\s+["'A-Z0-9]|^(?:CLOSE\s+)?Skip in Skip\b/,
  /** A player's label alone on its line: `Play`, `Podcast`, `Watch now`, `Video:` (issue 12). */
  mediaWordAlone:
    /^(?:play|replay|podcast|video|audio|listen|watch|gallery|slideshow|photos?)(?: (?:video|now|again|all|here))?[\s:.!>»›]*$/i,
  /** A player's notice: `You'll need an HTML5 capable browser to see this content.` */
  playerNotice: /\bhtml ?5\b[^.]{0,40}\b(?:browser|player|video)\b|\b(?:browser|player|device)\b[^.]{0,40}\bhtml ?5\b/i,
  /** A gallery's caption counter: `Hide Caption 1 of 132`. */
  galleryCounter: /\bHide Caption \d{1,3} of \d{1,3}\b/,
  /** A player's two clocks, position and length: `sound 00:00 00:00`, `0:00 / 2:31`. */
  twoClocks: /\b\d{1,2}:\d{2}\s*\/?\s*\d{1,2}:\d{2}\b/,
} as const;

/**
 * Recognizes a media widget line. Returns the rule id and whether the line
 * also carries a caption (the title or description of the video), in which
 * case it is reported as a caption.
 *
 * @internal
 */
export function matchMediaWidget(text: string, words: number): { rule: string; caption: boolean } | undefined {
  const w = WIDGET_PATTERNS;
  const m = MEDIA_WIDGETS;
  // A gallery flattened into one line, each picture's caption closed by its counter (`... Hide Caption 1 of 132`),
  // thousands of words long (CNN, issue 12).
  if (text.includes('Hide Caption') && w.galleryCounter.test(text))
    return { rule: 'line:media-gallery', caption: true };
  if (words > m.maxWords) return undefined;
  if (opensWith(text, 'sgpiv') && w.counter.test(text)) return { rule: 'line:media-widget', caption: false };
  // `CLOSE` in capitals followed by a capitalized word; prose set in capitals goes on in lowercase (`CLOSE to 100 ...`).
  if (opensWith(text, 'csre') && w.controls.test(text))
    return { rule: 'line:media-widget', caption: words > m.maxControlOnlyWords };
  // A player's label, notice or clocks (issue 12).
  if (words <= m.maxLabelWords && opensWith(text, 'prvalwgsp') && w.mediaWordAlone.test(text))
    return { rule: 'line:media-label', caption: false };
  // The notice names `html5` (`html 5`): a line without a `5` is spared the pattern.
  if (words <= m.maxNoticeWords && text.includes('5') && w.playerNotice.test(text))
    return { rule: 'line:media-notice', caption: false };
  // A clock (`00:00`) is two words to the line scanner: the label and two clocks are at most `maxLabelWords + 4`.
  if (words <= m.maxLabelWords + 4 && text.includes(':') && w.twoClocks.test(text))
    return { rule: 'line:media-widget', caption: false };
  // The rest needs a running time (`m:ss`) or the carousel's labels.
  if (!text.includes(':') && !(opensWith(text, 'jm') && w.carousel.test(text))) return undefined;
  if (
    (words <= m.maxPlayerWords && (w.playWithDuration.test(text) || w.carousel.test(text))) ||
    (words <= m.maxPlayerWords && w.closingDuration.test(text) && w.mediaWord.test(text)) ||
    (w.autoplay.test(text) && /\b\d{1,2}:\d{2}\b/.test(text)) ||
    w.durationInParens.test(text)
  ) {
    return { rule: 'line:media-widget', caption: words > m.maxPlayerOnlyWords };
  }
  return undefined;
}

/**
 * Photo credit lines that name no known agency: a courtesy line (`Courtesy
 * Maria Feng`, `Photo courtesy of the family`), a chain of three or more
 * names joined by slashes (`Graylock/Abaca Press/MCT/Newscom`), the way
 * photographers and picture agencies are credited together, or a source and
 * its distributor (`NFL via Getty Images`). Complements
 * `matchPhotoCredit`, which wants a known agency for a pair of names.
 *
 * @returns The credited sources, or `undefined`.
 * @internal
 */
export function matchCreditChain(line: string): string[] | undefined {
  if (line.length > PHOTO_CREDITS.maxLineChars || endsWithAny(line, '.!?')) return undefined;
  const courtesy = /^(?:(?:photo|image|picture)s? )?courtesy(?: of)?:? ((?:the )?[A-Z][^.!?]{1,60})$/i.exec(line);
  if (courtesy && line.split(/\s+/).length <= PHOTO_CREDITS.maxCourtesyWords) return [courtesy[1]!];
  // Without a slash the line is one part (a chain needs three).
  const parts = line.includes('/') ? line.split(/\s*\/\s*/) : [line];
  const namePart = /^[A-Z][\p{L}.&'-]*(?: [A-Z][\p{L}.&'-]*){0,2}$/u;
  if (parts.length >= PHOTO_CREDITS.minChainNames && parts.every((p) => namePart.test(p))) return parts;
  // `NFL via Getty Images`, `U.S. Force Korea via AP`: a source and the agency that distributed it.
  const via = line.includes(' via ')
    ? /^([A-Z][\p{L}.&'-]*(?: [A-Z][\p{L}.&'-]*){0,3}) via ([A-Z][\p{L}.&'-]*(?: [A-Z][\p{L}.&'-]*){0,2})$/u.exec(line)
    : null;
  if (via) return [via[1]!, via[2]!];
  return undefined;
}
