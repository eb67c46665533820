/**
 * The executions the matcher tests assert on: the order workflow of fixtures/order-workflow in its three
 * outcomes, plus small machines for what it lacks (a time-out, a Parallel whose branch fails and is caught).
 */
import { readFileSync } from 'node:fs';
import { StateMachine, StatesError, type ExecutionResult, type MockResponse } from '../../src/index.js';
import '../../matchers/index.js';

const dir = new URL('../../fixtures/order-workflow/', import.meta.url);
export const orderDefinition = readFileSync(new URL('definition.asl.json', dir), 'utf8');
const orderInput = JSON.parse(readFileSync(new URL('input.json', dir), 'utf8')) as unknown;

const throttled: MockResponse = { throws: { error: 'Lambda.TooManyRequestsException', cause: 'Rate exceeded' } };
const charged: MockResponse = { returns: { chargeId: 'ch_123' } };

export function orderMachine(charge: MockResponse[]): StateMachine {
  return new StateMachine(orderDefinition, { mocks: { ChargeCard: charge } });
}

function order(charge: MockResponse[]): Promise<ExecutionResult> {
  return orderMachine(charge).run(orderInput, { executionName: 'order-42' });
}

/** Charged at once: ValidateOrder → ReserveStock → ChargeCard → WaitForWarehouseWindow → ShipAndNotify → OrderComplete. */
export const shipped = () => order([charged]);
/** Throttled once, charged on the retry 2 s later. */
export const throttledOnce = () => order([throttled, charged]);
/** Throttled on every attempt (1 + 3 retries), caught, and sent to the RejectOrder Fail state. */
export const rejected = () => order([throttled, throttled, throttled, throttled]);

/** A 60-second execution timeout and a two-minute Wait. */
export const timedOut = () =>
  new StateMachine({ TimeoutSeconds: 60, StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 120, End: true } } }).run(
    {},
    { executionName: 'hold-1' },
  );

/** A Parallel retried once (branch 1's Task fails every time) and then caught, going on to Handle. */
export const fanOutCaught = () =>
  new StateMachine(
    {
      StartAt: 'Fan',
      States: {
        Fan: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
            { StartAt: 'B', States: { B: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:b', End: true } } },
          ],
          Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 1, IntervalSeconds: 5 }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle' }],
          Next: 'Done',
        },
        Handle: { Type: 'Pass', Next: 'Done' },
        Done: { Type: 'Succeed' },
      },
    },
    {
      mocks: {
        B: () => {
          throw new StatesError('Boom', 'branch B broke');
        },
      },
    },
  ).run({}, { executionName: 'fan-1' });

/** The error a failing assertion throws (vitest's, carrying our message, `actual` and `expected`). */
export function errorOf(assertion: () => unknown): Error & { actual?: unknown; expected?: unknown } {
  try {
    assertion();
  } catch (e) {
    return e as Error;
  }
  throw new Error('the assertion passed; expected it to fail');
}

/** The failure text of a failing assertion. */
export function failureOf(assertion: () => unknown): string {
  return errorOf(assertion).message;
}
