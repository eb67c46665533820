/**
 * Plain-text pieces shared by every matcher message: virtual times, quoting, cutting long values.
 * No colour: the texts are pinned by inline snapshots and read the same in a terminal and in CI logs.
 */
import { formatOffset } from '../../src/index.js';

/** Virtual time since the execution started, `+hh:mm:ss.mmm` (hours grow past 24 rather than wrap). */
export function offsetText(ms: number): string {
  return formatOffset(Math.round(ms));
}

/** A virtual duration, `hh:mm:ss.mmm`. */
export function durationText(ms: number): string {
  return offsetText(ms).slice(1);
}

/** A short duration for retry waits: `2 s`, `1.5 s`, `3 min 20 s`. */
export function waitText(ms: number): string {
  if (ms < 60_000) return `${trimNumber(ms / 1000)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = (ms - minutes * 60_000) / 1000;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${trimNumber(seconds)} s`;
}

/** `"name"`: state names and error names in sentences are double-quoted. */
export function quote(text: string): string {
  return JSON.stringify(text);
}

/** `1 time`, `3 times`. */
export function times(n: number): string {
  return `${n} time${n === 1 ? '' : 's'}`;
}

/** `1 call`, `3 calls`, `2 retries`. */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

/** `1st`, `2nd`, `3rd`, `4th`, `11th`. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * One line of JSON (or the value's own text), cut at `max` characters with a pointer to the full data.
 * `undefined` prints as `undefined` so "no output" reads differently from `null`.
 */
export function valueText(value: unknown, max = 120, where?: string): string {
  const text = value === undefined ? 'undefined' : (jsonText(value) ?? String(value));
  return cut(text, max, where);
}

/** Cuts a one-line text at `max` characters: `…(1234 chars; see execution.output)`. */
export function cut(text: string, max: number, where?: string): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length} chars${where === undefined ? '' : `; see ${where}`})`;
}

/** Pads each line's text so the trailing column (times) lines up. */
export function columns(rows: ReadonlyArray<readonly [left: string, right: string]>, indent = '  '): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => (right === '' ? `${indent}${left}` : `${indent}${left.padEnd(width)}   ${right}`));
}

function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (isAsymmetricMatcher(v) ? asymmetricText(v) : v));
  } catch {
    return undefined;
  }
}

/** vitest's asymmetric matchers (`expect.any(String)`, `expect.stringContaining(…)`) inside expected values. */
export function isAsymmetricMatcher(value: unknown): value is AsymmetricMatcherLike {
  return typeof value === 'object' && value !== null && typeof (value as { asymmetricMatch?: unknown }).asymmetricMatch === 'function';
}

interface AsymmetricMatcherLike {
  asymmetricMatch(other: unknown): boolean;
  toString(): string;
  toAsymmetricMatcher?: () => string;
}

/** `StringContaining "card"`, `Any<String>`: how vitest itself names an asymmetric matcher. */
export function asymmetricText(matcher: AsymmetricMatcherLike): string {
  return typeof matcher.toAsymmetricMatcher === 'function' ? matcher.toAsymmetricMatcher() : matcher.toString();
}

function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}
