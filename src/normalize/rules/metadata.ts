import { splitSentences } from '../../segment/split-sentences';
import { type AgencyIndex, agencyAtStart, findAgencies } from '../agencies';
import { BYLINES, CAPTION_SHAPES, CREDIT_LINES, PHOTO_CREDITS } from '../tuning';
import { endsWithAny, endsWithParen } from './line-ends';
import type { LineCues } from './line-scanner';

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
/** A run of capitals as long as a dateline's place must hold. */
const PLACE_CAPITALS = new RegExp(`[A-Z]{${BYLINES.minPlaceCapitals}}`);

/**
 * Recognizes a dateline (`MOSCOW, March 19 (UPI) --`, `WASHINGTON (AP) -`,
 * `(CNN) -`) at the start of a cleaned body line.
 *
 * @internal
 */
export function matchDateline(line: string, agencies: AgencyIndex): DatelineMatch | undefined {
  const m = DATELINE.exec(line);
  if (m) {
    // The place's letters run up to the separator: `HIROSHIMA--`, `SAN FRANCISCO--(BUSINESS WIRE)--` name no dash.
    const place = m[1]!.replace(/-+$/, '');
    // The place must be in capitals and look like a place, not an acronym-led sentence, nor letters one by one
    // (`U.S.-Mexico border crossings ...`, `X-Z - Nicolette Larson ...`): a place's name has a run of capitals.
    if (!PLACE_CAPITALS.test(place)) return undefined;
    // The separator with the dashes the place's pattern took, and what follows it.
    const separator = m[1]!.slice(place.length) + m[5]!;
    const after = line.slice(m[0].length);
    // `U.K.-based opposition activist ...` is a compound, not `U.K.` and a dash: a dash glued on both sides
    // before a lower-case letter joins words (multi-news-dev cluster 176 doc 1), and before a digit it writes a
    // name with a number (`COVID-19 cases rose ...`, `VF-32 aircrew logged ...` in a PAN-13 source text).
    if (!/\s/.test(separator) && /^[\p{Ll}\p{N}]/u.test(after)) return undefined;
    // One dash glued on both sides before a word in capitals joins two names (`DVD-RW Burner`, `KXAS-TV reports`,
    // `MULTI-BRAND STRATEGY`: 9 lines of multi-news-dev and PAN-13). The cleaned text writes every dash `-`, so a
    // glued em dash before a sentence's first word stays a dateline (`WASHINGTON—The`, `MIAMI—LeBron`).
    if (separator === '-' && !m[4] && /^\p{Lu}{2,}(?![\p{L}])/u.test(after)) return undefined;
    const hasSeparatorDash = /-/.test(m[5]!);
    const agencyText = m[4];
    if (!hasSeparatorDash && !agencyText) return undefined;
    const agency = agencyText ? (findAgencies(agencyText, agencies)[0]?.agency.name ?? agencyText.trim()) : undefined;
    const full = m[0];
    // HealthDay writes the day where a place stands (`MONDAY, July 2 (HealthDay News) --`): no place, the day is the date's.
    const weekday = /^(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY$/.test(place) && !m[2];
    return {
      length: full.length,
      textLength: full.trimEnd().length,
      place: weekday ? '' : (place + m[2]!).trim(),
      ...(m[3] ? { date: weekday ? `${place}, ${m[3]}` : m[3] } : weekday ? { date: place } : {}),
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
  /** The agency credited for the text: the first wire agency named, else the first organization. */
  readonly agency?: string;
  /** Every agency or outlet the credit names, in order (`ABC News`, `AP`; `SID`, `dpa`). */
  readonly agencies?: string[];
  readonly reporters: string[];
  readonly editors: string[];
}

/** The outlet a byline's reporters write for, closing it: ` for MailOnline`, ` For The Mail On Sunday`, ` for the BBC`. */
const FOR_OUTLET =
  /\s+[Ff]or\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:(?:on|of|and)\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}$/u;

function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\b[Aa]nd\b|&)\s*/)
    .map((s) => s.replace(/^(in|from) [A-Z][\w .'-]*$/, '').trim())
    .filter((s) => /^[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,3}$/u.test(s));
}

/**
 * Shapes of the credit lines that news agencies and the outlets running
 * their copy write under a story (issue 12). Each is a house style, never the
 * text of one article.
 *
 * @internal
 */
export const CREDIT_PATTERNS = {
  /** Reuters: `(Reporting by ...; Editing by ...)`, `(Additional reporting by ...)`, `(Editing by ...)`. */
  reutersParens:
    /^\((?:(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Research|Graphics|Fact-?checking)\b[^()]*)\)\.?$/i,
  /**
   * Reuters without parentheses, as reuters.com prints it: `Reporting by Jack Kim; Editing by Bob Ray`,
   * `Additional reporting by Steve Gorman; Editing by Marguerita Choy, Nick Zieminski and Simon Cameron-Moore`.
   * Two parts or more, the first naming the reporters: one `Reporting by ...` alone is `reportingBy`.
   */
  reutersPlain:
    /^(?:Additional )?(?:Reporting|Writing)(?: and (?:writing|editing))? by [^;()]{2,160}(?:;\s*(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Research|Graphics|Fact-?checking)(?: by)? [^;()]{2,160})+\.?$/i,
  /** A contributors' line without parentheses: `With reporting by Ray Waddell`, `— with additional reporting by Lloyd Grove`. */
  reportingBy: /^[-–—]*\s*(?:with )?(?:additional )?reporting (?:by|from) ([A-Z][^.;:!?]{1,160})\.?$/i,
  /**
   * The New York Daily News: `With Edgar Sandoval, John Annese, Rocco Parascandola, Ryan Sit, Todd Maisel` (issue 12):
   * `With` and full names only (two to four capitalized words each); a sentence never stands on them alone.
   */
  withNames:
    /^With ([A-Z][\p{L}'-]+(?: [A-Z][\p{L}.'-]*){1,3}(?:, [A-Z][\p{L}'-]+(?: [A-Z][\p{L}.'-]*){1,3})*(?:,? and [A-Z][\p{L}'-]+(?: [A-Z][\p{L}.'-]*){1,3})?)\.?$/u,
  /** `... contributed to this report.`, `... contributed to this story from McAllen, Texas.` */
  contributedTo: /\bcontributed(?: reporting)? to (?:this|the) (?:report|story|article)(?: from [^.;]{1,80})?\.?$/i,
  /** `AP writer Ken Thomas contributed.`: read as a credit only when it names an agency. */
  contributedBare: /\bcontributed(?: reporting)?(?: from [^.;]{1,80})?\.?$/i,
  /** USA Today and Gannett: `Contributing: The Associated Press`, `Contributing: Ben Mutzabaugh, USA TODAY; the Associated Press`. */
  contributing: /^Contributing(?: writers?| reporters?| editors?)?\s*:\s*\S/i,
  /** Bloomberg: `To contact the reporter on this story: ...`, `To contact the editor responsible for this story: ...`. */
  bloombergContact:
    /^To contact the (reporters?|editors?|writers?|authors?) (?:on|of|for|responsible for) this (?:story|article|report)\s*:\s*(.+)$/i,
  /** Bloomberg: `— With assistance by Konrad Krasuski, ...`, `--With assistance from ...`. */
  bloombergAssistance: /^[-–—]+\s*With (?:additional )?assistance (?:by|from)\s+(.+)$/i,
  /** Agencies listed in parentheses after the editors' initials (Deutsche Welle): `jh/asz (SID, dpa)`, `(AFP, Reuters)`. */
  agencyList: /^((?:[a-z]{1,4}\/)+[a-z]{1,4}\s*)?\(([^()]{2,80})\)\.?$/,
  /** An agency's short name in such a list when copydesk does not know it: `SID`, `KNA`, `epd`. */
  agencyAbbreviation: /^(?:[A-Z]{2,6}|[a-z]{2,5})$/,
  /** `— Reuters`, `-- AP`. */
  dashAgency: /^[-–—]+ ?([A-Z][A-Za-z .-]{1,40})\.?$/,
  /** `Copyright 2015 The Associated Press ...`, `Copyright © 2012 AFP. All rights reserved.`, `© Thomson Reuters`. */
  copyright: /^(?:copyright|\(c\)|©)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}\b)?/i,
  /** `Nicole Winfield reported from Vatican City.`: the AP's sign-off alone on its line, a full name (issue 12). */
  reportedFromLine: /^([A-Z][\p{L}'-]+(?: [A-Z][\p{L}.'-]*){1,3}) reported (?:from|in) [^.;]{1,80}\.$/u,
  /** `Lucey reported from Washington.`: the sign-off sentence before an AP `contributed` credit. */
  reportedFrom: /^[A-Z][\p{L}'-]+(?: and [A-Z][\p{L}'-]+)? reported (?:from|in) [^.;]{1,80}\.$/u,
} as const;

/** The words of the credit patterns that are not anchored to a first character or to a closing parenthesis. */
const CREDIT_CUE = /reporting|reported (?:from|in) |contribut|contact|assistance|copyright/i;

/**
 * Whether a line can match one of {@link CREDIT_PATTERNS}: it opens with `(`,
 * a dash, `©` or `With `, closes with a parenthesis, or holds one of the patterns'
 * words. A cheap test that spares most lines of prose the patterns.
 */
function mayBeCredit(line: string): boolean {
  const c = line.charCodeAt(0);
  return (
    c === 0x28 ||
    c === 0x2d ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0xa9 ||
    endsWithParen(line) ||
    line.startsWith('With ') ||
    hasCreditCue(line)
  );
}

let creditCueLine: string | undefined;
let creditCueFound = false;

/** {@link CREDIT_CUE} tested on a line, remembered for the last line (the credit finders ask twice in a row). */
function hasCreditCue(line: string): boolean {
  if (line !== creditCueLine) {
    creditCueLine = line;
    creditCueFound = CREDIT_CUE.test(line);
  }
  return creditCueFound;
}

/**
 * Longest match of the closing signature pattern `/[-–—] ?[A-Z][A-Za-z .-]{1,40}\.?$/` (dash, space, capital, 40
 * letters, period): its dash is among the last this many characters.
 */
const SIGNATURE_SPAN = 1 + 1 + 1 + 40 + 1;

/** Whether one of the last `n` characters of `text` is a dash (`-`, `–`, `—`). */
function dashNearEnd(text: string, n: number): boolean {
  for (let i = Math.max(0, text.length - n); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The agencies named in `text`: canonical names, wire agencies first in the `agency` pick. */
function namedAgencies(text: string, agencies: AgencyIndex): { agency?: string; agencies?: string[] } {
  const found = findAgencies(text, agencies).filter((a) => a.agency.photoOnly !== true);
  const names = [...new Set(found.map((a) => a.agency.name))];
  if (names.length === 0) return {};
  const agency = found.find((a) => a.agency.kind === 'wire')?.agency.name ?? names[0]!;
  return { agency, agencies: names };
}

/** Reporters and editors of a Reuters credit, in parentheses or not. */
function reutersNames(text: string): { reporters: string[]; editors: string[] } {
  const reporters: string[] = [];
  const editors: string[] = [];
  for (const part of text.replace(/^\(|\)\.?$/g, '').split(/;/)) {
    const r = /^\s*(?:Additional )?(Reporting|Writing|Editing|Compiled)(?: by)?\s+(.*)$/i.exec(part);
    if (!r) continue;
    const names = creditedPeople(r[2]!.replace(/\)$/, ''));
    if (/^editing$/i.test(r[1]!)) editors.push(...names);
    else reporters.push(...names);
  }
  return { reporters, editors };
}

/**
 * Names of a credit's or a contact line's list, without their places and addresses: `Suilee Wee in Beijing,
 * Niluksi Koswanage in Kuala Lumpur and Amy Lefevre in Bangkok`, `Brian Faler in Washington at bfaler@bloomberg.net`;
 * a place's own comma (`Barbara Liston in Orlando, Florida`) leaves a one-word piece after a place, which is the
 * place's, not a person.
 */
function creditedPeople(list: string): string[] {
  const people: string[] = [];
  let afterPlace = false;
  for (const piece of list.split(/\s*(?:,|;|\band\b)\s*/)) {
    if (afterPlace && /^\p{Lu}[\p{L}.'-]*$/u.test(piece)) continue;
    afterPlace = /\s(?:in|at)\s/.test(piece);
    people.push(piece.replace(/\s+(?:in|at)\s+.*$/, '').replace(/\.$/, ''));
  }
  return splitNames(people.join(', '));
}

/**
 * Recognizes a wire credit line: Reuters' `(Reporting by ...; Editing by ...)`,
 * `The Associated Press contributed to this report.`, `Contributing: The
 * Associated Press`, Bloomberg's `To contact the reporter on this story: ...`
 * and `— With assistance by ...`, agency lists such as `jh/asz (SID, dpa)`,
 * `— Reuters`, `Copyright 2015 The Associated Press`.
 *
 * @remarks A credit naming several organizations records them all in
 * `agencies`; `agency` is the first wire agency among them (`ABC News' Gerard
 * McNiff and the Associated Press contributed` credits AP). An unnamed
 * `(Reporting by ...; Editing by ...)` is Reuters house style, and the
 * Bloomberg sign-offs are Bloomberg's.
 *
 * @internal
 */
export function matchCredit(line: string, agencies: AgencyIndex): CreditMatch | undefined {
  return matchCreditText(line, agencies, CREDIT_LINES.maxContributedLineWords);
}

/** The credit patterns whose first group holds the reporters' names, tried in this order. */
const NAMING_CREDITS = [CREDIT_PATTERNS.reportingBy, CREDIT_PATTERNS.withNames, CREDIT_PATTERNS.reportedFromLine];

function matchCreditText(line: string, agencies: AgencyIndex, contributedWords: number): CreditMatch | undefined {
  if (line.length > CREDIT_LINES.maxChars || !mayBeCredit(line)) return undefined;
  const p = CREDIT_PATTERNS;
  if (p.reutersParens.test(line) || p.reutersPlain.test(line)) {
    return { agency: 'Reuters', agencies: ['Reuters'], ...reutersNames(line) };
  }
  // Counted only for a line that has a credit's shape.
  let counted: number | undefined;
  const wordsOf = () => {
    counted ??= wordCount(line);
    return counted;
  };
  // Lines that name the reporters (the names in their first group): `With reporting by ...`, `With Edgar Sandoval,
  // John Annese, ...`, `Nicole Winfield reported from Vatican City.`.
  for (const pattern of NAMING_CREDITS) {
    const named = pattern.exec(line);
    if (named && wordsOf() <= CREDIT_LINES.maxReportingByWords) {
      const reporters = splitNames(named[1]!);
      if (reporters.length > 0) return { ...namedAgencies(line, agencies), reporters, editors: [] };
    }
  }
  if (p.contributedTo.test(line) && wordsOf() <= contributedWords) {
    return { ...namedAgencies(line, agencies), reporters: [], editors: [] };
  }
  // One sentence only: a short paragraph that ends `... AP writer Ken Thomas contributed.` keeps its prose.
  if (
    p.contributedBare.test(line) &&
    wordsOf() <= CREDIT_LINES.maxContributedBareWords &&
    !/[a-z]{2}[.!?]["'”’)]*\s/.test(line)
  ) {
    const named = namedAgencies(line, agencies);
    if (named.agency) return { ...named, reporters: [], editors: [] };
  }
  if (p.contributing.test(line) && wordsOf() <= CREDIT_LINES.maxWords) {
    return { ...namedAgencies(line, agencies), reporters: [], editors: [] };
  }
  const contact = p.bloombergContact.exec(line);
  if (contact && wordsOf() <= CREDIT_LINES.maxBloombergWords) {
    const names = creditedPeople(contact[2]!);
    const editor = /^editor/i.test(contact[1]!);
    return {
      agency: 'Bloomberg',
      agencies: ['Bloomberg'],
      reporters: editor ? [] : names,
      editors: editor ? names : [],
    };
  }
  const assistance = p.bloombergAssistance.exec(line);
  if (assistance && wordsOf() <= CREDIT_LINES.maxBloombergWords) {
    return { agency: 'Bloomberg', agencies: ['Bloomberg'], reporters: creditedPeople(assistance[1]!), editors: [] };
  }
  const list = p.agencyList.exec(line);
  if (list) {
    const items = list[2]!.split(/\s*[,;]\s*/).map((s) => s.trim());
    const known = items.map((s) => {
      const hit = findAgencies(s, agencies)[0];
      return hit && hit.start === 0 && hit.end === s.length ? hit.agency : undefined;
    });
    const agencyLike = items.every((s, i) => known[i] !== undefined || p.agencyAbbreviation.test(s));
    const wire = known.find((a) => a?.kind === 'wire' && a.photoOnly !== true);
    // Initials before the list, or two agencies or more: `(AP)` alone is a photo credit.
    if (agencyLike && wire && (list[1] !== undefined || items.length >= CREDIT_LINES.minListedAgencies)) {
      const names = items.map((s, i) => known[i]?.name ?? s);
      return { agency: wire.name, agencies: names, reporters: [], editors: [] };
    }
  }
  const dashAgency = p.dashAgency.exec(line);
  if (dashAgency) {
    const agency = findAgencies(dashAgency[1]!, agencies)[0]?.agency;
    if (agency?.kind === 'wire' && agency.photoOnly !== true) {
      return { agency: agency.name, agencies: [agency.name], reporters: [], editors: [] };
    }
  }
  if (p.copyright.test(line) && wordsOf() <= CREDIT_LINES.maxReportingByWords) {
    const named = namedAgencies(line, agencies);
    const wire = findAgencies(line, agencies).find((a) => a.agency.kind === 'wire' && a.agency.photoOnly !== true);
    if (wire) return { ...named, agency: wire.agency.name, reporters: [], editors: [] };
  }
  return undefined;
}

/**
 * Every agency or outlet a credit's text names (`ABC News`, `AP` for `ABC
 * News' Gerard McNiff and the Associated Press contributed to this report.`;
 * `SID`, `dpa` for `jh/asz (SID, dpa)`), canonical names for known ones.
 *
 * @internal
 */
export function creditAgencies(text: string, agencies: AgencyIndex): string[] {
  return (
    matchCreditText(text.trim(), agencies, CREDIT_LINES.maxWords)?.agencies ??
    namedAgencies(text, agencies).agencies ??
    []
  );
}

/** A credit found in a line: the whole line (`start` 0) or its end, after the last sentence of the body. @internal */
export interface CreditSpanMatch {
  /** Offset in the line where the credit starts. */
  readonly start: number;
  readonly credit: CreditMatch;
}

/** Whether `prefix` ends a sentence (`... said.`, `... said."`) and leaves room for a credit after it. */
function endsSentence(prefix: string): boolean {
  return /[\p{L}\p{N}]/u.test(prefix) && /[.!?…]["'”’)\]]*\s+$/u.test(prefix);
}

/**
 * Finds the credit in a line: the whole line (as {@link matchCredit}), or a
 * credit closing a body paragraph (`... the minister said. (Editing by Tom
 * Heneghan)`, `... said. — With assistance by ...`, `... said. Associated
 * Press writer Eric Tucker contributed to this report.`). The credit starts
 * after a sentence end; the rest of the line stays body.
 *
 * @internal
 */
export function findCredit(line: string, agencies: AgencyIndex): CreditSpanMatch | undefined {
  const whole = matchCredit(line, agencies);
  if (whole) return { start: 0, credit: whole };
  if (line.length > CREDIT_LINES.maxSearchChars) return undefined;
  // A parenthesized credit closing the line: Reuters' or an agency list after initials.
  if (endsWithParen(line)) {
    const open = line.lastIndexOf('(');
    if (open > 0) {
      let start = open;
      const initials = /(?:^|\s)((?:[a-z]{1,4}\/)+[a-z]{1,4}\s*)$/.exec(
        line.slice(Math.max(0, open - CREDIT_LINES.initialsWindow), open),
      );
      if (initials && !CREDIT_PATTERNS.reutersParens.test(line.slice(open))) start = open - initials[1]!.length;
      const credit = matchCreditText(line.slice(start), agencies, CREDIT_LINES.maxWords);
      if (credit && endsSentence(line.slice(0, start))) return { start, credit };
    }
  }
  // Bloomberg's assistance sign-off after the last sentence.
  const cue = hasCreditCue(line);
  const dash = cue ? /\s[-–—]+\s*With (?:additional )?assistance (?:by|from)\s/i.exec(line) : null;
  if (dash) {
    const start = dash.index + 1;
    const credit = matchCreditText(line.slice(start), agencies, CREDIT_LINES.maxWords);
    if (credit && endsSentence(line.slice(0, start))) return { start, credit };
  }
  // A closing sentence (or two, for `Copyright ... . All rights reserved.`) that is a credit.
  // Both tests need a word of CREDIT_CUE or `©`, or a dash in the last 44 characters (the longest signature).
  const end = line.slice(-CREDIT_LINES.tailChars);
  const named = (cue || end.includes('©')) && /\bcontributed\b|copyright|©/i.test(end);
  if (!named && !(dashNearEnd(end, SIGNATURE_SPAN) && /[-–—] ?[A-Z][A-Za-z .-]{1,40}\.?$/.test(end))) {
    return undefined;
  }
  const sentences = splitSentences(line);
  for (let k = sentences.length - 1; k >= Math.max(0, sentences.length - CREDIT_LINES.tailSentences); k--) {
    let start = sentences[k]!.start;
    const credit = matchCreditText(line.slice(start), agencies, CREDIT_LINES.maxWords);
    if (!credit) continue;
    // `Lucey reported from Washington.` before an AP credit belongs to it.
    while (k > 0 && CREDIT_PATTERNS.reportedFrom.test(sentences[k - 1]!.text)) start = sentences[--k]!.start;
    if (start === 0) return { start, credit };
    if (wordCount(line.slice(start)) <= CREDIT_LINES.maxWords && endsSentence(line.slice(0, start))) {
      return { start, credit };
    }
    return undefined;
  }
  return undefined;
}

/** A parsed byline. @internal */
export interface BylineMatch {
  readonly names: string[];
  readonly agency?: string;
}

/** A publication stamp after an agency's name in a byline: `Tue Feb 19, 2013 7:44 PM`, `| Updated: March 3, 2015`. */
const BYLINE_STAMP = new RegExp(
  `^\\s*(?:[|·•,-]\\s*)?(?:(?:updated|published|posted)\\s*:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*$`,
  'i',
);

/**
 * Recognizes a byline line: `By Elizabeth Shim`, `By Jack Kim and Ju-min
 * Park, Reuters`, and an agency's name with the publication time
 * (`Associated Press Tue Feb 19, 2013 7:44 PM`).
 *
 * @internal
 */
export function matchByline(line: string, agencies: AgencyIndex): BylineMatch | undefined {
  if (line.length > BYLINES.maxChars) return undefined;
  const lead = agencyAtStart(line, agencies);
  if (lead !== undefined && lead.agency.kind === 'wire' && lead.agency.photoOnly !== true) {
    if (BYLINE_STAMP.test(line.slice(lead.end))) return { names: [], agency: lead.agency.name };
  }
  const m = /^(?:by|story by|written by|words by|text by)[: ]\s*(.+?)[.]?$/i.exec(line);
  if (!m) return undefined;
  const rest = m[1]!;
  if (!/^[A-Z]/.test(rest)) return undefined;
  // `By Slaven Vlasic/Getty Images`: a name and an agency joined by a slash credit a photo.
  if (/[\p{L}.]\/[A-Z]/u.test(rest)) return undefined;
  const agencyHit = findAgencies(rest, agencies)[0];
  const withoutAgency = agencyHit ? rest.slice(0, agencyHit.start).replace(/[,\s|-]+$/, '') : rest;
  // `By Tom Pyman for MailOnline`, `By Glen Owen And Brendan Carlin For The Mail On Sunday` (trafilatura-eval
  // dailymail.co.uk.food): the outlet the reporters write for closes the byline.
  const names = splitNames(withoutAgency.replace(/\s*\|.*$/, '').replace(FOR_OUTLET, ''));
  if (names.length === 0 && !agencyHit) return undefined;
  if (rest.split(/\s+/).length > BYLINES.maxWords) return undefined;
  return { names, ...(agencyHit ? { agency: agencyHit.agency.name } : {}) };
}

/** A month's name, full or cut (`Sept.`), for case-insensitive date patterns. @internal */
export const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/**
 * A byline followed by its date: `by Ben Popper on September 17, 2019`, `By Wes FenlonMarch 14, 2024` (the name
 * glued to the month, as a teaser card's markup runs them together), `By Jane Doe | Jan. 5, 2020 4:15 pm`.
 */
const DATED_BYLINE = new RegExp(
  `^((?:by|story by|written by)[: ]\\s*\\S.*?)\\s*(?:,|\\||·|•|—|–|-|\\bon\\b)?\\s*(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?(?:${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+\\d{4})(?:,?\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?)\\.?$`,
  'i',
);

/**
 * Recognizes a byline line that ends with its date: the byline before the date, read by {@link matchByline}.
 *
 * @internal
 */
export function matchDatedByline(line: string, agencies: AgencyIndex): BylineMatch | undefined {
  if (line.length > BYLINES.maxChars) return undefined;
  const m = DATED_BYLINE.exec(line);
  if (!m) return undefined;
  return matchByline(m[1]!, agencies);
}

/** Recognizes a photo credit line: `KCNA/Reuters`, `AP Photo/Ahn Young-joon`, `Photo: Getty Images`. @internal */
export function matchPhotoCredit(line: string, agencies: AgencyIndex): string[] | undefined {
  if (line.length > PHOTO_CREDITS.maxLineChars || endsWithAny(line, '.!?')) return undefined;
  const labelled = /^(?:photos?|photograph|image|picture|credit|photo credit)s?(?: by)?\s*[:/]\s*(.+)$/i.exec(line);
  if (labelled) return labelled[1]!.split(/\s*\/\s*/).filter(Boolean);
  // Without a slash the line is one part.
  const parts = line.includes('/') ? line.split(/\s*\/\s*/) : [line];
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

/** A photo credit inside a line, with offsets relative to the line. @internal */
export interface PhotoCreditSpan {
  readonly start: number;
  readonly end: number;
  /** Agencies, photographers and sources named, in order (`Susan Walsh`, `AP`). */
  readonly sources: string[];
}

/**
 * What a photo credit or caption marker always holds, unless it closes the
 * line with a parenthesis: a slash, or a picture or credit word. One scan
 * that lets most lines of prose skip the patterns.
 */
const PHOTO_CUE = /\/|photo|image|picture|credit/i;

/**
 * {@link PHOTO_CUE} as line cues: the picture and credit words open a word in
 * every pattern (after `^`, `\b` or a space), so a line read once in step 1
 * tells whether {@link findPhotoCredits} and {@link hasCaptionMarker} can find
 * anything on it (or it closes with a parenthesis).
 *
 * @internal
 */
export const PHOTO_CUES: LineCues = { words: ['phot*', 'imag*', 'pict*', 'cred*'], chars: '/' };

let photoCueLine: string | undefined;
let photoCueFound = false;

/** {@link PHOTO_CUE} tested on a line, remembered for the last line (two rules ask about the same line in a row). */
function hasPhotoCue(line: string): boolean {
  if (line !== photoCueLine) {
    photoCueLine = line;
    photoCueFound = PHOTO_CUE.test(line);
  }
  return photoCueFound;
}

/** A capitalized name or initial (`Getty`, `J.`, `O'Grady`, `REUTERS`). */
const PC_NAME = "[A-Z][\\p{L}.'&-]*";
/** Names joined by slashes, commas, `via`, `and`, `of`, `the` or spaces; no two names without a separator, so matching is linear. */
const PC_NAMES = `${PC_NAME}(?:(?:\\s*[/,]\\s*|\\s+(?:via|and|of|the|for|&)\\s+|\\s+)${PC_NAME}){0,12}`;

/**
 * Photo credits as agencies and outlets print them (issue 12). Each pattern
 * is a credit's shape, never the text of one caption.
 *
 * @internal
 */
export const PHOTO_CREDIT_PATTERNS = {
  /** BBC and others: `Image copyright AP Image caption ...`, `Image copyright Family handout/Reuters`. */
  labelCopyright:
    /(?:^|\s)((?:Image|Photo|Picture|Photograph) (?:copyright|source|credit)\s+(?!caption\b)([^\s][^\n]{0,79}?))(?=\s+(?:Image|Media|Photo|Picture) caption\b|\s*$)/gi,
  /** A parenthesized group closing the line: `(AP Photo/Reed Saxon)`, `(Photo: Susan Walsh, AP)`, `(Associated Press)`. */
  closingParens: /\(([^()]{1,100})\)\.?\s*$/,
  /** A labelled credit closing the line: `Photograph: Kevin Winter/Getty Images`, `Photographer: Janek Skarzynski/AFP via Getty Images`, `Credit: Jeff Chiu / Associated Press`. */
  closingLabel: new RegExp(
    `(?:^|[.!?"'”’)\\]]\\s+|\\s)((?:Photograph|Photographer|Photos?|Image|Picture|Credit|Photo credit|Image credit)(?: by\\s+|:\\s*)(${PC_NAMES}))\\.?$`,
    'u',
  ),
  /** A slash credit after the last sentence: `... Sevastopol. Shamil Zhumatov/Reuters`, `... heard. REUTERS/Jonathan Ernst`. */
  closingSlash: new RegExp(`[.!?"'”’)\\]]\\s+(${PC_NAME}(?: ${PC_NAME}){0,3}\\s*\\/\\s*${PC_NAMES})$`, 'u'),
  /** Names joined by slashes, the whole of a parenthesized credit: `LynneSladky/AP`, `Joe Cavaretta /South Florida Sun-Sentinel via AP`. */
  slashNames: new RegExp(`^${PC_NAMES}$`, 'u'),
  /** A byline-shaped photo credit: `By Slaven Vlasic/Getty Images.` */
  bySlash: new RegExp(`^(?:Photo )?[Bb]y (${PC_NAME}(?: ${PC_NAME}){0,3}\\s*\\/\\s*${PC_NAMES})\\.?$`, 'u'),
} as const;

/** Splits a credit into its sources: `Susan Walsh, AP` → [`Susan Walsh`, `AP`]; `Janek Skarzynski/AFP via Getty Images` → three. */
function creditSources(credit: string): string[] {
  return credit
    .replace(/\.$/, '')
    .split(/\s*(?:\/|,|;|\bvia\b)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Whether the credit names a known agency or a picture word (`Images`, `Photo`). */
function namesPhotoSource(credit: string, agencies: AgencyIndex): boolean {
  return findAgencies(credit, agencies).length > 0 || /\b(?:Photos?|Images?|Pictures?|Photography)\b/.test(credit);
}

/** Classifies the text inside closing parentheses as a photo credit, returning its sources. */
function parensCredit(inner: string, agencies: AgencyIndex): string[] | undefined {
  const text = inner.trim();
  // `Photo: Susan Walsh, AP`, `Photo by Matt Sayles/Invision/AP`, `Image: UpperCut Images/Getty`.
  const labelled =
    /^(?:(?:AP|AFP|Reuters|EPA|Staff|File) )?(?:Photos?|Photograph|Image|Picture|Credit|Video)(?: by|:)\s*(.{1,90})$/i.exec(
      text,
    );
  if (labelled) return creditSources(labelled[1]!);
  // `AP Photo/Reed Saxon, File`, `REUTERS/Jonathan Ernst`, `LynneSladky/AP`, `Joe Cavaretta /South Florida Sun-Sentinel via AP`.
  if (text.includes('/') && PHOTO_CREDIT_PATTERNS.slashNames.test(text) && namesPhotoSource(text, agencies)) {
    return creditSources(text);
  }
  // `Associated Press`, `AP`, `Getty`: an agency's name alone.
  const hit = findAgencies(text, agencies);
  if (hit.length === 1 && hit[0]!.start === 0 && hit[0]!.end === text.length && hit[0]!.agency.kind === 'wire') {
    return [text];
  }
  return undefined;
}

/**
 * Finds the photo credits in a line: a whole line (`By Slaven Vlasic/Getty
 * Images.`, `Image copyright PA`) or the credit part of a caption (`...
 * (AP Photo/J. Scott Applewhite) (Associated Press)`, `... Photograph: Kevin
 * Winter/Getty Images`, `Image copyright AFP Image caption ...`, `...
 * Sevastopol. Shamil Zhumatov/Reuters`). An agency named there is the
 * photo's, never the text's.
 *
 * @remarks A closing credit must follow a sentence end (or another credit),
 * so prose that ends with a name in parentheses (`the Environmental
 * Protection Agency (EPA)`) is left alone.
 *
 * @internal
 */
export function findPhotoCredits(line: string, agencies: AgencyIndex): PhotoCreditSpan[] {
  if (line.length > PHOTO_CREDITS.maxSearchChars) return [];
  // Every credit below closes the line with a parenthesis, has a slash, or names a picture or a credit.
  if (!endsWithParen(line, true) && !hasPhotoCue(line)) return [];
  const out: PhotoCreditSpan[] = [];
  const p = PHOTO_CREDIT_PATTERNS;
  const by = p.bySlash.exec(line);
  if (by && namesPhotoSource(by[1]!, agencies)) return [{ start: 0, end: line.length, sources: creditSources(by[1]!) }];
  p.labelCopyright.lastIndex = 0;
  for (let m = p.labelCopyright.exec(line); m !== null; m = p.labelCopyright.exec(line)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, sources: creditSources(m[2]!) });
  }
  // Closing credits, read from the end: parenthesized groups, then a labelled or slash credit.
  let end = line.length;
  for (let n = 0; n < PHOTO_CREDITS.maxClosingGroups; n++) {
    const head = line.slice(0, end);
    const m = endsWithParen(head, true) ? p.closingParens.exec(head) : null;
    if (!m) break;
    const sources = parensCredit(m[1]!, agencies);
    const before = head.slice(0, m.index);
    // After a sentence, an ellipsis, a semicolon or another credit; or the whole line.
    if (!sources || !(before.trim() === '' || /[.!?…;:)"'”’\]]\s*$/u.test(before))) break;
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length, sources });
    end = before.trimEnd().length;
  }
  const head = line.slice(0, end);
  const label = p.closingLabel.exec(head);
  if (label) {
    const start = label.index + label[0].indexOf(label[1]!);
    out.push({ start, end: head.length, sources: creditSources(label[2]!) });
  } else {
    const slash = p.closingSlash.exec(head);
    if (slash && namesPhotoSource(slash[1]!, agencies)) {
      out.push({ start: head.length - slash[1]!.length, end: head.length, sources: creditSources(slash[1]!) });
    }
  }
  return out.filter((c) => c.sources.length > 0).sort((a, b) => a.start - b.start);
}

/** Recognizes a caption by an explicit marker (`Photo courtesy of ...`, `(AP Photo/...)`). @internal */
export function hasCaptionMarker(line: string): boolean {
  // A caption is a line or two; a long paragraph that mentions "photo by" somewhere is prose.
  if (line.length > CAPTION_SHAPES.maxChars) return false;
  // Every marker below names a picture, closes the line with a parenthesis or has a slash.
  if (!endsWithParen(line) && !hasPhotoCue(line)) return false;
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
  return (
    sentences === 1 &&
    line.length <= CAPTION_SHAPES.maxPresentTenseChars &&
    CAPTION_PRESENT.test(line) &&
    !REPORTING.test(line)
  );
}

/** A line that is nothing but a URL. @internal */
export const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
/** URLs inside text. @internal */
export const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi;
