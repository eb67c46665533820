import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './shared-dir.js';
import type { FolderTally } from './tally.js';

/** Matches per feature folder that the suite must not fall below (counts, not percentages). */
export interface BaselineEntry {
  /** status + output + error + cause */
  readonly result: number;
  /** exact event-type sequence */
  readonly history: number;
  /** exact, or the same event types in another order */
  readonly historyAnyOrder: number;
}

export type Baseline = Readonly<Record<string, BaselineEntry>>;

export const BASELINE_PATH: string = join(repoRoot, 'test', 'conformance', 'baseline.json');

const ZERO: BaselineEntry = { result: 0, history: 0, historyAnyOrder: 0 };

/** Reads the baseline; a missing file is an empty baseline. Missing numbers read as 0. */
export function readBaseline(path: string = BASELINE_PATH): Baseline {
  if (!existsSync(path)) return {};
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Partial<BaselineEntry>>;
  const out: Record<string, BaselineEntry> = {};
  for (const [folder, entry] of Object.entries(raw)) out[folder] = { ...ZERO, ...entry };
  return out;
}

export function baselineEntry(baseline: Baseline, folder: string): BaselineEntry {
  return baseline[folder] ?? ZERO;
}

/** The counts a run achieved, as a baseline. */
export function baselineFromTallies(folders: readonly FolderTally[]): Baseline {
  const out: Record<string, BaselineEntry> = {};
  for (const f of folders) {
    out[f.folder] = { result: f.resultMatch, history: f.historyExact, historyAnyOrder: f.historyExact + f.historyOtherOrder };
  }
  return out;
}

/** One number the ratchet moved: `base.result 3 -> 5`. */
export interface BaselineChange {
  readonly folder: string;
  readonly field: keyof BaselineEntry;
  readonly from: number;
  readonly to: number;
}

/**
 * Raises every number of `previous` to what `achieved` reached and never lowers one; folders only
 * in `previous` are kept (a run of some folders leaves the others alone).
 */
export function ratchetBaseline(previous: Baseline, achieved: Baseline): { next: Baseline; changes: BaselineChange[] } {
  const next: Record<string, BaselineEntry> = { ...previous };
  const changes: BaselineChange[] = [];
  for (const [folder, got] of Object.entries(achieved)) {
    const had = previous[folder];
    const entry = { ...(had ?? ZERO) };
    for (const field of ['result', 'history', 'historyAnyOrder'] as const) {
      if (got[field] > entry[field]) {
        changes.push({ folder, field, from: entry[field], to: got[field] });
        entry[field] = got[field];
      }
    }
    next[folder] = entry;
  }
  return { next, changes };
}

/** Stable text: folders sorted, one line each. */
export function formatBaseline(baseline: Baseline): string {
  const folders = Object.keys(baseline).sort();
  const lines = folders.map((folder) => `  ${JSON.stringify(folder)}: ${JSON.stringify(baselineEntry(baseline, folder))}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

export function writeBaseline(baseline: Baseline, path: string = BASELINE_PATH): void {
  writeFileSync(path, formatBaseline(baseline));
}
