import type { MockResponse } from '../services/mocks/types.js';
import type { FuzzFailure, FuzzReport, RunSummary } from './fuzz.js';

/** How the replay line names the workflow. */
export interface FormatFuzzOptions {
  /** The definition file for the CLI replay line. @defaultValue `'<definition.asl.json>'` */
  readonly file?: string;
  /** Further CLI arguments the replay needs (e.g. `--schema input.schema.json`). @defaultValue none */
  readonly replayArguments?: string;
  /** Include wall-clock figures (they change from run to run). @defaultValue `true` */
  readonly timings?: boolean;
}

const MAX_PATH_STEPS = 12;

/**
 * The fuzz report as text: the failed property and its shrunk scenario (input JSON and a
 * ready-to-paste `mocks` declaration), a summary table, what was never covered, and a replay line.
 * @example
 * console.log(formatFuzzReport(await fuzz(machine, { runs: 200 }), { file: 'order.asl.json' }));
 */
export function formatFuzzReport(report: FuzzReport, options: FormatFuzzOptions = {}): string {
  const lines: string[] = [];
  const failure = report.failures[0];
  lines.push(
    failure === undefined
      ? `sfn-sim fuzz: every property held over ${report.runs} runs (${report.properties.join(', ')})`
      : `sfn-sim fuzz: property ${failure.property} failed after ${report.runs} run${report.runs === 1 ? '' : 's'}`,
  );
  if (failure !== undefined) lines.push('', ...failureLines(failure));
  lines.push('', ...summaryLines(report, options.timings ?? true));
  if (report.coverage.uncovered.length > 0) {
    lines.push('', 'Never covered:', ...report.coverage.uncovered.map((item) => `  ${item.label}`));
  }
  const extra = options.replayArguments === undefined || options.replayArguments === '' ? '' : ` ${options.replayArguments}`;
  lines.push('', ...replayLines(report, `${options.file ?? '<definition.asl.json>'}${extra}`));
  return lines.join('\n');
}

function failureLines(failure: FuzzFailure): string[] {
  const e = failure.execution;
  return [
    `Why: ${failure.reason}`,
    `Execution: ${e.status}${e.error === null ? '' : ` with ${e.error}`} at t=${offset(e.durationMs)}, path ${pathText(e.path)}`,
    '',
    `Shrunk counterexample (${failure.shrinks} shrink${failure.shrinks === 1 ? '' : 's'}):`,
    `input: ${JSON.stringify(failure.scenario.input)}`,
    ...mocksLines(failure.mocks),
    ...(failure.passthrough ? ["unmockedTasks: 'passthrough',"] : []),
  ];
}

/** `mocks: { … },` with one response per line; the braces hold JSON, so they paste into code or a --mocks file. */
function mocksLines(mocks: Readonly<Record<string, readonly MockResponse[]>>): string[] {
  const states = Object.entries(mocks);
  if (states.length === 0) return ['mocks: {},'];
  const lines = ['mocks: {'];
  states.forEach(([state, responses], i) => {
    lines.push(`  ${JSON.stringify(state)}: [`);
    responses.forEach((r, j) => lines.push(`    ${JSON.stringify(r)}${j < responses.length - 1 ? ',' : ''}`));
    lines.push(`  ]${i < states.length - 1 ? ',' : ''}`);
  });
  lines.push('},');
  return lines;
}

function summaryLines(report: FuzzReport, timings: boolean): string[] {
  const c = report.coverage;
  const rows: [string, string][] = [
    ['Runs', `${report.runs}${report.stoppedBy === 'coverage' ? ' (coverage stopped growing)' : ''}`],
    ['Failures', String(report.failures.length)],
    ['Coverage', `${c.covered} of ${c.total} items (${c.percent}%)`],
  ];
  if (report.slowest !== undefined) rows.push(['Slowest', `${offset(report.slowest.durationMs)}  ${pathText(report.slowest.path)}`]);
  if (timings) {
    const t = report.timings;
    rows.push([
      'Speed',
      `${Math.round(t.executionsPerSecond).toLocaleString('en-US')} executions/s (${t.executions} in ${Math.round(t.wallMs)} ms)`,
    ]);
  }
  return rows.map(([k, v]) => `${k.padEnd(10)}${v}`);
}

function replayLines(report: FuzzReport, file: string): string[] {
  const path = report.path === undefined ? '' : ` --path ${report.path}`;
  const pathOption = report.path === undefined ? '' : `, path: '${report.path}'`;
  return [`Replay: sfn-sim fuzz ${file} --seed ${report.seed}${path}`, `        fuzz(machine, { seed: ${report.seed}${pathOption} })`];
}

function pathText(path: readonly string[]): string {
  const top = path.filter((p) => !/(?:\[\d+\]|#\d+)\./.test(p));
  const shown = top.length > MAX_PATH_STEPS ? [...top.slice(0, MAX_PATH_STEPS - 1), '…', top.at(-1) as string] : top;
  return shown.join(' → ');
}

function offset(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const milli = ms % 1000;
  return `+${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(milli).padStart(3, '0')}`;
}
