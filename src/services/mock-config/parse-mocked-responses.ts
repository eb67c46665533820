import { isJsonObject, setOwn, type Json, type JsonObject } from '../../asl/json.js';
import type { MockError, MockResponse } from '../mocks/types.js';
import { describeValue, didYouMean, jsonLocation } from './mock-config-error.js';

/** Records one problem at a JSON location. */
export type Report = (message: string, ...segments: (string | number)[]) => void;

/**
 * The highest invocation number accepted. A range is expanded to one list slot per invocation, so
 * `"0-999999999"` would allocate a billion slots; no test attempts one state anywhere near this often.
 */
export const MAX_INVOCATION = 99_999;

const RETURN = 'Return';
const THROW = 'Throw';
const ENTRY_SHAPE = `{"Return": <json>} or {"Throw": {"Error": "<error name>", "Cause": "<text>"}}`;

/** Where each parsed response was written, for messages raised later (e.g. a Return without Payload). */
const responseLocations = new WeakMap<MockResponse, string>();

/** The JSON location a response came from (`MockedResponses.X["0"]`), if it came from a parsed file. */
export function mockedResponseLocation(response: MockResponse): string | undefined {
  return responseLocations.get(response);
}

/** Parses the `MockedResponses` section (`key` is how the file spells it): name → expanded list, for the valid ones. */
export function parseMockedResponses(
  value: unknown,
  key: string,
  report: Report,
): ReadonlyMap<string, readonly MockResponse[]> | undefined {
  if (!isJsonObject(value)) {
    report(`expected an object of mocked response name → {"<n>" | "<from>-<to>": ${ENTRY_SHAPE}}, received ${describeValue(value)}`, key);
    return undefined;
  }
  const responses = new Map<string, readonly MockResponse[]>();
  for (const [name, set] of Object.entries(value)) {
    const list = parseResponseSet(set, report, [key, name]);
    if (list !== undefined) responses.set(name, list);
  }
  return responses;
}

interface Entry {
  readonly key: string;
  readonly from: number;
  readonly to: number;
  readonly response: MockResponse | undefined;
}

/**
 * One mocked response: invocation-number keys → entries, expanded to one response per invocation.
 * AWS: keys are zero-based, ranges inclusive; taken in order they start at 0 with no gaps (ASL-REFERENCE §8.1).
 * Key order in the file does not matter (generated files write "0", "3", "1-2").
 */
function parseResponseSet(set: unknown, report: Report, at: readonly string[]): MockResponse[] | undefined {
  if (!isJsonObject(set)) {
    report(`expected an object of invocation number ("0", "1-2") → ${ENTRY_SHAPE}, received ${describeValue(set)}`, ...at);
    return undefined;
  }
  const keys = Object.keys(set);
  if (keys.length === 0) {
    report(`has no responses; add "0": {"Return": <json>} for the first invocation`, ...at);
    return undefined;
  }
  const entries: Entry[] = [];
  let rangesValid = true;
  for (const key of keys) {
    const range = parseInvocationRange(key, report, [...at, key]);
    const response = parseEntry(set[key], report, [...at, key]);
    if (range === undefined) rangesValid = false;
    else entries.push({ key, ...range, response });
  }
  // with an unreadable key, every later entry would look like a gap
  if (!rangesValid) return undefined;
  if (!checkContiguous(entries, report, at)) return undefined;

  const list: MockResponse[] = [];
  for (const entry of entries) {
    if (entry.response === undefined) return undefined;
    for (let i = entry.from; i <= entry.to; i++) list.push(entry.response);
  }
  return list;
}

function checkContiguous(entries: Entry[], report: Report, at: readonly string[]): boolean {
  entries.sort((a, b) => a.from - b.from || a.to - b.to);
  let next = 0;
  let previous: Entry | undefined;
  let ok = true;
  for (const entry of entries) {
    const here = [...at, entry.key];
    if (entry.from > next) {
      ok = false;
      const missing = rangeText(next, entry.from - 1);
      const plural = entry.from - 1 > next ? 's' : '';
      report(
        previous === undefined
          ? `starts at invocation ${entry.from}, but invocations count from 0 and each needs a response; ` +
              `add "${missing}" or renumber this entry to start at 0`
          : `expected the next response to begin at invocation ${next} (${JSON.stringify(previous.key)} ends at ${next - 1}), ` +
              `but this one begins at ${entry.from}, so invocation${plural} ${missing} would have no response; ` +
              `add "${missing}" or renumber this entry to start at ${next}`,
        ...here,
      );
    } else if (entry.from < next && previous !== undefined) {
      ok = false;
      report(
        `overlaps ${JSON.stringify(previous.key)} at invocation ${rangeText(entry.from, Math.min(entry.to, next - 1))}; ` +
          `each invocation has exactly one response, so renumber one of them`,
        ...here,
      );
    }
    if (entry.to + 1 > next) {
      next = entry.to + 1;
      previous = entry;
    }
  }
  return ok;
}

const SINGLE = /^\s*(\d+)\s*$/;
const RANGE = /^\s*(\d+)\s*-\s*(\d+)\s*$/;
const KEY_SHAPE = `use "n" or "from-to" with zero-based, inclusive invocation numbers, e.g. "0" or "1-2"`;

function parseInvocationRange(key: string, report: Report, at: readonly string[]): { from: number; to: number } | undefined {
  const single = SINGLE.exec(key);
  const range = single === null ? RANGE.exec(key) : null;
  if (single === null && range === null) {
    report(
      /^\s*-/.test(key)
        ? `invocation numbers are zero-based and never negative; use "0" for the first invocation`
        : `is not an invocation number or range; ${KEY_SHAPE}`,
      ...at,
    );
    return undefined;
  }
  const from = Number(single?.[1] ?? range?.[1]);
  const to = Number(single?.[1] ?? range?.[2]);
  if (from > to) {
    report(`is a reversed range; write "${to}-${from}" (ranges are inclusive, lower number first)`, ...at);
    return undefined;
  }
  if (to > MAX_INVOCATION) {
    report(`reaches invocation ${to}; sfn-sim accepts invocation numbers up to ${MAX_INVOCATION}`, ...at);
    return undefined;
  }
  return { from, to };
}

function parseEntry(entry: unknown, report: Report, at: readonly string[]): MockResponse | undefined {
  if (!isJsonObject(entry)) {
    report(`expected ${ENTRY_SHAPE}, received ${describeValue(entry)}`, ...at);
    return undefined;
  }
  const unknownKeys = Object.keys(entry).filter((k) => k !== RETURN && k !== THROW);
  for (const key of unknownKeys) {
    report(`unknown key${didYouMean(key, [RETURN, THROW])}; an entry holds exactly one of "Return" or "Throw"`, ...at, key);
  }
  const hasReturn = Object.hasOwn(entry, RETURN);
  const hasThrow = Object.hasOwn(entry, THROW);
  if (hasReturn && hasThrow) {
    report(`has both "Return" and "Throw"; keep one (an invocation either returns or throws)`, ...at);
    return undefined;
  }
  if (!hasReturn && !hasThrow) {
    if (unknownKeys.length === 0) report(`has neither "Return" nor "Throw"; write ${ENTRY_SHAPE}`, ...at);
    return undefined;
  }
  let response: MockResponse;
  if (hasReturn) {
    const raw = copyJson(entry[RETURN], report, [...at, RETURN]);
    if (raw === undefined) return undefined;
    response = { raw };
  } else {
    const throws = parseThrow(entry[THROW], report, [...at, THROW]);
    if (throws === undefined) return undefined;
    response = { throws };
  }
  if (unknownKeys.length > 0) return undefined;
  responseLocations.set(response, jsonLocation(...at));
  return response;
}

/** AWS: Throw needs both Error and Cause, both strings (ASL-REFERENCE §8.1; LocalStack rejects either missing). */
function parseThrow(value: unknown, report: Report, at: readonly string[]): MockError | undefined {
  if (!isJsonObject(value)) {
    report(`expected {"Error": "<error name>", "Cause": "<text>"}, received ${describeValue(value)}`, ...at);
    return undefined;
  }
  let ok = true;
  for (const key of Object.keys(value)) {
    if (key === 'Error' || key === 'Cause') continue;
    ok = false;
    report(`unknown key${didYouMean(key, ['Error', 'Cause'])}; a Throw holds only "Error" and "Cause"`, ...at, key);
  }
  const error = value['Error'];
  const cause = value['Cause'];
  if (error === undefined) {
    ok = false;
    report(`is missing "Error"; add the error name that Retry and Catch match, e.g. "Error": "Lambda.TimeoutException"`, ...at);
  } else if (typeof error !== 'string') {
    ok = false;
    report(`expected a string (the error name that Retry and Catch match), received ${describeValue(error)}`, ...at, 'Error');
  }
  if (cause === undefined) {
    ok = false;
    report(`is missing "Cause"; Step Functions Local requires it: add "Cause": "<text>" (it may be "")`, ...at);
  } else if (typeof cause !== 'string') {
    ok = false;
    report(`expected a string (the error's cause text), received ${describeValue(cause)}`, ...at, 'Cause');
  }
  return ok && typeof error === 'string' && typeof cause === 'string' ? { error, cause } : undefined;
}

function rangeText(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}

/** A copy of a value that must be JSON data (a file given as an object can hold anything). */
function copyJson(value: unknown, report: Report, at: readonly (string | number)[]): Json | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    report(`is not JSON data (${String(value)}); use a finite number or a string`, ...at);
    return undefined;
  }
  if (Array.isArray(value)) {
    const out: Json[] = [];
    let ok = true;
    value.forEach((item: unknown, i) => {
      const copy = copyJson(item, report, [...at, i]);
      if (copy === undefined) ok = false;
      else out.push(copy);
    });
    return ok ? out : undefined;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const out: JsonObject = {};
    let ok = true;
    for (const [key, item] of Object.entries(value)) {
      const copy = copyJson(item, report, [...at, key]);
      if (copy === undefined) ok = false;
      else setOwn(out, key, copy);
    }
    return ok ? out : undefined;
  }
  report(`is not JSON data (${describeValue(value)}); use plain objects, arrays, strings, numbers, booleans and null`, ...at);
  return undefined;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
