import type { ExecutionResult, HistoryEvent } from '../../src/index.js';
import {
  caughtError,
  errorOf,
  isFailureEvent,
  isScheduledEvent,
  isSucceededEvent,
  parentPath,
  type ExecutionModel,
  type StateVisit,
} from './execution-model.js';
import { columns, cut, durationText, offsetText, quote, waitText } from './text.js';

/** Events shown per visit before the middle is cut (a state polled 500 times would otherwise fill the screen). */
const MAX_ROWS = 12;
/** Top-level steps shown on one path line before the middle is cut. */
const MAX_STEPS = 30;
/** Iterations or branches listed under a Map or Parallel before the rest are counted. */
const MAX_SCOPES = 6;

/** `ChargeCard (Task, arn:aws:states:::lambda:invoke)`: a state with its type and, for a Task, its resource. */
export function stateHeading(model: ExecutionModel, visit: StateVisit): string {
  const resource = visit.calls[0]?.resource ?? model.result.calls.find((c) => c.stateName === visit.name)?.resource;
  return `${visit.path} (${visit.type}${resource === undefined ? '' : `, ${resource}`})`;
}

/**
 * What happened inside one visit, one row per telling event, numbered with history ids and timed in
 * virtual time: failures with error and cause, each retry with its wait, successes, and how the state
 * left (caught, or on to the next state).
 */
export function visitRows(model: ExecutionModel, visit: StateVisit): string[] {
  const rows: Array<[id: number, text: string, time: string]> = [];
  const at = (e: HistoryEvent): string => `t=${offsetText(model.offset(e))}`;
  let attempt = 0;
  let lastFailure: HistoryEvent | undefined;
  for (const e of visit.events) {
    if (isScheduledEvent(e)) {
      attempt++;
      if (attempt > 1) {
        const wait = lastFailure === undefined ? '' : `after ${waitText(model.offset(e) - model.offset(lastFailure))} `;
        rows.push([e.id, `retried ${wait}(attempt ${attempt})`, at(e)]);
      }
    } else if (isFailureEvent(e)) {
      lastFailure = e;
      const error = errorOf(model, e);
      rows.push([e.id, `${e.type}  ${errorText(error?.error, error?.cause)}`.trimEnd(), at(e)]);
    } else if (isSucceededEvent(e) || e.type === 'ParallelStateSucceeded' || e.type === 'MapStateSucceeded') {
      rows.push([e.id, e.type, at(e)]);
    } else if (e === visit.exited) {
      const caught = caughtError(model, visit);
      const next = visit.next === undefined ? '' : ` → ${visit.next.path}`;
      rows.push([e.id, caught === undefined ? `${e.type}${next}` : `caught ${caught.error} by a Catch${next}`, at(e)]);
    }
  }
  if (rows.length === 0) rows.push([visit.entered.id, visit.entered.type, at(visit.entered)]);
  const idWidth = Math.max(...rows.map(([id]) => String(id).length)) + 1;
  return columns(shorten(rows.map(([id, text, time]): [string, string] => [`${`#${id}`.padEnd(idWidth)}  ${text}`, time])));
}

/** The visit block: `At step 3, ChargeCard (Task, …):` or `ChargeCard (Task, …), entered #20:` and its rows. */
export function visitBlock(model: ExecutionModel, visit: StateVisit, step?: number): string[] {
  const heading =
    step === undefined ? `${stateHeading(model, visit)}, entered #${visit.entered.id}:` : `At step ${step}, ${stateHeading(model, visit)}:`;
  return [heading, ...visitRows(model, visit)];
}

/**
 * Where the execution failed, with that visit's rows. A Fail state only reports the error, so for one the
 * rows are those of the state that led to it (often a Catch).
 */
export function failureBlock(model: ExecutionModel): string[] {
  const visit = model.failure?.visit;
  if (visit === undefined) return [];
  if (visit.type === 'Fail') {
    const from = model.visits.find((v) => v.next === visit);
    if (from !== undefined)
      return [`It reached the Fail state ${visit.path} from ${stateHeading(model, from)}:`, ...visitRows(model, from)];
  }
  return [`It failed in ${stateHeading(model, visit)}:`, ...visitRows(model, visit)];
}

/** The closing block of every failure text: how the execution ended, and the replay line. */
export function ending(model: ExecutionModel): string[] {
  return [outcomeLine(model), replayLine(model.result)];
}

/** `FAILED with OrderRejected: "…" at t=+00:00:14.000`: how the execution ended, in virtual time. */
export function outcomeLine(model: ExecutionModel): string {
  const r = model.result;
  const at = `at t=${offsetText(model.durationMs)}`;
  switch (r.status) {
    case 'SUCCEEDED':
      return `SUCCEEDED ${at}`;
    case 'FAILED':
      if (r.error === null) return `FAILED without an error name ${at}`;
      return `FAILED with ${r.error}${r.cause === null ? '' : `: ${quote(cut(r.cause, 200))}`} ${at}`;
    case 'TIMED_OUT':
      return `TIMED_OUT ${at}${r.error === null ? '' : ` (${r.error})`}`;
    case 'ABORTED':
      return `ABORTED ${at}`;
  }
}

/**
 * The line to paste to get this run again. The result does not record the seed, so the line names
 * where to take it from; everything else that makes a run differ is printed.
 */
export function replayLine(result: ExecutionResult): string {
  const options = `{ seed, executionName: ${quote(executionName(result.executionArn))}, startTime: ${quote(result.startTime)} }`;
  return `Replay: machine.run(input, ${options})  (input: event #1; seed: this test's)`;
}

/** The top-level path on one line, `A → B → C`, cut in the middle when long. */
export function pathLine(steps: readonly string[]): string {
  if (steps.length === 0) return '(no state entered)';
  const shown =
    steps.length <= MAX_STEPS ? steps : [...steps.slice(0, MAX_STEPS - 5), `… ${steps.length - MAX_STEPS + 5} more …`, ...steps.slice(-5)];
  return shown.join(' → ');
}

/** States entered at the top level, in order. */
export function topLevelPath(model: ExecutionModel): string[] {
  return model.visits.filter((v) => parentPath(v.path) === undefined).map((v) => v.path);
}

/**
 * The received path: the top level on one line, then, indented under it, what ran inside each Map
 * iteration and Parallel branch (`ReserveStock[0]: Reserve`), nested scopes indented further.
 */
export function receivedPath(model: ExecutionModel): string[] {
  const lines = [`  ${pathLine(topLevelPath(model))}`];
  const top = model.visits.filter((v) => parentPath(v.path) === undefined);
  const seen = new Set<string>();
  for (const visit of top) {
    if (seen.has(visit.path)) continue;
    seen.add(visit.path);
    lines.push(...nestedLines(model, visit.path, 2));
  }
  return lines;
}

function nestedLines(model: ExecutionModel, owner: string, depth: number): string[] {
  const scopes = new Map<string, StateVisit[]>();
  for (const v of model.visits) {
    if (v.parent?.path !== owner) continue;
    const scope = v.path.slice(0, v.path.length - v.name.length - 1);
    scopes.set(scope, [...(scopes.get(scope) ?? []), v]);
  }
  const lines: string[] = [];
  const indent = ' '.repeat(depth * 2);
  let shown = 0;
  for (const [scope, visits] of scopes) {
    if (shown === MAX_SCOPES) {
      lines.push(`${indent}… ${scopes.size - MAX_SCOPES} more (see execution.path)`);
      break;
    }
    shown++;
    lines.push(`${indent}${scope}: ${pathLine(visits.map((v) => v.name))}`);
    const inner = new Set<string>();
    for (const v of visits) {
      if ((v.type === 'Map' || v.type === 'Parallel') && !inner.has(v.path)) {
        inner.add(v.path);
        lines.push(...nestedLines(model, v.path, depth + 1));
      }
    }
  }
  return lines;
}

/** `Lambda.TooManyRequestsException  "Rate exceeded"`: an error name and its cause, cut to one line. */
export function errorText(error: string | undefined, cause: string | undefined): string {
  const name = error ?? '';
  if (cause === undefined || cause === '') return name;
  return `${name}  ${quote(cut(cause.replace(/\s+/g, ' '), 80))}`;
}

/** The execution name: the last part of a Standard ARN, the second to last of an Express one. */
export function executionName(arn: string): string {
  const parts = arn.split(':');
  return (parts[5] === 'express' ? parts[7] : parts.at(-1)) ?? arn;
}

function shorten(rows: Array<[string, string]>): Array<[string, string]> {
  if (rows.length <= MAX_ROWS) return rows;
  const head = rows.slice(0, MAX_ROWS / 2);
  const tail = rows.slice(-(MAX_ROWS / 2 - 1));
  return [...head, [`… ${rows.length - head.length - tail.length} more events (see execution.history)`, ''], ...tail];
}

/**
 * Where the virtual time went: the top-level states that took longest, with their first and last event.
 * Empty when no state took any time.
 */
export function timeBlock(model: ExecutionModel, max = 3): string[] {
  const top = model.visits.filter((v) => parentPath(v.path) === undefined);
  const spans = top.map((v, i) => {
    const end = v.exited ?? top[i + 1]?.entered;
    const endMs = end === undefined ? model.durationMs : model.offset(end);
    return { visit: v, ms: endMs - model.offset(v.entered), end };
  });
  const longest = spans
    .filter((s) => s.ms > 0)
    .sort((a, b) => b.ms - a.ms || a.visit.index - b.visit.index)
    .slice(0, max);
  if (longest.length === 0) return [];
  return [
    'Where the time went:',
    ...columns(
      longest.map((s): [string, string] => [
        `${s.visit.path} (${s.visit.type})`,
        `${durationText(s.ms)}   #${s.visit.entered.id}–#${s.end?.id ?? model.lastEvent?.id ?? s.visit.entered.id}`,
      ]),
    ),
  ];
}
