/**
 * Type tests, checked by `tsc --noEmit` (part of `npm test`): every matcher is typed on
 * `expect(execution)`, after `.not` and `.resolves`, and as an asymmetric matcher; a misspelled matcher
 * or a wrong argument type does not compile. The same file compiles against vitest 4 and vitest 5 (see
 * the README section "Testing with vitest" for the vitest 5 check).
 */
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { ExecutionResult, StateMachine } from '../../src/index.js';
import '../../matchers/index.js';

declare const execution: ExecutionResult;
declare const running: Promise<ExecutionResult>;
declare const machine: StateMachine;

describe('sfn-sim matchers', () => {
  test('are typed on expect(execution) and return void', () => {
    expectTypeOf(expect(execution).toSucceed()).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toFail()).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toFail('OrderRejected', /charged/)).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toFail(expect.stringContaining('Rejected'))).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toTimeOut()).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toHaveOutput({ payment: { chargeId: expect.any(String) } })).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toHaveVisited('ReserveStock[*].Reserve', 3)).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toHaveTakenPath(['ValidateOrder', 'ChargeCard'], { partial: true })).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toHaveTransitioned('ChargeCard', 'RejectOrder')).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toHaveRetried('ChargeCard', 2)).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toHaveCaught('ChargeCard', 'States.ALL')).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toHaveCalled('charge-card', { Payload: { orderId: 'o-42' } })).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toHaveCalledTimes('ChargeCard', 2)).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toHaveTakenVirtual(3_600_000)).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toHaveTakenLessThan(300_000)).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toCostLessThan({ standard: 0.001 }, machine)).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toCostLessThan({ express: 0.00001 }, machine, { region: 'eu-west-1' })).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toHaveTransitionCount(12)).toEqualTypeOf<void>();
    expectTypeOf(expect(execution).toMatchHistorySnapshot()).toEqualTypeOf<void>();
  });

  test('keep their types after .not, and return a promise after .resolves', () => {
    expectTypeOf(expect(execution).not.toHaveVisited('RejectOrder')).toEqualTypeOf<void>();
    expectTypeOf(expect(running).resolves.toSucceed()).toEqualTypeOf<Promise<void>>();
    expectTypeOf(expect(running).resolves.not.toHaveRetried('ChargeCard')).toEqualTypeOf<Promise<void>>();
  });

  test('are available as asymmetric matchers', () => {
    expect({ first: execution }).toEqual({ first: expect.toSucceed() });
    expect({ first: execution }).toEqual({ first: expect.not.toHaveVisited('RejectOrder') });
  });

  test('are typed for expect.extend', () => {
    expect.extend({
      toSucceed() {
        return { pass: true, message: () => '' };
      },
    });
  });

  test('reject a misspelled matcher and wrong argument types', () => {
    // @ts-expect-error a misspelled matcher does not exist
    expect(execution).toHaveSucceded();
    // @ts-expect-error a path is an array of state names, not one name
    expect(execution).toHaveTakenPath('ValidateOrder');
    // @ts-expect-error an unknown option
    expect(execution).toHaveTakenPath(['ValidateOrder'], { subsequence: true });
    // @ts-expect-error times is a number
    expect(execution).toHaveRetried('ChargeCard', 'twice');
    // @ts-expect-error a state name is a string
    expect(execution).toHaveVisited(3);
    // @ts-expect-error the count is required
    expect(execution).toHaveCalledTimes('ChargeCard');
    // @ts-expect-error an error name is a string or a RegExp
    expect(execution).toFail(500);
    // @ts-expect-error parameters are an object
    expect(execution).toHaveCalled('ChargeCard', 'o-42');
    // @ts-expect-error a duration is a number of milliseconds
    expect(execution).toHaveTakenVirtual('1h');
    // @ts-expect-error cost bounds are named standard and express
    expect(execution).toCostLessThan({ standrad: 0.001 }, machine);
    // @ts-expect-error the state machine is needed to price a run
    expect(execution).toCostLessThan({ standard: 0.001 });
    // @ts-expect-error a snapshot hint is a string
    expect(execution).toMatchHistorySnapshot(1);
  });
});
