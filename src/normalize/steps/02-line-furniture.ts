/**
 * Step 2: page furniture recognizable from a single line: a bare URL, a date
 * or time stamp, and the line rules (ads, prompts, share bars, menus, links
 * to other stories).
 *
 * @packageDocumentation
 */
import { LINE_RULES } from '../rules/boilerplate';
import type { LineRule } from '../rules/line-rule';
import { hasCue } from '../rules/line-scanner';
import { MONTH_NAME, URL_LINE } from '../rules/metadata';
import { LINE_FURNITURE } from '../tuning';
import { type Draft, type Line, remove } from './draft';

const DATE_LINE = new RegExp(
  `^(?:(?:posted|published|updated|last updated|modified)(?: on)?:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s*)?(?:${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?:,?\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*(?:[|·•-].{0,60})?$`,
  'i',
);

/**
 * A line that is only a time, or an update stamp: `2:44 p.m.` (the entries of
 * a live story), `- Updated at 8:37 p.m.`, `Updated 11:32 a.m. ET`.
 */
const TIME_LINE =
  /^(?:-\s*)?(?:(?:updated|posted|published|last updated)(?: at)?:?\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)(?:\s*[A-Z]{2,4})?\.?$/i;

/**
 * A weekday and a date without the year, optionally with a time: `Sunday, November 6` (the day headings of a live
 * story, issue 12). The weekday makes it a stamp: a month and a day alone may be a heading of a timeline.
 */
const WEEKDAY_DATE_LINE = new RegExp(
  `^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?$`,
  'i',
);

/** A line that is only a date (a page's timestamp), optionally with a time and a short trail, or only a time. */
function isDateLine(text: string): boolean {
  return (
    text.length <= LINE_FURNITURE.maxDateLineChars &&
    (DATE_LINE.test(text) || TIME_LINE.test(text) || WEEKDAY_DATE_LINE.test(text))
  );
}

const MAX_WORDS = LINE_RULES.map((rule) => rule.maxWords ?? LINE_FURNITURE.maxWords);
const LONGEST = Math.max(...MAX_WORDS);

/** The first line rule that matches; a rule is tested only on a line short enough for it and holding one of its cues. */
function matchLineRule(line: Line): LineRule | undefined {
  // Furniture is short; long paragraphs are never one line of it (a rule may allow a longer widget).
  if (line.words > LONGEST) return undefined;
  for (let r = 0; r < LINE_RULES.length; r++) {
    const rule = LINE_RULES[r]!;
    if (line.words <= MAX_WORDS[r]! && hasCue(line.cueLo, line.cueHi, r) && rule.test(line)) return rule;
  }
  return undefined;
}

/**
 * Removes the lines that are furniture on their own. Bare URLs go with or
 * without `removeBoilerplate`; the rest only with it.
 *
 * @internal
 */
export function markLineFurniture(draft: Draft): void {
  for (const line of draft.content) {
    if (line.locked === true) continue;
    if (URL_LINE.test(line.text)) {
      remove(line, 'url', 'line:url');
      continue;
    }
    if (!draft.removeBoilerplate) continue;
    if (isDateLine(line.text)) {
      remove(line, 'metadata:date', 'line:date');
      continue;
    }
    const rule = matchLineRule(line);
    if (rule) {
      draft.ruleOf.set(line, rule);
      remove(line, rule.reason, rule.id);
    }
  }
}
