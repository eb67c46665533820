import { costOf } from '../cost/cost-of.js';
import { errorMatches } from '../engine/error-handling.js';
import type { ExecutionResult } from '../engine/execution-result.js';
import { StatesError } from '../asl/states-error.js';
import { TASK_FAILURE_EVENTS, type HistoryEvent, type HistoryEventType } from '../history/events.js';
import { schemaValidator, type JsonSchema } from './arbitraries/input-from-schema.js';
import { attemptBound, type MachineOutline } from './machine-outline.js';
import type { Scenario } from './scenario.js';

/** What a property says about one execution: `true`/`undefined` = holds, `false` = fails, a string = fails for this reason. */
export type PropertyVerdict = boolean | void | string;

/** A property written by hand: a function of the execution result and the scenario that produced it. */
export type ScenarioProperty = (result: ExecutionResult, scenario: Scenario, machine: MachineOutline) => PropertyVerdict;

/** A property with a name for the report. */
export interface NamedProperty {
  readonly name: string;
  readonly check: ScenarioProperty;
}

/**
 * The execution never FAILS or TIMES OUT, except with an allowed error name. By default an execution
 * that ends in a Fail state is a handled outcome; an error that no Catch took is not.
 * @example
 * fuzz(machine, { properties: [noUnhandledErrors({ allow: ['States.Timeout'] })] });
 */
export function noUnhandledErrors(options: { readonly allow?: readonly string[]; readonly allowFailStates?: boolean } = {}): NamedProperty {
  const allow = new Set(options.allow ?? []);
  return {
    name: 'noUnhandledErrors',
    check: (result, _scenario, machine) => {
      if (result.status === 'SUCCEEDED') return true;
      const error = result.error ?? (result.status === 'TIMED_OUT' ? 'States.Timeout' : 'an unnamed error');
      if (allow.has(error)) return true;
      const last = result.path.at(-1);
      const endedInFail = last !== undefined && machine.byName.get(last.replace(/^.*(?:\[\d+\]|#\d+)\./, ''))?.type === 'Fail';
      if (result.status === 'FAILED' && endedInFail && (options.allowFailStates ?? true)) return true;
      const cause = result.cause === null ? '' : ` (cause: ${JSON.stringify(result.cause)})`;
      return `the execution ${result.status} with ${error}${cause}, which no Catch handled`;
    },
  };
}

/**
 * The execution stops within `seconds` of virtual time.
 * @example
 * fuzz(machine, { properties: [terminatesWithin(300)] }); // fits the Express limit
 */
export function terminatesWithin(seconds: number): NamedProperty {
  return {
    name: `terminatesWithin(${seconds})`,
    check: (result) => {
      const ms = Date.parse(result.stopTime) - Date.parse(result.startTime);
      return ms <= seconds * 1000 || `the execution took ${ms / 1000} s of virtual time, more than ${seconds} s`;
    },
  };
}

/**
 * No state is attempted more often than its retriers allow: within one visit, 1 + the sum of its
 * retriers' MaxAttempts; and, for a Task outside Map and Parallel, the same bound on consecutive
 * failed calls across visits (a Catch or a loop that goes back to a failing Task escapes its Retry).
 * @example
 * fuzz(machine, { properties: [retriesWithinDeclaredAttempts()] });
 */
export function retriesWithinDeclaredAttempts(): NamedProperty {
  return {
    name: 'retriesWithinDeclaredAttempts',
    check: (result, _scenario, machine) => {
      const failedInARow = new Map<string, number>();
      for (const call of result.calls) {
        const state = machine.byName.get(call.stateName);
        if (state === undefined) continue;
        const bound = attemptBound(state);
        if (call.attempt + 1 > bound)
          return `${call.stateName} was attempted ${call.attempt + 1} times in one visit; its Retry allows ${bound}`;
        if (state.nested) continue;
        const streak = call.outcome === 'succeeded' ? 0 : (failedInARow.get(call.stateName) ?? 0) + 1;
        failedInARow.set(call.stateName, streak);
        if (streak > bound) {
          return `${call.stateName} failed ${streak} calls in a row; its Retry allows ${bound} attempts (a Catch or loop goes back to it)`;
        }
      }
      return true;
    },
  };
}

const FAILED: ReadonlySet<HistoryEventType> = new Set<HistoryEventType>([...TASK_FAILURE_EVENTS, 'ParallelStateFailed', 'MapStateFailed']);

/**
 * Whenever a Catch takes an error, the state its catcher names in `Next` is the one entered next.
 * @example
 * fuzz(machine, { properties: [everyCatchLeadsToRunningState()] });
 */
export function everyCatchLeadsToRunningState(): NamedProperty {
  return {
    name: 'everyCatchLeadsToRunningState',
    check: (result, _scenario, machine) => {
      const history = result.history;
      const byId = new Map<number, HistoryEvent>();
      const after = new Map<number, HistoryEvent>();
      for (const event of history) {
        byId.set(event.id, event);
        if (event.type.endsWith('StateEntered')) after.set(event.previousEventId, event);
      }
      for (const event of history) {
        if (!event.type.endsWith('StateExited')) continue;
        const failure = byId.get(event.previousEventId);
        if (failure === undefined || !FAILED.has(failure.type)) continue;
        const name = detailsOf(event)?.name ?? '';
        const error = errorBehind(failure, byId);
        const catcher = machine.byName.get(name)?.catchers.find((c) => errorMatches(c.errorEquals, new StatesError(error, null)));
        const entered = after.get(event.id);
        const enteredName = entered === undefined ? undefined : detailsOf(entered)?.name;
        if (catcher === undefined) return `${name} caught ${error} (event #${event.id}), but none of its catchers matches it`;
        if (enteredName !== catcher.next) {
          return `${name} caught ${error} (event #${event.id}); its catcher goes to ${catcher.next}, but ${enteredName ?? 'no state'} was entered next`;
        }
      }
      return true;
    },
  };
}

/**
 * A SUCCEEDED execution's output is valid against a JSON Schema (checked by ajv, compiled once).
 * @example
 * fuzz(machine, { properties: [outputMatchesSchema({ type: 'object', required: ['orderId'] })] });
 */
export function outputMatchesSchema(schema: JsonSchema): NamedProperty {
  const validate = schemaValidator(schema);
  return {
    name: 'outputMatchesSchema',
    check: (result) => {
      if (result.status !== 'SUCCEEDED' || validate(result.output) === true) return true;
      const problems = (validate.errors ?? []).map((e) => `${e.instancePath === '' ? 'the output' : e.instancePath} ${e.message ?? ''}`);
      return `the output does not match the schema: ${problems.join('; ')}`;
    },
  };
}

/**
 * One execution costs less than `usd` US dollars as `costOf` prices it (list prices, no free tier).
 * @example
 * fuzz(machine, { properties: [costBelow(0.001, 'standard')] });
 */
export function costBelow(usd: number, type: 'standard' | 'express' = 'standard'): NamedProperty {
  return {
    name: `costBelow(${usd}, ${type})`,
    check: (result, _scenario, machine) => {
      const cost = costOf(result, machine.definition)[type].usd;
      return (
        cost < usd || `one execution costs $${cost.toPrecision(3)} as ${type === 'standard' ? 'Standard' : 'Express'}, not below $${usd}`
      );
    },
  };
}

function detailsOf(event: HistoryEvent): { name?: string; error?: string } | undefined {
  for (const key of Object.keys(event)) if (key.endsWith('EventDetails')) return event[key as `${string}EventDetails`];
  return undefined;
}

/** The error a failure event carries, following Map/Parallel failures back to the inner event that raised it. */
function errorBehind(event: HistoryEvent, byId: ReadonlyMap<number, HistoryEvent>): string {
  let current: HistoryEvent | undefined = event;
  for (let hops = 0; current !== undefined && hops < 100; hops++) {
    const error = detailsOf(current)?.error;
    if (error !== undefined) return error;
    current = byId.get(current.previousEventId);
  }
  return 'States.ALL';
}
