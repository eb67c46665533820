import type { MatcherState } from 'vitest';
import { badArgument } from './execution.js';
import { asymmetricText, isAsymmetricMatcher, quote } from './text.js';

/** An expected error name or cause: equal to a string, matching a RegExp, or accepted by an asymmetric matcher. */
export type TextExpectation = string | RegExp;

/** Checks the argument is a string, a RegExp or an asymmetric matcher (or absent). */
export function checkTextExpectation(matcher: string, argument: string, value: unknown): void {
  if (value === undefined || typeof value === 'string' || value instanceof RegExp || isAsymmetricMatcher(value)) return;
  badArgument(
    matcher,
    `${argument} must be a string, a RegExp or an asymmetric matcher such as expect.stringContaining('…'); got ${typeof value}.`,
  );
}

export function textMatches(state: MatcherState, expected: unknown, actual: string | null | undefined): boolean {
  if (expected === undefined) return true;
  if (expected instanceof RegExp) {
    expected.lastIndex = 0;
    return typeof actual === 'string' && expected.test(actual);
  }
  return state.equals(actual, expected);
}

/** `"OrderRejected"`, `/could not/`, `StringContaining "card"`. */
export function expectationText(expected: unknown): string {
  if (expected instanceof RegExp) return String(expected);
  if (isAsymmetricMatcher(expected)) return asymmetricText(expected);
  return typeof expected === 'string' ? quote(expected) : String(expected);
}
