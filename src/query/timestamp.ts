/**
 * RFC 3339 timestamps as AWS Step Functions reads them (Choice `Timestamp*` operators, `IsTimestamp`,
 * Wait `Timestamp`/`TimestampPath`) and writes them (Context object times).
 *
 * What counts as a timestamp (ASL-REFERENCE §1.6, §1.7):
 * - `YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)`, uppercase `T` and `Z` (the ASL spec's profile
 *   of RFC 3339). A zone is required: `2016-12-05T21:29:29` is not a timestamp [OBS].
 * - A fraction of any length (`.0`, `.000000`, `.243167252` [OBS]); a point with no digits is not.
 * - Real calendar and clock values: month 13, Feb 30, hour 25 are invalid [OBS]; hour 24 and
 *   leap second 60 are invalid, as in Java's strict `ISO_OFFSET_DATE_TIME`, whose wording AWS's
 *   Wait error quotes. Offsets are limited to ±18:00 like Java's `ZoneOffset`.
 *
 * Where this may differ from AWS [UNVERIFIED]: Java's formatter also accepts lowercase `t`/`z`,
 * omitted seconds and `+hh`/`+hhmm` offsets, and rejects more than 9 fraction digits; we follow the
 * ASL spec and RFC 3339 instead, as ASL-REFERENCE §1.6 does.
 */

/**
 * An instant exact to any fractional precision: whole seconds since the epoch plus the fraction's
 * digits with trailing zeros removed, so that two instants compare exactly (AWS's Java compares
 * `(epochSecond, nano)` pairs; a double of milliseconds would lose the microseconds).
 */
export interface Instant {
  readonly epochSeconds: number;
  /** Digits after the decimal point, trailing zeros removed (`""` for a whole second). */
  readonly fraction: string;
}

// Linear-time pattern (no nested quantifiers); `\d` without the `u` flag is ASCII 0-9 only.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const SECONDS_PER_DAY = 86_400;
const MS_PER_DAY = 86_400_000;

/**
 * Parses an AWS-valid RFC 3339 timestamp into an exact {@link Instant}, or `undefined` when the text is
 * not one.
 *
 * @example
 * parseInstant('2016-03-14T01:59:00.250+01:00'); // { epochSeconds: 1457913540, fraction: '25' }
 * parseInstant('2016-03-14 01:59:00Z');          // undefined (no `T`)
 */
export function parseInstant(text: string): Instant | undefined {
  const m = RFC3339.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetSeconds = 0;
  if (m[8] !== undefined) {
    const offsetHours = Number(m[9]);
    const offsetMinutes = Number(m[10]);
    if (offsetMinutes > 59 || offsetHours > 18 || (offsetHours === 18 && offsetMinutes > 0)) return undefined;
    offsetSeconds = (m[8] === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  }
  const epochSeconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offsetSeconds;
  return { epochSeconds, fraction: stripTrailingZeros(m[7] ?? '') };
}

/**
 * Parses an AWS-valid RFC 3339 timestamp into epoch milliseconds (sub-millisecond digits are
 * truncated), or `undefined` when the text is not one. Use {@link parseInstant} to compare exactly.
 *
 * @example
 * parseTimestamp('2024-01-01T00:00:00Z');      // 1704067200000
 * parseTimestamp('2024-01-01T00:00:00.5-01:00'); // 1704070800500
 * parseTimestamp('2024-02-30T00:00:00Z');      // undefined
 */
export function parseTimestamp(text: string): number | undefined {
  const instant = parseInstant(text);
  if (instant === undefined) return undefined;
  const millis = instant.fraction === '' ? 0 : Number(instant.fraction.slice(0, 3).padEnd(3, '0'));
  return instant.epochSeconds * 1000 + millis;
}

/**
 * Whether a string is an AWS-valid RFC 3339 timestamp (the Choice `IsTimestamp` test).
 *
 * @example
 * isTimestamp('2012-10-09T19:00:55Z'); // true
 * isTimestamp('2012-10-09T19:00:55');  // false: no zone
 */
export function isTimestamp(text: string): boolean {
  return parseInstant(text) !== undefined;
}

/**
 * Orders two instants exactly: negative when `a` is earlier, 0 when equal, positive when later.
 *
 * @example
 * compareInstants(parseInstant('2020-01-01T00:00:00.0001Z')!, parseInstant('2020-01-01T00:00:00Z')!); // 1
 */
export function compareInstants(a: Instant, b: Instant): number {
  if (a.epochSeconds !== b.epochSeconds) return a.epochSeconds < b.epochSeconds ? -1 : 1;
  // Both fractions lack trailing zeros, so plain string order is numeric order ("5" < "51" < "6").
  if (a.fraction === b.fraction) return 0;
  return a.fraction < b.fraction ? -1 : 1;
}

/**
 * Formats epoch milliseconds the way AWS writes Context object times (`$$.Execution.StartTime`,
 * `$$.State.EnteredTime`): UTC, always three fraction digits, `Z` (ASL-REFERENCE §2.3).
 * Fractions of a millisecond are dropped. Years outside 0000-9999 use the expanded `±YYYYYY` form.
 *
 * @example
 * formatTimestamp(1704067200000); // '2024-01-01T00:00:00.000Z'
 */
export function formatTimestamp(epochMs: number): string {
  if (!Number.isFinite(epochMs)) throw new RangeError(`Cannot format ${epochMs} as a timestamp: not a finite number`);
  const ms = Math.floor(epochMs);
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  const { year, month, day } = civilFromDays(days);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  const yearText = year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
  return `${yearText}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(milli, 3)}Z`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function stripTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return end === digits.length ? digits : digits.slice(0, end);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm). `Date.UTC`
 * is avoided because it maps years 0-99 to 1900-1999.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
