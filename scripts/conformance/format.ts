import { JSONATA_FOLDERS } from './cases.js';
import type { CaseOutcome, ConformanceReport } from './runner.js';
import { tallyByFolder, totals, type Tally } from './tally.js';

/** `80.0%`, or `-` when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

const HEADERS = ['feature', 'cases', 'result', '%', '|', 'history', 'exact', 'other order', 'exact %', 'any order %'] as const;

function row(label: string, t: Tally): string[] {
  return [
    label,
    String(t.cases),
    String(t.resultMatch),
    percent(t.resultMatch, t.cases),
    '|',
    String(t.historyCases),
    String(t.historyExact),
    String(t.historyOtherOrder),
    percent(t.historyExact, t.historyCases),
    percent(t.historyExact + t.historyOtherOrder, t.historyCases),
  ];
}

/**
 * Lays out rows as a text table: the first column (and any in `leftAligned`) left-aligned, the
 * others right-aligned.
 */
export function layoutTable(
  header: readonly string[],
  rows: readonly (readonly string[] | 'rule')[],
  leftAligned: readonly number[] = [],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r === 'rule' ? 0 : (r[i] ?? '').length))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 || leftAligned.includes(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map((r) => (r === 'rule' ? rule : line(r)))].join('\n');
}

/**
 * The per-folder table with the three total lines. "result" = status, output, error and cause
 * match; "history" columns count only cases with a recorded history (event types compared).
 */
export function formatTable(outcomes: readonly CaseOutcome[]): string {
  const t = totals(outcomes);
  const rows: (string[] | 'rule')[] = tallyByFolder(outcomes).map((f) => row(f.folder, f));
  rows.push('rule', row('TOTAL', t.all));
  rows.push(row(`outside ${JSONATA_FOLDERS.join('/')} folders`, t.outsideJsonataFolders));
  rows.push(row('outside those and any JSONata definition', t.outsideJsonataAnywhere));
  return layoutTable(HEADERS, rows);
}

/** One line per case that missed on result or history; `null` for a full match. */
export function formatFailureLine(o: CaseOutcome): string | null {
  const parts: string[] = [];
  if (!o.resultMatch) parts.push(o.difference ?? 'result differs');
  if (o.crash === null && o.historyDifference !== null) parts.push(o.historyDifference);
  if (parts.length === 0) return null;
  return `${o.folder}/${o.id}: ${parts.join(' | ')}`;
}

export interface FormatOptions {
  /** list each miss with its first difference */
  readonly failures?: boolean;
}

/** The whole text report. */
export function formatReport(report: ConformanceReport, options: FormatOptions = {}): string {
  const lines: string[] = [];
  const n = report.outcomes.length;
  lines.push(
    `sfn-sim conformance: ${n} pure case(s) run from ${report.sharedDir}/conformance/cases ` +
      `(${report.casesNeedingServices} of ${report.casesFound} need AWS services: not run) ` +
      `in ${(report.elapsedMs / 1000).toFixed(1)} s; startTime ${report.settings.startTime}, seed ${report.settings.seed}`,
  );
  if (!report.engine.available) lines.push(`engine not available (every case is a miss): ${report.engine.reason ?? ''}`);
  if (options.failures === true) {
    const failures = report.outcomes.map(formatFailureLine).filter((l): l is string => l !== null);
    lines.push('', `misses (${failures.length}):`, ...failures.map((l) => `  ${l}`));
  }
  lines.push('', formatTable(report.outcomes));
  const crashes = report.outcomes.filter((o) => o.crash !== null).length;
  if (crashes > 0) lines.push('', `${crashes} case(s) crashed (definition rejected, run() threw or timed out); --failures lists them`);
  return lines.join('\n');
}
