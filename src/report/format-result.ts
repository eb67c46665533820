import type { ExecutionResult } from '../engine/execution-result.js';

/** Virtual time since the start, `+hh:mm:ss.mmm`. */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  let rest = Math.abs(ms);
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  return `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(milli).padStart(3, '0')}`;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}… (${text.length} chars; --json shows all)`;
}

/** The human summary the CLI prints for one execution: outcome, path, transitions, virtual duration. */
export function formatExecutionResult(result: ExecutionResult, replay?: string): string {
  const duration = Date.parse(result.stopTime) - Date.parse(result.startTime);
  const lines: string[] = [];
  lines.push(
    `${result.status} in ${formatOffset(duration).slice(1)} of virtual time, ${result.transitions} state transition${result.transitions === 1 ? '' : 's'}, ${result.history.length} history events`,
  );
  if (result.status === 'SUCCEEDED') {
    lines.push(`Output: ${cut(JSON.stringify(result.output), 400)}`);
  } else {
    lines.push(`Error:  ${result.error ?? '(none)'}`);
    lines.push(`Cause:  ${cut(result.cause ?? '(none)', 400)}`);
  }
  const path =
    result.path.length <= 30 ? result.path : [...result.path.slice(0, 25), `… ${result.path.length - 30} more …`, ...result.path.slice(-5)];
  lines.push(`Path:   ${path.join(' → ')}`);
  if (replay !== undefined) lines.push(`Replay: ${replay}`);
  return lines.join('\n');
}
