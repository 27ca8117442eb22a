import { type AgencyIndex, findAgencies } from '../agencies';

/** A dateline found at the start of a line, with offsets relative to the line. @internal */
export interface DatelineMatch {
  readonly length: number; // characters up to and including the separator and following space
  readonly textLength: number; // characters of the dateline itself (without trailing spaces)
  readonly place: string;
  readonly date?: string;
  readonly agency?: string;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATELINE = new RegExp(
  // PLACE[, Region][, Month Day[, Year]] [(AGENCY)] -- / - / :
  `^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})((?:, [A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})?)(?:,? (${MONTH} \\d{1,2}(?:, \\d{4})?))?(?: ?\\(([^()]{1,40})\\))?( ?(?:--?|:) ?)(?=\\S)`,
);
const AGENCY_ONLY = /^\(([A-Z][A-Za-z .-]{1,30})\)( ?--? ?)(?=\S)/;

/**
 * Recognizes a dateline (`MOSCOW, March 19 (UPI) --`, `WASHINGTON (AP) -`,
 * `(CNN) -`) at the start of a cleaned body line.
 *
 * @internal
 */
export function matchDateline(line: string, agencies: AgencyIndex): DatelineMatch | undefined {
  const m = DATELINE.exec(line);
  if (m) {
    const place = m[1]!;
    // The place must be in capitals and look like a place, not an acronym-led sentence.
    if (place.replace(/[^A-Z]/g, '').length < 2) return undefined;
    const hasSeparatorDash = /-/.test(m[5]!);
    const agencyText = m[4];
    if (!hasSeparatorDash && !agencyText) return undefined;
    const agency = agencyText ? (findAgencies(agencyText, agencies)[0]?.agency.name ?? agencyText.trim()) : undefined;
    const full = m[0];
    return {
      length: full.length,
      textLength: full.trimEnd().length,
      place: (place + m[2]!).trim(),
      ...(m[3] ? { date: m[3] } : {}),
      ...(agency ? { agency } : {}),
    };
  }
  const a = AGENCY_ONLY.exec(line);
  if (a) {
    const known = findAgencies(a[1]!, agencies)[0];
    if (!known) return undefined;
    return { length: a[0].length, textLength: a[0].trimEnd().length, place: '', agency: known.agency.name };
  }
  return undefined;
}

/** A parsed wire credit line. @internal */
export interface CreditMatch {
  readonly agency?: string;
  readonly reporters: string[];
  readonly editors: string[];
}

function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((s) => s.replace(/^(in|from) [A-Z][\w .'-]*$/, '').trim())
    .filter((s) => /^[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,3}$/u.test(s));
}

/**
 * Recognizes a wire credit line: Reuters' `(Reporting by ...; Editing by ...)`,
 * `The Associated Press contributed to this report.`, `— Reuters`,
 * `Copyright 2015 The Associated Press`.
 *
 * @internal
 */
export function matchCredit(line: string, agencies: AgencyIndex): CreditMatch | undefined {
  if (line.length > 400) return undefined;
  const reuters =
    /^\((?:(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Research|Graphics|Fact-?checking)\b[^()]*)\)\.?$/i.exec(
      line,
    );
  if (reuters) {
    const reporters: string[] = [];
    const editors: string[] = [];
    for (const part of line.slice(1, -1).split(/;/)) {
      const r = /^\s*(?:Additional )?(Reporting|Writing|Editing|Compiled)(?: by)?\s+(.*)$/i.exec(part);
      if (!r) continue;
      const names = splitNames(r[2]!.replace(/\)$/, ''));
      if (/^editing$/i.test(r[1]!)) editors.push(...names);
      else reporters.push(...names);
    }
    // The parenthesized "Reporting by ...; Editing by ..." credit is Reuters house style.
    return { agency: 'Reuters', reporters, editors };
  }
  if (/\bcontributed to this (report|story|article)\.?$/i.test(line) && line.split(/\s+/).length <= 40) {
    const agency = findAgencies(line, agencies)[0]?.agency.name;
    return { ...(agency ? { agency } : {}), reporters: [], editors: [] };
  }
  const dashAgency = /^[-–—]+ ?([A-Z][A-Za-z .-]{1,40})\.?$/.exec(line);
  if (dashAgency) {
    const agency = findAgencies(dashAgency[1]!, agencies)[0]?.agency;
    if (agency?.kind === 'wire') return { agency: agency.name, reporters: [], editors: [] };
  }
  if (/^(copyright|\(c\)|©)\s*\d{4}\b/i.test(line) && line.split(/\s+/).length <= 30) {
    const agency = findAgencies(line, agencies).find((a) => a.agency.kind === 'wire')?.agency.name;
    if (agency) return { agency, reporters: [], editors: [] };
  }
  return undefined;
}

/** A parsed byline. @internal */
export interface BylineMatch {
  readonly names: string[];
  readonly agency?: string;
}

/** Recognizes a byline line: `By Elizabeth Shim`, `By Jack Kim and Ju-min Park, Reuters`. @internal */
export function matchByline(line: string, agencies: AgencyIndex): BylineMatch | undefined {
  if (line.length > 160) return undefined;
  const m = /^(?:by|story by|written by|words by|text by)[: ]\s*(.+?)[.]?$/i.exec(line);
  if (!m) return undefined;
  const rest = m[1]!;
  if (!/^[A-Z]/.test(rest)) return undefined;
  const agencyHit = findAgencies(rest, agencies)[0];
  const withoutAgency = agencyHit ? rest.slice(0, agencyHit.start).replace(/[,\s|-]+$/, '') : rest;
  const names = splitNames(withoutAgency.replace(/\s*\|.*$/, ''));
  if (names.length === 0 && !agencyHit) return undefined;
  if (rest.split(/\s+/).length > 14) return undefined;
  return { names, ...(agencyHit ? { agency: agencyHit.agency.name } : {}) };
}

/** Recognizes a photo credit line: `KCNA/Reuters`, `AP Photo/Ahn Young-joon`, `Photo: Getty Images`. @internal */
export function matchPhotoCredit(line: string, agencies: AgencyIndex): string[] | undefined {
  if (line.length > 100 || /[.!?]$/.test(line)) return undefined;
  const labelled = /^(?:photos?|photograph|image|picture|credit|photo credit)s?(?: by)?\s*[:/]\s*(.+)$/i.exec(line);
  if (labelled) return labelled[1]!.split(/\s*\/\s*/).filter(Boolean);
  const parts = line.split(/\s*\/\s*/);
  const namePart = /^[A-Z][\p{L}.&'-]*(?: [A-Z][\p{L}.&'-]*){0,3}$/u;
  if (parts.length >= 2 && parts.every((p) => namePart.test(p))) {
    const credible = parts.some((p) => findAgencies(p, agencies).length > 0 || /\b(Photo|Images?|Pictures?)\b/.test(p));
    if (credible) return parts;
  }
  if (/^\(?(?:AP|Reuters|AFP|Getty Images|EPA|Bloomberg|Xinhua|Yonhap|KCNA)(?: Photo)?\)?$/.test(line)) {
    return [line.replace(/[()]/g, '')];
  }
  return undefined;
}

/**
 * Longest line read as a caption by its marker, in characters. Reasoned: a
 * photo caption with its credit is at most a few sentences (about 80 words);
 * 1,000 characters leaves room for long ones and keeps paragraphs of prose
 * that mention a photo out.
 */
const MAX_CAPTION_LENGTH = 1000;

/** Recognizes a caption by an explicit marker (`Photo courtesy of ...`, `(AP Photo/...)`). @internal */
export function hasCaptionMarker(line: string): boolean {
  // A caption is a line or two; a long paragraph that mentions "photo by" somewhere is prose.
  if (line.length > MAX_CAPTION_LENGTH) return false;
  return (
    /\b(?:photo|picture|image|file photo)s? (?:courtesy of|by|credit|credits)\b/i.test(line) ||
    /\((?:photo|image|file photo|AP Photo|Reuters|AFP|Getty Images|EPA)[^()]{0,80}\)\.?$/i.test(line) ||
    /^(?:file photo|pictured|in this (?:file )?(?:photo|picture|image))\b[:,]?/i.test(line) ||
    // A credit closing the caption: `... last year. Photograph: Guy Smallman/Getty Images`.
    /(?:^|[.\s])(?:photograph|photo|image|picture)s?(?: by)?:\s*[^.:]{2,60}$/i.test(line) ||
    /\b[A-Z][\p{L}'-]+ [A-Z][\p{L}'-]+\/(?:Reuters|AP|AFP|Getty Images|EPA|Bloomberg)(?: files?)?$/u.test(line)
  );
}

const CAPTION_VERBS =
  'holds|gives|speaks|attends|waves|looks|walks|arrives|sits|stands|poses|visits|inspects|shakes|greets|meets|talks|delivers|listens|watches|smiles|gestures|salutes|applauds|reacts|leaves|enters|signs|addresses|rides|receives|presents|claps|hugs|embraces|kisses|points|inspects|tours|observes|laughs|chats|prays|bows|is seen|are seen|is pictured|are pictured';
const CAPTION_PRESENT = new RegExp(`^[A-Z][^.!?"]{0,90}? (?:${CAPTION_VERBS}) [^"]*$`);
const REPORTING = /\b(said|says|told|tells|reported|reports|according to|announced|confirmed|quoted|quoting|citing)\b/i;

/**
 * Recognizes a photo caption written in the present tense, as agency style
 * guides prescribe (`Kim Jong-un holds a boy after a photo session ...`). Used
 * only between the headline and the lede, where captions sit in scraped text.
 *
 * @internal
 */
export function looksLikePresentTenseCaption(line: string, sentences: number): boolean {
  return sentences === 1 && line.length <= 400 && CAPTION_PRESENT.test(line) && !REPORTING.test(line);
}

/** A line that is nothing but a URL. @internal */
export const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
/** URLs inside text. @internal */
export const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi;
