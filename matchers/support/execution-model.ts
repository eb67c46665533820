import {
  TASK_FAILURE_EVENTS,
  type ExecutionResult,
  type HistoryEvent,
  type HistoryEventType,
  type ServiceCall,
  type StateType,
} from '../../src/index.js';

/**
 * One entry into a state, rebuilt from the history: the events it owns, its attempts (first try plus
 * retries), how it left and where it went. `path` is the qualified name the engine records in
 * `result.path` (`ReserveStock[2].Reserve`, `ShipAndNotify#1.Notify`).
 */
export interface StateVisit {
  /** 0-based position in `result.path`. */
  readonly index: number;
  readonly path: string;
  readonly name: string;
  readonly type: StateType;
  readonly entered: HistoryEvent;
  /** The Map or Parallel visit this one ran inside. */
  readonly parent: StateVisit | undefined;
  /** The visit's own events after `entered`, oldest first (events of states nested in it are not included). */
  readonly events: HistoryEvent[];
  exited: HistoryEvent | undefined;
  /** The state entered right after this one exited (same scope). */
  next: StateVisit | undefined;
  /** The service calls this visit made, oldest first. */
  readonly calls: ServiceCall[];
}

/** Where the execution's own error came from: the innermost failing event and its state. */
export interface FailureOrigin {
  readonly event: HistoryEvent;
  readonly visit: StateVisit | undefined;
}

/** An execution result read back as visits, with virtual times. Built once per result, on first need. */
export interface ExecutionModel {
  readonly result: ExecutionResult;
  readonly visits: readonly StateVisit[];
  /** Virtual milliseconds from the start to the stop of the execution. */
  readonly durationMs: number;
  /** The visit that made each call (missing when the history and the calls cannot be lined up). */
  readonly visitOfCall: ReadonlyMap<ServiceCall, StateVisit>;
  /** The `*Scheduled` event of each call (same condition). */
  readonly eventOfCall: ReadonlyMap<ServiceCall, HistoryEvent>;
  readonly failure: FailureOrigin | undefined;
  readonly lastEvent: HistoryEvent | undefined;
  /** Virtual milliseconds from the start to an event. */
  offset(event: HistoryEvent): number;
  event(id: number): HistoryEvent | undefined;
}

const SCHEDULED = new Set<HistoryEventType>(['TaskScheduled', 'LambdaFunctionScheduled', 'ActivityScheduled']);
const TASK_SUCCEEDED = new Set<HistoryEventType>(['TaskSucceeded', 'LambdaFunctionSucceeded', 'ActivitySucceeded']);
const BLOCK_STARTED = new Set<HistoryEventType>(['ParallelStateStarted', 'MapStateStarted']);
const BLOCK_FAILED = new Set<HistoryEventType>(['ParallelStateFailed', 'MapStateFailed', 'MapIterationFailed', 'MapRunFailed']);

const models = new WeakMap<ExecutionResult, ExecutionModel>();

/** The model of an execution, cached per result object. */
export function executionModel(result: ExecutionResult): ExecutionModel {
  let model = models.get(result);
  if (model === undefined) models.set(result, (model = buildModel(result)));
  return model;
}

/** Attempts the visit made: its first try plus each retry (Task calls, or Parallel/Map starts). */
export function attempts(visit: StateVisit): number {
  const starts = visit.events.filter((e) => SCHEDULED.has(e.type) || BLOCK_STARTED.has(e.type)).length;
  return Math.max(1, starts);
}

export function retries(visit: StateVisit): number {
  return attempts(visit) - 1;
}

/** True for the events that end one attempt with an error (a Task's failure or time-out, a Map/Parallel failure). */
export function isFailureEvent(event: HistoryEvent): boolean {
  return TASK_FAILURE_EVENTS.has(event.type) || BLOCK_FAILED.has(event.type) || event.type === 'EvaluationFailed';
}

export function isScheduledEvent(event: HistoryEvent): boolean {
  return SCHEDULED.has(event.type) || BLOCK_STARTED.has(event.type);
}

export function isSucceededEvent(event: HistoryEvent): boolean {
  return TASK_SUCCEEDED.has(event.type);
}

/** The error a Catch caught on this visit: its last attempt failed, yet the state exited normally. */
export function caughtError(model: ExecutionModel, visit: StateVisit): { error: string; cause: string | undefined } | undefined {
  if (visit.exited === undefined) return undefined;
  const outcomes = visit.events.filter((e) => isFailureEvent(e) || TASK_SUCCEEDED.has(e.type) || e.type.endsWith('StateSucceeded'));
  const last = outcomes.at(-1);
  if (last === undefined || !isFailureEvent(last)) return undefined;
  return errorOf(model, last) ?? { error: 'States.ALL', cause: undefined };
}

/** The error name and cause an event carries, following Map/Parallel failures to the inner event that caused them. */
export function errorOf(model: ExecutionModel, event: HistoryEvent): { error: string; cause: string | undefined } | undefined {
  let current: HistoryEvent | undefined = event;
  for (let hops = 0; current !== undefined && hops < 50; hops++) {
    const details = detailsOf(current);
    if (details?.error !== undefined) return { error: details.error, cause: details.cause };
    if (!BLOCK_FAILED.has(current.type) && hops > 0 && !isFailureEvent(current) && current.type !== 'TaskStateAborted') return undefined;
    current = model.event(current.previousEventId);
  }
  return undefined;
}

/** The `*EventDetails` object of an event, whatever its key. */
export function detailsOf(event: HistoryEvent): { name?: string; error?: string; cause?: string; [key: string]: unknown } | undefined {
  for (const key of Object.keys(event)) {
    if (key.endsWith('EventDetails')) return event[key as `${string}EventDetails`] as { name?: string; error?: string; cause?: string };
  }
  return undefined;
}

/** `ReserveStock[2].Reserve` → `ReserveStock`; top-level states have no parent path. */
export function parentPath(path: string): string | undefined {
  const match = /^(.*)(?:\[\d+\]|#\d+)\.[^.]*$/.exec(path);
  return match?.[1];
}

function buildModel(result: ExecutionResult): ExecutionModel {
  const history = result.history;
  const start = Date.parse(result.startTime);
  const byId = new Map<number, HistoryEvent>();
  for (const e of history) byId.set(e.id, e);
  const visits: StateVisit[] = [];
  const owner = new Map<number, StateVisit>();
  const lastByPath = new Map<string, StateVisit>();
  const exitedBy = new Map<number, StateVisit>();

  for (const event of history) {
    if (event.type.startsWith('Execution')) continue;
    if (event.type.endsWith('StateEntered')) {
      const name = detailsOf(event)?.name ?? '';
      const index = visits.length;
      const recorded = result.path[index];
      const path = recorded !== undefined && (recorded === name || recorded.endsWith(`.${name}`)) ? recorded : name;
      const parentKey = parentPath(path);
      const visit: StateVisit = {
        index,
        path,
        name,
        type: event.type.slice(0, -'StateEntered'.length) as StateType,
        entered: event,
        parent: parentKey === undefined ? undefined : lastByPath.get(parentKey),
        events: [],
        exited: undefined,
        next: undefined,
        calls: [],
      };
      visits.push(visit);
      lastByPath.set(path, visit);
      owner.set(event.id, visit);
      const before = exitedBy.get(event.previousEventId);
      if (before !== undefined && before.next === undefined) before.next = visit;
      continue;
    }
    const accepts = ownerTest(event);
    let visit = owner.get(event.previousEventId);
    while (visit !== undefined && !accepts(visit)) visit = visit.parent;
    if (visit === undefined) visit = visits.findLast(accepts);
    if (visit === undefined) continue;
    owner.set(event.id, visit);
    visit.events.push(event);
    if (event.type.endsWith('StateExited')) {
      visit.exited = event;
      exitedBy.set(event.id, visit);
    }
  }

  const { visitOfCall, eventOfCall } = lineUpCalls(result.calls, visits);
  const model: ExecutionModel = {
    result,
    visits,
    durationMs: Date.parse(result.stopTime) - start,
    visitOfCall,
    eventOfCall,
    failure: undefined,
    lastEvent: history.at(-1),
    offset: (event) => event.timestamp.getTime() - start,
    event: (id) => byId.get(id),
  };
  return { ...model, failure: failureOrigin(model, owner) };
}

/** Which visit an event (other than `*StateEntered`) belongs to, tested while climbing from its previous event's visit. */
function ownerTest(event: HistoryEvent): (visit: StateVisit) => boolean {
  const type = event.type;
  if (type.endsWith('StateExited')) {
    const name = detailsOf(event)?.name;
    return (v) => v.exited === undefined && (name === undefined || v.name === name);
  }
  if (type.startsWith('Task') || type.startsWith('Lambda') || type.startsWith('Activity')) return (v) => v.type === 'Task';
  if (type.startsWith('Parallel')) return (v) => v.type === 'Parallel';
  if (type.startsWith('Map')) return (v) => v.type === 'Map';
  if (type === 'WaitStateAborted') return (v) => v.type === 'Wait';
  if (type === 'EvaluationFailed') {
    const state = detailsOf(event)?.['state'];
    return (v) => typeof state !== 'string' || v.name === state;
  }
  return () => true;
}

/** Calls and scheduled events of one state name happen in the same order, so the n-th call is the n-th scheduled task. */
function lineUpCalls(
  calls: readonly ServiceCall[],
  visits: readonly StateVisit[],
): { visitOfCall: Map<ServiceCall, StateVisit>; eventOfCall: Map<ServiceCall, HistoryEvent> } {
  const scheduled = new Map<string, Array<[StateVisit, HistoryEvent]>>();
  for (const visit of visits) {
    for (const e of visit.events) {
      if (!SCHEDULED.has(e.type)) continue;
      const list = scheduled.get(visit.name) ?? [];
      list.push([visit, e]);
      scheduled.set(visit.name, list);
    }
  }
  const byName = new Map<string, ServiceCall[]>();
  for (const call of calls) byName.set(call.stateName, [...(byName.get(call.stateName) ?? []), call]);
  const visitOfCall = new Map<ServiceCall, StateVisit>();
  const eventOfCall = new Map<ServiceCall, HistoryEvent>();
  for (const [name, list] of byName) {
    const owners = scheduled.get(name) ?? [];
    if (owners.length !== list.length) continue;
    list.forEach((call, i) => {
      const owner = owners[i];
      if (owner === undefined) return;
      visitOfCall.set(call, owner[0]);
      eventOfCall.set(call, owner[1]);
      owner[0].calls.push(call);
    });
  }
  return { visitOfCall, eventOfCall };
}

function failureOrigin(model: ExecutionModel, owner: ReadonlyMap<number, StateVisit>): FailureOrigin | undefined {
  const last = model.lastEvent;
  if (last === undefined || last.type !== 'ExecutionFailed') return undefined;
  let event = model.event(last.previousEventId);
  // a failed Map or Parallel points at the inner event that failed it
  for (let hops = 0; event !== undefined && hops < 50 && (BLOCK_FAILED.has(event.type) || event.type === 'TaskStateAborted'); hops++) {
    const inner = model.event(event.previousEventId);
    if (inner === undefined) break;
    event = inner;
  }
  if (event === undefined) return undefined;
  return { event, visit: owner.get(event.id) };
}
