import { JSONATA_FOLDERS, SUITES, type Suite } from './cases.js';
import type { CaseOutcome, ConformanceReport } from './runner.js';
import { tallyByGroup, totals, type Tally } from './tally.js';

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
 * The per-folder table with the three total lines, a row per group (`<folder>`, `<folder>+lambda`,
 * `<folder>+services`: the baseline's keys). "result" = status, output, error and cause match;
 * "history" columns count only cases with a recorded history (event types compared).
 */
export function formatTable(outcomes: readonly CaseOutcome[]): string {
  const t = totals(outcomes);
  const rows: (string[] | 'rule')[] = tallyByGroup(outcomes).map((f) => row(f.folder, f));
  rows.push('rule', row('TOTAL', t.all));
  rows.push(row(`outside ${JSONATA_FOLDERS.join('/')} folders`, t.outsideJsonataFolders));
  rows.push(row('outside those and any JSONata definition', t.outsideJsonataAnywhere));
  return layoutTable(HEADERS, rows);
}

/** One line per case that missed on result or history (named by its group: `<folder>[+lambda|+services]/<id>`); `null` for a full match. */
export function formatFailureLine(o: CaseOutcome): string | null {
  const parts: string[] = [];
  if (!o.resultMatch) parts.push(o.difference ?? 'result differs');
  if (o.crash === null && o.historyDifference !== null) parts.push(o.historyDifference);
  if (parts.length === 0) return null;
  return `${o.group}/${o.id}: ${parts.join(' | ')}`;
}

export interface FormatOptions {
  /** list each miss with its first difference */
  readonly failures?: boolean;
}

const SUITE_TITLES: Readonly<Record<Suite, string>> = {
  pure: 'pure cases (needs: [])',
  lambda: 'lambda cases (needs: ["lambda"]; the functions of meta.lambdas mocked by scripts/conformance/lambda-mocks.ts)',
  services:
    "services cases (needs: other AWS services; replayed service answers: checks everything around the service call, not the answers' shapes; scripts/conformance/replay-mocks.ts)",
};

/** The whole text report: one table per suite that ran (pure, lambda, then services). */
export function formatReport(report: ConformanceReport, options: FormatOptions = {}): string {
  const lines: string[] = [];
  const bySuite = SUITES.map((suite) => ({ suite, outcomes: report.outcomes.filter((o) => o.suite === suite) }));
  const counts = bySuite.map(({ suite, outcomes }) => `${outcomes.length} ${suite}`).join(' + ');
  lines.push(
    `sfn-sim conformance: ${counts} case(s) run from ${report.sharedDir}/conformance/cases ` +
      `(${report.casesNotRun} of ${report.casesFound} cannot be run: not run) ` +
      `in ${(report.elapsedMs / 1000).toFixed(1)} s; startTime ${report.settings.startTime}, seed ${report.settings.seed}`,
  );
  const reasons = new Map<string, number>();
  for (const n of report.notRun) reasons.set(n.reason, (reasons.get(n.reason) ?? 0) + 1);
  for (const [reason, count] of reasons) lines.push(`  not run: ${count} case(s): ${reason}`);
  if (!report.engine.available) lines.push(`engine not available (every case is a miss): ${report.engine.reason ?? ''}`);
  if (options.failures === true) {
    for (const { suite, outcomes } of bySuite) {
      if (outcomes.length === 0) continue;
      const failures = outcomes.map(formatFailureLine).filter((l): l is string => l !== null);
      lines.push('', `${suite === 'pure' ? 'misses' : `${suite} misses`} (${failures.length}):`, ...failures.map((l) => `  ${l}`));
    }
    if (report.notRun.length > 0)
      lines.push('', `not run (${report.notRun.length}):`, ...report.notRun.map((n) => `  ${n.folder}/${n.id}: ${n.reason}`));
  }
  for (const { suite, outcomes } of bySuite) {
    if (outcomes.length === 0) continue;
    lines.push('', `${SUITE_TITLES[suite]}:`, formatTable(outcomes));
  }
  const crashes = report.outcomes.filter((o) => o.crash !== null).length;
  if (crashes > 0)
    lines.push(
      '',
      `${crashes} case(s) crashed (definition rejected, run() threw, timed out, unsupported lambda handler or nothing to replay); --failures lists them`,
    );
  return lines.join('\n');
}
