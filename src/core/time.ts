/**
 * Reading a publication time from a string, the same on every machine: the
 * forms news pages, feeds and users write, read by this module rather than by
 * the JavaScript engine's `Date` parser (whose reading of anything but a full
 * ISO 8601 time depends on the engine and on the machine's time zone).
 *
 * @packageDocumentation
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Offsets of the zone names RFC 2822 allows, in minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  bst: 60,
  wet: 0,
  west: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  hkt: 480,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
};

/** ISO 8601: `2024-03-19`, `2024-03-19T10:00`, `2024-03-19 10:00:00.5+01:00`, `2024/03/19`. */
const ISO_RE =
  /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[Tt ]+(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
/** RFC 2822 and feeds: `Tue, 19 Mar 2024 10:00:00 GMT`, `19 March 2024`. */
const DAY_MONTH_RE =
  /^(?:[A-Za-z]{3,9}\.?,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?\s*([A-Za-z]{1,4}T|UTC?|Z|[+-]\d{2}:?\d{2})?$/;
/** Pages: `January 16, 2020`, `Mar. 5, 2024, 10:30 a.m. EST`, `Tuesday, March 19, 2024 at 9:15 PM`. */
const MONTH_DAY_RE =
  /^(?:[A-Za-z]{3,9}\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?\s*([A-Za-z]{1,4}T|UTC?|Z|[+-]\d{2}:?\d{2})?$/;
/** `String(date)`: `Tue Mar 19 2024 10:00:00 GMT+0100 (Central European Standard Time)`. */
const DATE_STRING_RE =
  /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})(?: \([^)]*\))?$/;

/** Minutes east of UTC of a zone designator, or `undefined` for one not known; 0 when there is none. */
function zoneOffset(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === '') return 0;
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Milliseconds since the epoch of a UTC calendar time, or `undefined` when a field is out of range. */
function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  offset: number | undefined,
): number | undefined {
  if (offset === undefined || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
  return Number.isFinite(time) ? time : undefined;
}

/** An hour of a 12-hour clock with its `am`/`pm`, as a 24-hour one; `undefined` when it is no clock hour. */
function clockHour(hour: number, meridiem: string | undefined): number | undefined {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return undefined;
  const pm = meridiem[0] === 'p' || meridiem[0] === 'P';
  return (hour % 12) + (pm ? 12 : 0);
}

/**
 * The time a string writes, in milliseconds since the epoch, or `undefined`
 * when it is not one of the forms read or names a day that does not exist
 * (`2024-02-30`). Read: ISO 8601 dates and times (`2024-03-19`,
 * `2024-03-19T10:00:00.000+01:00`, a space for the `T`, slashes for the
 * dashes), RFC 2822 as feeds write it (`Tue, 19 Mar 2024 10:00:00 GMT`),
 * English month names (`January 16, 2020`, `Mar. 5, 2024, 10:30 a.m. EST`,
 * `19 March 2024`) and `String(date)`. A time without a zone is UTC, so the
 * result never depends on the machine's time zone or JavaScript engine.
 *
 * @internal
 */
export function parseTime(text: string): number | undefined {
  const s = text.trim();
  let m = ISO_RE.exec(s);
  if (m) {
    const fraction = m[8] === undefined ? 0 : Math.floor(Number(`0.${m[8]}`) * 1000);
    return utc(
      Number(m[1]),
      Number(m[3]),
      Number(m[4]),
      Number(m[5] ?? '0'),
      Number(m[6] ?? '0'),
      Number(m[7] ?? '0'),
      fraction,
      zoneOffset(m[9]),
    );
  }
  m = DAY_MONTH_RE.exec(s);
  if (m) return named(m[3]!, m[2]!, m[1]!, m[4], m[5], m[6], m[7], m[8]);
  m = MONTH_DAY_RE.exec(s);
  if (m) return named(m[3]!, m[1]!, m[2]!, m[4], m[5], m[6], m[7], m[8]);
  m = DATE_STRING_RE.exec(s);
  if (m) return named(m[3]!, m[1]!, m[2]!, m[4], m[5], m[6], undefined, m[7]);
  return undefined;
}

/** A time written with an English month name; `undefined` for an unknown month or a field out of range. */
function named(
  year: string,
  monthName: string,
  day: string,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  meridiem: string | undefined,
  zone: string | undefined,
): number | undefined {
  const month = MONTHS[monthName.toLowerCase()];
  if (month === undefined) return undefined;
  const h = clockHour(Number(hour ?? '0'), hour === undefined ? undefined : meridiem);
  if (h === undefined) return undefined;
  return utc(Number(year), month, Number(day), h, Number(minute ?? '0'), Number(second ?? '0'), 0, zoneOffset(zone));
}
