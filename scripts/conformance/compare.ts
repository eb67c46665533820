import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActualResult } from './actual-result.js';
import type { ConformanceCase } from './cases.js';

/** One check of compare.mjs's `compareCase` (fields vary by check). */
export interface CompareCheck {
  readonly ok: boolean;
  readonly skipped?: string;
  readonly path?: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly why?: string;
  /** history only */
  readonly ok_unordered?: boolean;
  readonly expected_len?: number;
  readonly actual_len?: number;
  readonly first_divergence?: { readonly index: number; readonly expected: string | null; readonly actual: string | null } | null;
}

export interface CompareResult {
  readonly id: string;
  readonly match: boolean;
  readonly match_ignoring_event_order: boolean;
  readonly checks: Readonly<Record<string, CompareCheck>>;
}

export type CompareCaseFn = (
  caseObj: ConformanceCase,
  actual: ActualResult,
  options: { readonly history?: boolean; readonly names?: boolean },
) => CompareResult;

/** Imports `compareCase` from `<conformanceDir>/compare.mjs` (the shared judge; never copied). */
export async function loadCompareCase(conformanceDir: string): Promise<CompareCaseFn> {
  const mod = (await import(pathToFileURL(join(conformanceDir, 'compare.mjs')).href)) as { compareCase?: unknown };
  if (typeof mod.compareCase !== 'function') throw new Error(`${conformanceDir}/compare.mjs does not export compareCase`);
  return mod.compareCase as CompareCaseFn;
}

/** How the event-type sequence compared. */
export type HistoryVerdict = 'exact' | 'other-order' | 'miss' | 'not-recorded';

const RESULT_CHECKS: readonly string[] = ['status', 'output', 'error', 'cause'];

/** Status, output, error and cause all match (every check except history). */
export function isResultMatch(cmp: CompareResult): boolean {
  return Object.entries(cmp.checks).every(([name, check]) => name === 'history' || check.ok);
}

export function historyVerdict(cmp: CompareResult): HistoryVerdict {
  const h = cmp.checks['history'];
  if (h === undefined) return 'not-recorded';
  if (h.ok) return 'exact';
  return h.ok_unordered === true ? 'other-order' : 'miss';
}

/** The first failing result check, in one line: `output $.a.b: expected 1, got 2 (number)`. */
export function firstResultDifference(cmp: CompareResult): string | null {
  const names = [...RESULT_CHECKS, ...Object.keys(cmp.checks).filter((k) => k !== 'history' && !RESULT_CHECKS.includes(k))];
  for (const name of names) {
    const check = cmp.checks[name];
    if (check === undefined || check.ok) continue;
    const where = check.path !== undefined && check.path !== '$' ? ` ${check.path}` : '';
    const why =
      check.why !== undefined && check.why !== 'string' && check.why !== 'number' && check.why !== 'value' ? ` (${check.why})` : '';
    return `${name}${where}: expected ${snippet(check.expected)}, got ${snippet(check.actual)}${why}`;
  }
  return null;
}

/** The history divergence in one line: `history[5]: expected PassStateExited, got (end) (len 8 vs 5)`. */
export function historyDifference(cmp: CompareResult): string | null {
  const h = cmp.checks['history'];
  if (h === undefined || h.ok) return null;
  if (h.why !== undefined) return `history: ${h.why}`;
  const lens = `len ${h.expected_len ?? '?'} vs ${h.actual_len ?? '?'}`;
  const order = h.ok_unordered === true ? ', same events in another order' : '';
  const d = h.first_divergence;
  if (d === null || d === undefined) return `history: differs (${lens}${order})`;
  return `history[${d.index}]: expected ${d.expected ?? '(end)'}, got ${d.actual ?? '(end)'} (${lens}${order})`;
}

/** Compact JSON of a value, cut to `max` characters. */
export function snippet(value: unknown, max = 90): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
