import { badArgument } from './execution.js';

/** A duration argument in milliseconds: a finite number ≥ 0, or a UsageError. */
export function durationArgument(matcher: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    badArgument(
      matcher,
      `durationMs must be a number of milliseconds ≥ 0 (e.g. 15 * 60_000 for 15 minutes); got ${typeof value === 'number' ? value : typeof value}.`,
    );
  }
  return value;
}
