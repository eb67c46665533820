import { describe, expect, it } from 'vitest';
import { compareInstants, formatTimestamp, isTimestamp, parseInstant, parseTimestamp, type Instant } from '../../src/query/timestamp.js';

function instant(text: string): Instant {
  const parsed = parseInstant(text);
  if (parsed === undefined) throw new Error(`not a timestamp: ${text}`);
  return parsed;
}

describe('parseTimestamp', () => {
  it('reads a UTC timestamp with whole seconds as epoch milliseconds', () => {
    expect(parseTimestamp('2016-03-14T01:59:00Z')).toBe(1457920740000);
    expect(parseTimestamp('1970-01-01T00:00:00Z')).toBe(0);
  });

  it('applies a numeric offset (including -00:00)', () => {
    expect(parseTimestamp('2012-10-09T19:00:55+01:00')).toBe(parseTimestamp('2012-10-09T18:00:55Z'));
    expect(parseTimestamp('2012-10-09T19:00:55-05:30')).toBe(parseTimestamp('2012-10-10T00:30:55Z'));
    expect(parseTimestamp('2012-10-09T19:00:55-00:00')).toBe(parseTimestamp('2012-10-09T19:00:55Z'));
  });

  it('accepts fractional seconds of any length, as AWS Wait does (.000000Z, nanoseconds) [OBS]', () => {
    expect(parseTimestamp('2026-11-25T03:18:49.000000Z')).toBe(parseTimestamp('2026-11-25T03:18:49Z'));
    expect(parseTimestamp('2016-03-05T21:29:29.243167252Z')).toBe(parseTimestamp('2016-03-05T21:29:29Z')! + 243);
    expect(parseTimestamp('2016-03-05T21:29:29.5Z')).toBe(parseTimestamp('2016-03-05T21:29:29Z')! + 500);
    expect(parseTimestamp('2016-03-05T21:29:29.1234567890123Z')).toBe(parseTimestamp('2016-03-05T21:29:29Z')! + 123);
  });

  it('rejects the strings AWS Wait rejects as "not a valid ISO-8601 extended offset date-time" [OBS]', () => {
    expect(parseTimestamp('2016-12-05T21:29:29')).toBeUndefined(); // no zone
    expect(parseTimestamp('2026-11-25T03:18:49.000000')).toBeUndefined(); // no zone
    expect(parseTimestamp('2016-12-05 21:29:29Z')).toBeUndefined(); // space instead of T
    expect(parseTimestamp('2016-13-05T21:29:29Z')).toBeUndefined(); // month 13
    expect(parseTimestamp('2016-12-05T25:29:29Z')).toBeUndefined(); // hour 25
  });

  it('validates the calendar: days per month and leap years', () => {
    expect(parseTimestamp('2023-02-29T00:00:00Z')).toBeUndefined();
    expect(parseTimestamp('2024-02-29T00:00:00Z')).toBe(1709164800000);
    expect(parseTimestamp('2100-02-29T00:00:00Z')).toBeUndefined();
    expect(parseTimestamp('2000-02-29T00:00:00Z')).toBeDefined();
    expect(parseTimestamp('2024-02-30T00:00:00Z')).toBeUndefined();
    expect(parseTimestamp('2024-04-31T00:00:00Z')).toBeUndefined();
    expect(parseTimestamp('2024-00-10T00:00:00Z')).toBeUndefined();
    expect(parseTimestamp('2024-01-00T00:00:00Z')).toBeUndefined();
  });

  it('validates the clock: hour 24, minute 60 and leap second 60 are invalid', () => {
    expect(parseTimestamp('2024-01-01T24:00:00Z')).toBeUndefined();
    expect(parseTimestamp('2024-01-01T23:60:00Z')).toBeUndefined();
    expect(parseTimestamp('2016-12-31T23:59:60Z')).toBeUndefined();
    expect(parseTimestamp('2024-01-01T23:59:59Z')).toBeDefined();
  });

  it('validates offsets: minutes below 60 and at most ±18:00', () => {
    expect(parseTimestamp('2024-01-01T00:00:00+18:00')).toBeDefined();
    expect(parseTimestamp('2024-01-01T00:00:00+18:01')).toBeUndefined();
    expect(parseTimestamp('2024-01-01T00:00:00+01:60')).toBeUndefined();
  });

  it('keeps to the ASL profile of RFC 3339: uppercase T and Z, seconds and HH:MM offsets required', () => {
    expect(parseTimestamp('2024-01-01t00:00:00Z')).toBeUndefined();
    expect(parseTimestamp('2024-01-01T00:00:00z')).toBeUndefined();
    expect(parseTimestamp('2024-01-01T00:00Z')).toBeUndefined();
    expect(parseTimestamp('2024-01-01T00:00:00+0100')).toBeUndefined();
    expect(parseTimestamp('2024-01-01T00:00:00+01')).toBeUndefined();
    expect(parseTimestamp('2024-01-01T00:00:00.Z')).toBeUndefined();
    expect(parseTimestamp('2024-1-01T00:00:00Z')).toBeUndefined();
    expect(parseTimestamp('2023-02-24')).toBeUndefined();
    expect(parseTimestamp(' 2024-01-01T00:00:00Z')).toBeUndefined();
    expect(parseTimestamp('2024-01-01T00:00:00Z ')).toBeUndefined();
    expect(parseTimestamp('')).toBeUndefined();
  });

  it('handles years before 1970 and below 100 without Date.UTC quirks', () => {
    expect(parseTimestamp('1969-12-31T23:59:59Z')).toBe(-1000);
    expect(parseTimestamp('0001-01-01T00:00:00Z')).toBe(-62135596800000);
    expect(parseTimestamp('0000-02-29T00:00:00Z')).toBeDefined(); // year 0 is a leap year (proleptic Gregorian)
  });
});

describe('isTimestamp', () => {
  it('holds for the timestamps used by the AWS-recorded Choice cases and not for near misses [OBS]', () => {
    expect(isTimestamp('2012-10-09T19:00:55Z')).toBe(true);
    expect(isTimestamp('2012-10-09T19:00:55+01:00')).toBe(true);
    expect(isTimestamp('2012-10-09T19:00:55')).toBe(false);
    expect(isTimestamp('2023-02-24 12:15:56.832957')).toBe(false);
    expect(isTimestamp('2023-02-24')).toBe(false);
  });
});

describe('compareInstants', () => {
  it('orders by the instant, not the text: the same instant in two zones is equal', () => {
    expect(compareInstants(instant('2012-10-09T19:00:55+01:00'), instant('2012-10-09T18:00:55Z'))).toBe(0);
    expect(compareInstants(instant('2012-10-09T19:00:55Z'), instant('2012-10-09T19:00:56Z'))).toBeLessThan(0);
    expect(compareInstants(instant('2012-10-09T19:00:56Z'), instant('2012-10-09T19:00:55Z'))).toBeGreaterThan(0);
  });

  it('is exact below the millisecond, like Java comparing (epochSecond, nano)', () => {
    const a = instant('2020-01-01T00:00:00.0001Z');
    const b = instant('2020-01-01T00:00:00.00011Z');
    expect(compareInstants(a, b)).toBeLessThan(0);
    expect(compareInstants(b, a)).toBeGreaterThan(0);
    expect(compareInstants(instant('2020-01-01T00:00:00.000001Z'), instant('2020-01-01T00:00:00Z'))).toBeGreaterThan(0);
    expect(compareInstants(instant('2020-01-01T00:00:00.5Z'), instant('2020-01-01T00:00:00.500000000Z'))).toBe(0);
    expect(compareInstants(instant('2020-01-01T00:00:00.9Z'), instant('2020-01-01T00:00:01Z'))).toBeLessThan(0);
  });

  it('keeps the fraction without trailing zeros', () => {
    expect(instant('2020-01-01T00:00:00.250Z')).toEqual({ epochSeconds: 1577836800, fraction: '25' });
    expect(instant('2020-01-01T00:00:00.000Z')).toEqual({ epochSeconds: 1577836800, fraction: '' });
  });
});

describe('formatTimestamp', () => {
  it('writes UTC with three fraction digits and Z, as AWS shows $$.Execution.StartTime (ASL-REFERENCE §2.3)', () => {
    expect(formatTimestamp(1553631253192)).toBe('2019-03-26T20:14:13.192Z');
    expect(formatTimestamp(1704067200000)).toBe('2024-01-01T00:00:00.000Z');
    expect(formatTimestamp(0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('drops fractions of a millisecond and handles times before 1970', () => {
    expect(formatTimestamp(1704067200000.9)).toBe('2024-01-01T00:00:00.000Z');
    expect(formatTimestamp(-1)).toBe('1969-12-31T23:59:59.999Z');
  });

  it('agrees with Date#toISOString across the calendar', () => {
    for (let ms = -86_400_000 * 800_000; ms < 86_400_000 * 800_000; ms += 86_400_000 * 997 + 12_345_678) {
      expect(formatTimestamp(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('round-trips through parseTimestamp', () => {
    for (const ms of [0, 1, 999, 1553631253192, 951782400000 /* 2000-02-29 */, -62135596800000]) {
      expect(parseTimestamp(formatTimestamp(ms))).toBe(ms);
    }
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => formatTimestamp(Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: Cannot format NaN as a timestamp: not a finite number]`,
    );
  });
});
