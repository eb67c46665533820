import { StateMachine, UsageError, type ExecutionResult } from '../../src/index.js';

const STATUSES = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);

/**
 * The received value as an sfn-sim execution, or a UsageError that says what was received instead and
 * how to get an execution. A mistake in the test is not a failed assertion: it throws at once.
 */
export function asExecution(received: unknown, matcher: string): ExecutionResult {
  if (isExecution(received)) return received;
  const call = `${matcher}()`;
  let what: string;
  if (received instanceof Promise) {
    what =
      `received a Promise. Await the run first: expect(await machine.run(input)).${call}, ` +
      `or await expect(machine.run(input)).resolves.${call}`;
  } else if (received instanceof StateMachine) {
    what = `received a StateMachine. Run it first: expect(await machine.run(input)).${call}`;
  } else {
    what = `received ${describe(received)}`;
  }
  throw new UsageError(`${call} checks an sfn-sim execution (what StateMachine.run() resolves to); ${what}.`);
}

/** Throws a UsageError about a matcher argument: where, what, and what to pass instead. */
export function badArgument(matcher: string, text: string): never {
  throw new UsageError(`${matcher}(): ${text}`);
}

function isExecution(value: unknown): value is ExecutionResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof ExecutionResult, unknown>>;
  return (
    typeof v.status === 'string' &&
    STATUSES.has(v.status) &&
    Array.isArray(v.path) &&
    Array.isArray(v.calls) &&
    typeof v.executionArn === 'string' &&
    typeof v.startTime === 'string' &&
    'history' in value
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name;
    const keys = Object.keys(value).slice(0, 5);
    return `${name !== undefined && name !== 'Object' ? `a ${name}` : 'an object'} with keys ${keys.length === 0 ? '(none)' : keys.join(', ')}`;
  }
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}
