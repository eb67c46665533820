import { isJsonObject, toJsonText, type Json, type JsonObject } from '../asl/json.js';
import { StatesError } from '../asl/states-error.js';
import type { Random } from '../clock/random.js';
import type { VirtualClock } from '../clock/virtual-clock.js';
import type { EventDetails, HistoryEventType } from '../history/events.js';
import { HistoryRecorder } from '../history/recorder.js';
import { evaluateJsonata, queryEvaluationLocation, staticValue, type CompiledJsonata } from '../query/jsonata.js';
import type { PathScope } from '../query/path-scope.js';
import { errorMatches, findCatcher, errorOutput, nextRetryDelay } from './error-handling.js';
import type { CompiledAssign, CompiledBlock, CompiledCatcher, CompiledState } from './compiled.js';
import { buildContextObject, type ExecutionIdentity } from './context-object.js';
import { applyResultPath } from './dataflow.js';
import { FiberScheduler, type FiberBody, type InvokeOutcome } from './fibers.js';
import type { IntegrationContext } from '../services/integrations/index.js';
import type { MockPlan } from '../services/mocks/mock-plan.js';
import type { ChildStateMachine, ExecutionObserver } from './options.js';
import type { ActiveState, Frame, MapItem } from './runtime.js';
import { ServiceCalls } from './service-calls.js';
import { assignVariables, lookupVariable, visibleVariables } from './variable-scope.js';
import { runState as runStateWork, runSyncState as runSyncStateWork, type StateWorkResult } from './states/index.js';

/** The outcome of running a block: its output, or the error that escaped it. */
export type BlockOutcome = { readonly ok: true; readonly output: Json } | { readonly ok: false; readonly error: StatesError };

type StateOutcome =
  | { readonly ok: true; readonly next: string | undefined; readonly output: Json; readonly text: string }
  | { readonly ok: false; readonly error: StatesError };

const NOT_TRUNCATED = { truncated: false } as const;

const ENTERED = {
  Pass: 'PassStateEntered',
  Task: 'TaskStateEntered',
  Choice: 'ChoiceStateEntered',
  Wait: 'WaitStateEntered',
  Succeed: 'SucceedStateEntered',
  Fail: 'FailStateEntered',
  Parallel: 'ParallelStateEntered',
  Map: 'MapStateEntered',
} as const satisfies Record<CompiledState['type'], HistoryEventType>;

/** Fail has no Exited event (§7.2); the life-cycle never asks for it. */
const EXITED = {
  Pass: 'PassStateExited',
  Task: 'TaskStateExited',
  Choice: 'ChoiceStateExited',
  Wait: 'WaitStateExited',
  Succeed: 'SucceedStateExited',
  Fail: 'PassStateExited',
  Parallel: 'ParallelStateExited',
  Map: 'MapStateExited',
} as const satisfies Record<CompiledState['type'], HistoryEventType>;

export interface ExecutionSettings {
  readonly identity: ExecutionIdentity;
  readonly clock: VirtualClock;
  readonly random: Random;
  readonly mocks: MockPlan;
  readonly accountId: string;
  readonly stateMachines: Readonly<Record<string, ChildStateMachine>>;
  readonly payloadLimit: number;
  readonly historyLimit: number;
  /** Events the previous run of this machine recorded: storage is sized once (0 = grow as needed). */
  readonly expectedEvents: number;
  readonly observer?: ExecutionObserver | undefined;
}

/**
 * One run of a compiled state machine. It owns the history, the path and the scheduler; state
 * handlers (states/*.ts) compute their own work and call back into it for events, scopes and forks.
 */
export class Execution {
  readonly history: HistoryRecorder;
  /** States entered, qualified; sized from the previous run (see `entered`), trimmed by `enteredPath()`. */
  private readonly path: string[];
  private pathLength = 0;
  transitions = 0;
  readonly scheduler: FiberScheduler;
  readonly clock: VirtualClock;
  readonly random: Random;
  readonly identity: ExecutionIdentity;
  private readonly accountId: string;
  /** Mocks, child machines, invocation counts and the record of service calls. */
  readonly services: ServiceCalls;
  private readonly payloadLimit: number;
  /** Errors already recorded as EvaluationFailed, so a Map or Parallel does not record its child's again. */
  private readonly recordedFailures = new WeakSet<StatesError>();
  private readonly historyLimit: number;
  /** Opt-in decision observer (coverage); `undefined` costs one check per Choice, retry or catch. */
  readonly observer: ExecutionObserver | undefined;

  constructor(settings: ExecutionSettings) {
    this.observer = settings.observer;
    this.clock = settings.clock;
    this.random = settings.random;
    this.identity = settings.identity;
    this.services = new ServiceCalls(settings.mocks, settings.stateMachines);
    this.accountId = settings.accountId;
    this.payloadLimit = settings.payloadLimit;
    this.historyLimit = settings.historyLimit;
    this.scheduler = new FiberScheduler(settings.clock);
    this.history = new HistoryRecorder();
    this.path = settings.expectedEvents > 0 ? new Array<string>(settings.expectedEvents >> 1) : [];
  }

  /** Records an event with AWS's previousEventId rule; `moveSource: false` for events that never become the source (§7.4 rule 3). */
  event(frame: Frame, type: HistoryEventType, details?: EventDetails, moveSource = true): number {
    if (frame.silent) return 0;
    const id = this.history.add(type, frame.source, this.clock.now(), details);
    if (moveSource) frame.source = id;
    return id;
  }

  integrationContext(): IntegrationContext {
    return { random: this.random, now: this.clock.now(), region: this.identity.region, accountId: this.accountId };
  }

  /** An Entered or plain Exited event, recorded without building its details object (the hot path). */
  private stateEvent(frame: Frame, type: HistoryEventType, name: string, payload: string): number {
    if (frame.silent) return 0;
    const id = this.history.addState(type, frame.source, this.clock.now(), name, payload);
    frame.source = id;
    return id;
  }

  private entered(frame: Frame, state: CompiledState): void {
    this.path[this.pathLength++] = frame.prefix === '' ? state.name : frame.prefix + state.name;
  }

  /** The states entered so far, in order (the result's `path`). */
  enteredPath(): string[] {
    this.path.length = this.pathLength;
    return this.path;
  }

  /** The scope a path or template reads: `$` = `input`, `$$` = the Context object built on demand. */
  scope(frame: Frame, input: Json, mapItem?: MapItem): PathScope {
    return {
      input,
      context: () => buildContextObject(this.identity, frame.active, mapItem),
      variable: (name) => lookupVariable(frame, name),
    };
  }

  /** `$states` for a JSONata field: `input` and `context`, plus `result` or `errorOutput` where they apply (§3.3). */
  statesBinding(frame: Frame, input: Json, extra?: { result?: Json; errorOutput?: Json }, mapItem?: MapItem): JsonObject {
    const states: JsonObject = { input };
    // most expressions never read $states.context: build it on first read
    const identity = this.identity;
    const active = frame.active;
    let context: JsonObject | undefined;
    Object.defineProperty(states, 'context', {
      enumerable: true,
      configurable: true,
      get: () => (context ??= buildContextObject(identity, active, mapItem)),
    });
    if (extra?.result !== undefined) states['result'] = extra.result;
    if (extra?.errorOutput !== undefined) states['errorOutput'] = extra.errorOutput;
    return states;
  }

  /** Evaluates a JSONata field. JSONata is asynchronous, so it goes through the scheduler like a task call. */
  *jsonata(value: CompiledJsonata, frame: Frame, states: JsonObject): FiberBody<Json> {
    const fixed = staticValue(value);
    if (fixed !== undefined) return fixed;
    const env = { states, variables: visibleVariables(frame), now: this.clock.now(), random: this.random };
    const outcome = (yield { type: 'invoke', call: () => evaluateJsonata(value, env) }) as InvokeOutcome;
    if (!outcome.ok) throw asStatesError(outcome.error);
    return outcome.value as Json;
  }

  /** Evaluates an Assign against the values at state entry; the caller applies the result afterwards (§4.2). */
  *evaluateAssign(
    assign: CompiledAssign | undefined,
    frame: Frame,
    dollar: Json,
    states: () => JsonObject,
  ): FiberBody<JsonObject | undefined> {
    if (assign === undefined) return undefined;
    const value =
      assign.lang === 'JSONPath'
        ? assign.template(this.scope(frame, dollar), this.random)
        : yield* this.jsonata(assign.value, frame, states());
    return isJsonObject(value) ? value : {};
  }

  /** Runs a block to its end, a Fail state, or an uncaught error. */
  *runBlock(block: CompiledBlock, input: Json, frame: Frame, inputText?: string): FiberBody<BlockOutcome> {
    let state = block.states.get(block.startAt) as CompiledState;
    let data = input;
    let text = inputText ?? toJsonText(input);
    for (;;) {
      const outcome = state.sync ? this.runSyncChain(block, state, data, text, frame) : yield* this.runState(state, data, text, frame);
      if (!outcome.ok) return outcome;
      if (outcome.next === undefined) return { ok: true, output: outcome.output };
      if (this.history.size >= this.historyLimit) {
        return {
          ok: false,
          error: new StatesError('States.Runtime', `The execution reached the maximum number of history events (${this.historyLimit}).`),
        };
      }
      state = block.states.get(outcome.next) as CompiledState;
      data = outcome.output;
      text = outcome.text;
    }
  }

  /** The life-cycle every state shares: Entered, the state's own work, Retry/Catch, Exited (§7.3). */
  private *runState(state: CompiledState, raw: Json, rawText: string, frame: Frame): FiberBody<StateOutcome> {
    const active = this.enter(state, rawText, frame);
    const enteredId = active.enteredId;
    let counters: number[] | undefined;
    for (;;) {
      let error: StatesError;
      try {
        const work: StateWorkResult = yield* runStateWork(this, state, raw, frame, active);
        return this.completed(state, raw, rawText, work, frame);
      } catch (thrown) {
        error = asStatesError(thrown);
      }
      error = this.runtimeError(error, state, enteredId);
      if (error.error === 'States.Runtime' || (state.type !== 'Task' && state.type !== 'Parallel' && state.type !== 'Map')) {
        return { ok: false, error: this.evaluationFailed(frame, state, error, enteredId) };
      }
      counters ??= state.retriers.map(() => 0);
      const delayMs = nextRetryDelay(state.retriers, counters, error, this.random);
      if (delayMs !== undefined) {
        this.observer?.retry?.(
          state.name,
          state.retriers.findIndex((r) => errorMatches(r.errorEquals, error)),
        );
        active.retryCount++;
        this.transitions++;
        if (delayMs > 0) yield { type: 'sleep', ms: delayMs };
        continue;
      }
      const catcher = findCatcher(state.catchers, error);
      // AWS: EvaluationFailed comes before MapStateFailed/ParallelStateFailed (recorded histories)
      if (catcher === undefined) this.evaluationFailed(frame, state, error, enteredId);
      if (state.type === 'Parallel') this.event(frame, 'ParallelStateFailed');
      if (state.type === 'Map') this.event(frame, 'MapStateFailed');
      if (catcher === undefined) return { ok: false, error };
      this.observer?.catch?.(state.name, state.catchers.indexOf(catcher));
      try {
        const { output, assigned } = yield* this.caught(catcher, raw, error, frame);
        const text = toJsonText(output);
        this.exited(frame, state, text, assigned);
        return { ok: true, next: catcher.next, output, text };
      } catch (thrown) {
        const failure = asStatesError(thrown);
        return { ok: false, error: this.evaluationFailed(frame, state, this.runtimeError(failure, state, enteredId), enteredId) };
      }
    }
  }

  /**
   * Runs consecutive synchronous states in a plain loop (generators are slow to optimize) and returns
   * the outcome of the last one: a failure, the end, or a transition to a state that must wait.
   */
  private runSyncChain(block: CompiledBlock, first: CompiledState, data: Json, text: string, frame: Frame): StateOutcome {
    let state = first;
    let input = data;
    let inputText = text;
    // one ActiveState per frame serves every synchronous state: nothing keeps it past the state
    const active: ActiveState = { state, enteredId: 0, enteredTime: 0, retryCount: 0, inTask: false, waiting: false, children: undefined };
    for (;;) {
      this.transitions++;
      this.entered(frame, state);
      if (state.identity && !frame.silent) {
        // nothing to compute: both events are recorded in one go
        frame.source = this.history.addPassThrough(ENTERED[state.type], frame.source, this.clock.now(), state.name, inputText);
        if (state.next === undefined || this.history.size >= this.historyLimit)
          return { ok: true, next: state.next, output: input, text: inputText };
        const following = state.nextState as CompiledState;
        if (!following.sync) return { ok: true, next: state.next, output: input, text: inputText };
        state = following;
        continue;
      }
      active.state = state;
      active.enteredId = this.stateEvent(frame, ENTERED[state.type], state.name, inputText);
      active.enteredTime = this.clock.now();
      frame.active = active;
      let output: Json;
      let outputText: string;
      let next: string | undefined;
      try {
        const work = runSyncStateWork(this, state, input, frame);
        output = work.output;
        outputText = output === input ? inputText : toJsonText(output);
        this.checkPayload(outputText, state.name);
        if (state.type !== 'Fail') this.exited(frame, state, outputText, work.assigned);
        next = work.next ?? state.next;
      } catch (thrown) {
        const error = this.runtimeError(asStatesError(thrown), state, active.enteredId);
        return { ok: false, error: this.evaluationFailed(frame, state, error, active.enteredId) };
      }
      const following =
        next === undefined || this.history.size >= this.historyLimit
          ? undefined
          : next === state.next
            ? state.nextState
            : (block.states.get(next) as CompiledState);
      if (following === undefined || !following.sync) return { ok: true, next, output, text: outputText };
      state = following;
      input = output;
      inputText = outputText;
    }
  }

  /** The Entered event, the billed transition and the path entry every state starts with. */
  private enter(state: CompiledState, rawText: string, frame: Frame): ActiveState {
    const enteredId = this.stateEvent(frame, ENTERED[state.type], state.name, rawText);
    this.transitions++;
    this.entered(frame, state);
    const active: ActiveState = {
      state,
      enteredId,
      enteredTime: this.clock.now(),
      retryCount: 0,
      inTask: false,
      waiting: false,
      children: undefined,
    };
    frame.active = active;
    return active;
  }

  /** Payload limit, Exited event and assignments of a state that completed; unchanged data keeps its JSON text. */
  private completed(state: CompiledState, raw: Json, rawText: string, work: StateWorkResult, frame: Frame): StateOutcome {
    const text = work.output === raw ? rawText : toJsonText(work.output);
    this.checkPayload(text, state.name);
    if (state.type !== 'Fail') this.exited(frame, state, text, work.assigned);
    return { ok: true, next: work.next ?? state.next, output: work.output, text };
  }

  /** JSONPath Assign: a payload template over `dollar`, read with the variables as they were at state entry. */
  assignJsonPath(assign: CompiledAssign | undefined, frame: Frame, dollar: Json): JsonObject | undefined {
    if (assign === undefined) return undefined;
    if (assign.lang !== 'JSONPath') throw new Error('assignJsonPath called with a JSONata Assign');
    const value = assign.template(this.scope(frame, dollar), this.random);
    return isJsonObject(value) ? value : {};
  }

  /** A catcher's output and assignments: ResultPath (JSONPath) or Output (JSONata) over the Error Output (§1.12). */
  private *caught(
    catcher: CompiledCatcher,
    raw: Json,
    error: StatesError,
    frame: Frame,
  ): FiberBody<{ output: Json; assigned: JsonObject | undefined }> {
    const errorOut = errorOutput(error);
    const states = (): JsonObject => this.statesBinding(frame, raw, { errorOutput: errorOut });
    const output =
      catcher.output !== undefined
        ? yield* this.jsonata(catcher.output, frame, states())
        : catcher.assign?.lang === 'JSONata' || catcher.resultPath === undefined
          ? errorOut
          : applyResultPath(raw, catcher.resultPath, errorOut);
    const assigned = yield* this.evaluateAssign(catcher.assign, frame, errorOut, states);
    return { output, assigned };
  }

  /** The Exited event; a state that assigned variables records them as JSON text (§4.2). */
  private exited(frame: Frame, state: CompiledState, text: string, assigned: JsonObject | undefined): void {
    if (assigned === undefined) {
      this.stateEvent(frame, EXITED[state.type], state.name, text);
      return;
    }
    const details: EventDetails = { name: state.name, output: text, outputDetails: NOT_TRUNCATED };
    details.assignedVariables = assignVariables(frame, assigned);
    details.assignedVariablesDetails = NOT_TRUNCATED;
    this.event(frame, EXITED[state.type], details);
  }

  /**
   * A JSONata failure that nothing caught is recorded as EvaluationFailed (§3.7); when it comes right
   * after the Entered event it points at that event's predecessor (§7.4 rule 5).
   */
  private evaluationFailed(frame: Frame, state: CompiledState, error: StatesError, enteredId: number): StatesError {
    if (error.error !== 'States.QueryEvaluationError' || frame.silent || this.recordedFailures.has(error)) return error;
    this.recordedFailures.add(error);
    const details: EventDetails = { error: error.error, state: state.name };
    if (error.causeText !== null) details.cause = error.causeText;
    const location = queryEvaluationLocation(error);
    if (location !== undefined) details.location = location;
    if (frame.source === enteredId) {
      frame.source = this.history.previousEventIdOf(enteredId) ?? frame.source;
    }
    this.event(frame, 'EvaluationFailed', details);
    return error;
  }

  /** AWS caps state input and output at 256 KiB of UTF-8 (§5.3). */
  checkPayload(text: string, stateName: string): void {
    const error = this.payloadError(text, stateName);
    if (error !== undefined) throw error;
  }

  /** The States.DataLimitExceeded error for an oversized payload produced by `source`, or undefined. */
  payloadError(text: string, source: string): StatesError | undefined {
    if (text.length * 3 <= this.payloadLimit || Buffer.byteLength(text, 'utf8') <= this.payloadLimit) return undefined;
    return new StatesError(
      'States.DataLimitExceeded',
      `The state/task '${source}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    );
  }

  /** States.Runtime and States.QueryEvaluationError causes name the state and its Entered event (§2.1, §3.7). */
  private runtimeError(error: StatesError, state: CompiledState, enteredId: number): StatesError {
    if (error.error !== 'States.Runtime' && error.error !== 'States.QueryEvaluationError') return error;
    if (error.causeText?.startsWith('An error occurred while executing the state') === true) return error;
    const prefixed = new StatesError(
      error.error,
      `An error occurred while executing the state '${state.name}' (entered at the event id #${enteredId}). ${error.causeText ?? ''}`,
    );
    // keeps the JSONata field location the EvaluationFailed event reports
    return Object.assign(prefixed, { ...error, causeText: prefixed.causeText, message: prefixed.message });
  }
}

/** Anything thrown while evaluating user data becomes an ASL error; host errors never leak (STYLE). */
export function asStatesError(thrown: unknown): StatesError {
  if (thrown instanceof StatesError) return thrown;
  if (isUsageLevel(thrown)) throw thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new StatesError('States.Runtime', message);
}

function isUsageLevel(thrown: unknown): boolean {
  return thrown instanceof Error && (thrown.name === 'UsageError' || thrown.name === 'MockConfigError');
}
