// Replay mocks for the corpus's "services" cases (`needs` naming AWS services other than Lambda:
// sqs, sns, dynamodb, events, s3, secretsmanager, stepfunctions, callback, activity, …). The service is
// external to the engine, so the runner supplies what it answered, read back from the recorded history:
// for each Task state, one response per attempt, in the order the attempts appear in
// `expected.history`. Everything around the call (parameters, data flow, Retry/Catch, timeouts,
// heartbeats, callbacks, history) is left to the engine. A replayed answer is what the state received,
// so these cases check everything around the service call, not the shape of the service's answers.
//
// The plan is engine-neutral (`buildReplayPlan`); `replayMocks` turns it into sfn-sim options.
import type { ConformanceCase } from './cases.js';

/** What one recorded attempt of a Task state ended with. */
export type ReplayOutcome =
  /** `TaskSucceeded`, `ActivitySucceeded`, `LambdaFunctionSucceeded`: the output the state received. */
  | { readonly kind: 'result'; readonly value: unknown }
  /**
   * `TaskFailed` & co.: the error and cause, `null` when the event has none (a callback failed with
   * `SendTaskFailure` and no error field records neither).
   */
  | { readonly kind: 'error'; readonly error: string | null; readonly cause: string | null }
  /** `TaskTimedOut` & co.: the answer must arrive after the state's TimeoutSeconds / HeartbeatSeconds. */
  | { readonly kind: 'timeout' }
  /** No outcome recorded: the attempt was aborted (a failing sibling branch) or was still running. */
  | { readonly kind: 'pending' };

/** One recorded attempt of a Task state. */
export interface ReplayAttempt {
  readonly stateName: string;
  /** The events' family: `Task` (service integrations), `Activity`, `LambdaFunction` (a bare function ARN). */
  readonly family: ReplayFamily;
  /** Index in `expected.history` of the event that started the attempt (`*Scheduled` or `*ScheduleFailed`). */
  readonly eventIndex: number;
  readonly outcome: ReplayOutcome;
  /** The `TaskSubmitted` output (the start call's response of a `.waitForTaskToken` / `.sync` task). */
  readonly submitted?: unknown;
}

export interface ReplayPlan {
  /** The attempts of each Task state, in history order. */
  readonly byState: ReadonlyMap<string, readonly ReplayAttempt[]>;
  /** How the attempts were attributed to states: `ids` (previousEventId chains) or `order` (fallback). */
  readonly attribution: 'ids' | 'order' | 'none';
}

/** Virtual seconds after which a timed-out (or never answered) call answers: beyond any TimeoutSeconds (max 99999999). */
export const NEVER_SECONDS = 10 ** 8;

export type ReplayFamily = 'Task' | 'Activity' | 'LambdaFunction';

interface HistoryEvent {
  readonly type: string;
  readonly id?: unknown;
  readonly previousEventId?: unknown;
  readonly [key: string]: unknown;
}

const TASK_KINDS = '(Task|Activity|LambdaFunction)';
const STARTS = new RegExp(`^${TASK_KINDS}Scheduled$`);
const SCHEDULE_FAILED = new RegExp(`^${TASK_KINDS}ScheduleFailed$`);
const SUBMITTED = /^TaskSubmitted$/;
const SUCCEEDED = new RegExp(`^${TASK_KINDS}Succeeded$`);
const FAILED = new RegExp(`^${TASK_KINDS}(Failed|StartFailed|SubmitFailed)$`);
const TIMED_OUT = new RegExp(`^${TASK_KINDS}TimedOut$`);
const TASK_ENTERED = 'TaskStateEntered';

/** The `<x>EventDetails` object of an event (`{}` when it has none). */
function details(e: HistoryEvent): Record<string, unknown> {
  for (const [key, value] of Object.entries(e)) {
    if (key.endsWith('EventDetails') && typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  }
  return {};
}

/**
 * A recorded payload as the state received it. The snapshots parsed JSON texts that start with `{`
 * into objects and kept other JSON texts (strings, numbers, arrays, null) as they were: those are parsed
 * here (`"\"HelloWorld\""` → `"HelloWorld"`).
 */
export function recordedPayload(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/**
 * A recorded error or cause as text. The snapshots parsed a cause that is a JSON object; its text is
 * looked up verbatim among the strings of the recording (the `Cause` a Catch put in the output), else
 * written as compact JSON, as AWS's services write it.
 */
export function recordedText(value: unknown, recordedStrings: readonly string[] = []): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  const verbatim = recordedStrings.find((s) => {
    try {
      return deepEqual(JSON.parse(s), value);
    } catch {
      return false;
    }
  });
  return verbatim ?? JSON.stringify(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k, i) => k === kb[i] && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Every string of a JSON value that starts with `{` (candidate verbatim causes). */
function objectTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.trimStart().startsWith('{')) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) objectTexts(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) objectTexts(v, out);
  return out;
}

/** The history's ids can be followed when every event has a distinct positive id (not a re-sorted block's 0). */
function usableIds(events: readonly HistoryEvent[]): Map<number, number> | null {
  const byId = new Map<number, number>();
  for (const [i, e] of events.entries()) {
    if (typeof e.id !== 'number' || e.id <= 0 || byId.has(e.id)) return null;
    byId.set(e.id, i);
  }
  return byId;
}

/**
 * Follows `previousEventId` from event `from` (excluded) back to the first event `stop` accepts; `null`
 * when the chain breaks.
 */
function walkBack(
  events: readonly HistoryEvent[],
  byId: Map<number, number>,
  from: number,
  stop: (e: HistoryEvent) => boolean,
): number | null {
  let index = from;
  for (let steps = 0; steps < events.length; steps++) {
    const prev = events[index]?.previousEventId;
    if (typeof prev !== 'number') return null;
    const next = byId.get(prev);
    if (next === undefined || next >= index) return null;
    index = next;
    if (stop(events[index] as HistoryEvent)) return index;
  }
  return null;
}

function enteredName(e: HistoryEvent): string | null {
  if (e.type !== TASK_ENTERED) return null;
  const name = (details(e) as { name?: unknown }).name;
  return typeof name === 'string' ? name : null;
}

interface OpenAttempt {
  stateName: string;
  family: ReplayFamily;
  eventIndex: number;
  outcome: ReplayOutcome;
  submitted?: unknown;
  closed: boolean;
}

/**
 * Reads the attempts of every Task state from a recorded history. An attempt starts at a `*Scheduled`
 * (or `*ScheduleFailed`) event; its state is the `TaskStateEntered` its `previousEventId` chain leads
 * back to (a retry's chain passes through the previous attempt), and its `TaskSubmitted` and outcome
 * events are those whose chain leads back to it. This holds when branches of a Parallel or iterations
 * of a Map interleave. Where ids cannot be followed (LocalStack re-sorted a Parallel block and zeroed
 * them), attempts go to Task states in the order those were entered, and outcomes to the earliest open
 * attempt.
 */
export function buildReplayPlan(c: ConformanceCase): ReplayPlan {
  const history = c.expected.history;
  if (!Array.isArray(history)) return { byState: new Map(), attribution: 'none' };
  const events = history.filter(
    (e): e is HistoryEvent => typeof e === 'object' && e !== null && typeof (e as HistoryEvent).type === 'string',
  );
  const strings = objectTexts([c.expected.output, c.expected.cause, history]);
  const ids = usableIds(events);

  const attempts: OpenAttempt[] = [];
  const byStartIndex = new Map<number, OpenAttempt>();
  let usedOrder = false;
  // fallback bookkeeping: Task states entered but not yet scheduled, and the last state scheduled (retries)
  const enteredQueue: string[] = [];
  let lastScheduled: string | null = null;

  const stateOf = (index: number): string | null => {
    if (ids !== null) {
      const entered = walkBack(events, ids, index, (e) => enteredName(e) !== null);
      if (entered !== null) return enteredName(events[entered] as HistoryEvent);
    }
    usedOrder = true;
    return enteredQueue.shift() ?? lastScheduled;
  };
  const attemptOf = (index: number, accept: (a: OpenAttempt) => boolean): OpenAttempt | undefined => {
    if (ids !== null) {
      const start = walkBack(events, ids, index, (e) => STARTS.test(e.type));
      const attempt = start === null ? undefined : byStartIndex.get(start);
      if (attempt !== undefined) return attempt;
    }
    usedOrder = true;
    return attempts.find((a) => !a.closed && accept(a));
  };

  for (const [index, e] of events.entries()) {
    const d = details(e);
    const name = enteredName(e);
    if (name !== null) {
      enteredQueue.push(name);
      continue;
    }
    const scheduleFailed = SCHEDULE_FAILED.test(e.type);
    if (STARTS.test(e.type) || scheduleFailed) {
      const stateName = stateOf(index);
      if (stateName === null) continue;
      const queued = enteredQueue.indexOf(stateName);
      if (queued >= 0) enteredQueue.splice(queued, 1);
      lastScheduled = stateName;
      const family = (/^(Task|Activity|LambdaFunction)/.exec(e.type)?.[1] ?? 'Task') as ReplayFamily;
      const attempt: OpenAttempt = { stateName, family, eventIndex: index, outcome: { kind: 'pending' }, closed: false };
      if (scheduleFailed) {
        attempt.outcome = { kind: 'error', error: recordedText(d['error'], strings), cause: recordedText(d['cause'], strings) };
        attempt.closed = true;
      }
      attempts.push(attempt);
      byStartIndex.set(index, attempt);
      continue;
    }
    if (SUBMITTED.test(e.type)) {
      const attempt = attemptOf(index, (a) => !('submitted' in a));
      if (attempt !== undefined) attempt.submitted = recordedPayload(d['output']);
      continue;
    }
    let outcome: ReplayOutcome | null = null;
    if (SUCCEEDED.test(e.type)) outcome = { kind: 'result', value: recordedPayload(d['output']) };
    else if (FAILED.test(e.type))
      outcome = { kind: 'error', error: recordedText(d['error'], strings), cause: recordedText(d['cause'], strings) };
    else if (TIMED_OUT.test(e.type)) outcome = { kind: 'timeout' };
    if (outcome === null) continue;
    const attempt = attemptOf(index, () => true);
    if (attempt === undefined || attempt.closed) continue;
    attempt.outcome = outcome;
    attempt.closed = true;
  }

  const byState = new Map<string, ReplayAttempt[]>();
  for (const a of attempts) {
    const attempt: ReplayAttempt = {
      stateName: a.stateName,
      family: a.family,
      eventIndex: a.eventIndex,
      outcome: a.outcome,
      ...('submitted' in a ? { submitted: a.submitted } : {}),
    };
    byState.set(a.stateName, [...(byState.get(a.stateName) ?? []), attempt]);
  }
  return { byState, attribution: attempts.length === 0 ? 'none' : usedOrder ? 'order' : 'ids' };
}

/**
 * The definition to run: the case's, except that a Task `Resource` the snapshot replaced by a literal
 * (`"activity_arn"`, listed in `meta.normalizers`) becomes an ARN of the kind the recording shows
 * (Activity* events: an activity ARN; LambdaFunction* events: a function ARN), named by the literal,
 * which compare.mjs matches as a wildcard wherever it appears. Returns a copy; the case is not changed.
 */
export function replayDefinition(c: ConformanceCase, plan: ReplayPlan, accountId: string, region = 'us-east-1'): unknown {
  const literals = new Set(
    (Array.isArray(c.meta?.['normalizers']) ? (c.meta['normalizers'] as unknown[]) : [])
      .map((n) => (typeof n === 'object' && n !== null ? (n as { replacement?: unknown }).replacement : undefined))
      .filter((r): r is string => typeof r === 'string'),
  );
  const definition = structuredClone(c.definition);
  const visit = (states: unknown): void => {
    if (typeof states !== 'object' || states === null) return;
    for (const [name, state] of Object.entries(states as Record<string, unknown>)) {
      if (typeof state !== 'object' || state === null) continue;
      const s = state as Record<string, unknown>;
      const resource = s['Resource'];
      const family = plan.byState.get(name)?.[0]?.family;
      if (s['Type'] === 'Task' && typeof resource === 'string' && literals.has(resource) && !resource.startsWith('arn:')) {
        if (family === 'Activity') s['Resource'] = `arn:aws:states:${region}:${accountId}:activity:${resource}`;
        else if (family === 'LambdaFunction') s['Resource'] = `arn:aws:lambda:${region}:${accountId}:function:${resource}`;
      }
      for (const branch of Array.isArray(s['Branches']) ? (s['Branches'] as unknown[]) : [])
        visit((branch as { States?: unknown } | null)?.States);
      for (const key of ['ItemProcessor', 'Iterator']) visit((s[key] as { States?: unknown } | undefined)?.States);
    }
  };
  visit((definition as { States?: unknown } | null)?.States);
  return definition;
}

// ---------------------------------------------------------------------------------------------
// sfn-sim mocks

/** The slice of the engine replay mocks are built with (loaded dynamically, see sim-engine.ts). */
export interface ReplayMockEngine {
  readonly StatesError: new (error: string | null, cause: string | null) => Error;
  readonly afterSeconds: (seconds: number, value: unknown) => unknown;
}

/** sfn-sim's declared response for one attempt (`MockResponse` in src/services/mocks/types.ts). */
export type ReplayMockResponse = ({ readonly raw: unknown } | { readonly throws: { readonly error: string; readonly cause?: string } }) & {
  readonly afterSeconds?: number;
  readonly submitted?: unknown;
};

/** What a replayed call does when run by a handler: return a value, or throw. */
export interface ReplayMocks {
  /** Declared responses by state name (`StateMachineOptions.mocks`). */
  readonly mocks: Record<string, ReplayMockResponse[]>;
  /**
   * Handlers by state name (`StateMachineOptions.taskHandlers`: the value is what the state receives)
   * for states an attempt of which failed with no error name, which a declared response cannot say.
   * They lose the recorded `TaskSubmitted` output (the engine shapes an empty one).
   */
  readonly taskHandlers: Record<string, (request: { readonly invocation?: number }) => unknown>;
}

/** The declared response for one attempt; `null` when it fails with no error name. */
export function replayResponse(attempt: ReplayAttempt): ReplayMockResponse | null {
  const submitted = 'submitted' in attempt ? { submitted: attempt.submitted } : {};
  const o = attempt.outcome;
  switch (o.kind) {
    case 'result':
      return { raw: o.value, ...submitted };
    case 'error':
      if (o.error === null) return null;
      return { throws: o.cause === null ? { error: o.error } : { error: o.error, cause: o.cause }, ...submitted };
    case 'timeout':
    case 'pending':
      return { raw: null, afterSeconds: NEVER_SECONDS, ...submitted };
  }
}

/**
 * The engine options replaying a plan: a list of declared responses per state (one per attempt), or,
 * for a state with an attempt that failed with no error name, a handler that throws the engine's
 * `StatesError(null, cause)` for it.
 */
export function replayMocks(plan: ReplayPlan, engine: ReplayMockEngine): ReplayMocks {
  const mocks: Record<string, ReplayMockResponse[]> = {};
  const taskHandlers: Record<string, (request: { readonly invocation?: number }) => unknown> = {};
  for (const [state, attempts] of plan.byState) {
    const responses = attempts.map(replayResponse);
    if (responses.every((r): r is ReplayMockResponse => r !== null)) {
      mocks[state] = responses;
      continue;
    }
    let calls = 0;
    taskHandlers[state] = (request) => {
      const n = typeof request.invocation === 'number' ? request.invocation : calls;
      calls++;
      const attempt = attempts[n];
      if (attempt === undefined)
        throw new Error(`the recording has ${attempts.length} attempt(s) of "${state}"; the engine made a ${n + 1}th call`);
      const o = attempt.outcome;
      switch (o.kind) {
        case 'result':
          return o.value;
        case 'error':
          throw new engine.StatesError(o.error, o.cause);
        case 'timeout':
        case 'pending':
          return engine.afterSeconds(NEVER_SECONDS, null);
      }
    };
  }
  return { mocks, taskHandlers };
}
