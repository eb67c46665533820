/**
 * The types of sfn-sim's vitest matchers, declared once and attached to vitest's `expect`.
 *
 * Why there is no `R` parameter: vitest 3.2–4.x declares `interface Matchers<T = any>`, vitest 5
 * `interface Matchers<R extends void | Promise<void>, T>`, and TypeScript merges an augmentation only when
 * its type parameters have the same names, in the same positions, as every other declaration. The one
 * list both majors accept is none at all. Each matcher therefore reads its return type from the assertion
 * it is called on (`this`): vitest 5's `R` (`void`, or `Promise<void>` after `.resolves`/`.rejects`),
 * vitest 4's `void` (vitest 4 promisifies `.resolves` by itself), and `any` for the asymmetric forms
 * (`expect.toSucceed()`), as vitest types its own asymmetric matchers.
 */
import 'vitest';
import type { DefinitionSource, PricingOptions } from '../src/index.js';

/**
 * What a matcher returns on the assertion `This`: whatever that assertion's own `toBeTypeOf` returns
 * (vitest 5's `R`, vitest 4's `void`), or `any` on `expect` itself (asymmetric matchers).
 */
// `any` on `expect` itself, because vitest types its own asymmetric matchers that way
export type SfnReturn<This> = This extends { toBeTypeOf: (...args: never[]) => infer R } ? R : any;

/** Options of `toHaveTakenPath`. */
export interface TakenPathOptions {
  /**
   * Accept other states before, between and after the expected ones (an ordered subsequence of the whole
   * path, nested states included). Without it the path must be exactly the expected one.
   * @defaultValue `false`
   */
  readonly partial?: boolean;
}

/** Upper bounds for `toCostLessThan`, in US dollars per execution. */
export interface CostLimits {
  /** The most one run may cost as a Standard workflow (state transitions). */
  readonly standard?: number;
  /** The most one run may cost as an Express workflow (request plus duration × memory). */
  readonly express?: number;
}

/**
 * sfn-sim's matchers, on `expect(execution)` where `execution` is what `await machine.run(input)` gives.
 * A state is named plainly (`'ChargeCard'`, found at any depth) or by its qualified path
 * (`'ReserveStock[2].Reserve'`, `'ShipAndNotify#1.Notify'`, `'ReserveStock[*].Reserve'`).
 * Every matcher supports `.not`; every failure shows what happened instead, in virtual time.
 */
export interface SfnMatchers {
  /**
   * The execution ended `SUCCEEDED`.
   * @example expect(await machine.run(order)).toSucceed();
   */
  toSucceed(): SfnReturn<this>;
  /**
   * The execution ended `FAILED`, optionally with this error name and cause (a string for equality, a
   * RegExp, or an asymmetric matcher such as `expect.stringContaining('card')`).
   * @example expect(execution).toFail('OrderRejected', /could not be charged/);
   */
  toFail(error?: string | RegExp, cause?: string | RegExp): SfnReturn<this>;
  /**
   * The execution ended `TIMED_OUT` (its `TimeoutSeconds`, or Express's 5 minutes, ran out).
   * @example expect(execution).toTimeOut();
   */
  toTimeOut(): SfnReturn<this>;
  /**
   * The execution's output equals `expected` (deep equality; asymmetric matchers allowed inside).
   * @example expect(execution).toHaveOutput({ payment: { chargeId: expect.stringMatching(/^ch_/) } });
   */
  toHaveOutput(expected: unknown): SfnReturn<this>;
  /**
   * The state was entered at least once, or exactly `times` times.
   * @example expect(execution).toHaveVisited('ReserveStock[*].Reserve', 3);
   */
  toHaveVisited(state: string, times?: number): SfnReturn<this>;
  /**
   * The execution entered exactly these states, in this order. Plain names compare with the top-level
   * path; qualified names (`'ReserveStock[0].Reserve'`) with the whole path. With `{ partial: true }` the
   * states must appear in this order, with any others in between.
   * @example expect(execution).toHaveTakenPath(['ValidateOrder', 'ReserveStock', 'ChargeCard', 'OrderComplete']);
   */
  toHaveTakenPath(states: readonly string[], options?: TakenPathOptions): SfnReturn<this>;
  /**
   * `from` was followed directly by `to` at least once (in the same Map iteration or Parallel branch).
   * @example expect(execution).toHaveTransitioned('ChargeCard', 'RejectOrder');
   */
  toHaveTransitioned(from: string, to: string): SfnReturn<this>;
  /**
   * The state was retried (by its `Retry` field) at least once, or exactly `times` times in all.
   * @example expect(execution).toHaveRetried('ChargeCard', 2);
   */
  toHaveRetried(state: string, times?: number): SfnReturn<this>;
  /**
   * A `Catch` of the state caught an error (optionally this error name: string, RegExp or asymmetric matcher).
   * @example expect(execution).toHaveCaught('ChargeCard', 'Lambda.TooManyRequestsException');
   */
  toHaveCaught(state: string, error?: string | RegExp): SfnReturn<this>;
  /**
   * A service was called at least once by this Task state (plain or qualified name), this Resource ARN or
   * this Lambda function name, with parameters matching `params` when given (a partial, deep match, like
   * `toMatchObject`).
   * @example expect(execution).toHaveCalled('ChargeCard', { Payload: { amount: 99.5 } });
   */
  toHaveCalled(target: string, params?: Record<string, unknown>): SfnReturn<this>;
  /**
   * The state, resource or Lambda function was called exactly `times` times (retries count).
   * @example expect(execution).toHaveCalledTimes('ChargeCard', 3);
   */
  toHaveCalledTimes(target: string, times: number): SfnReturn<this>;
  /**
   * The execution took exactly `durationMs` of virtual time, start to stop.
   * @example expect(execution).toHaveTakenVirtual(60 * 60_000 + 2_000);
   */
  toHaveTakenVirtual(durationMs: number): SfnReturn<this>;
  /**
   * The execution took less than `durationMs` of virtual time.
   * @example expect(execution).toHaveTakenLessThan(5 * 60_000);
   */
  toHaveTakenLessThan(durationMs: number): SfnReturn<this>;
  /**
   * One run costs less than these amounts, in US dollars, as `costOf(execution, definition, pricing)`
   * prices it (list prices, us-east-1 unless `pricing.region` says otherwise, free tier not applied).
   * The state machine is needed because costs depend on its size and states.
   * @example expect(execution).toCostLessThan({ standard: 0.001, express: 0.00001 }, machine);
   */
  toCostLessThan(limits: CostLimits, definition: DefinitionSource, pricing?: PricingOptions): SfnReturn<this>;
  /**
   * The execution made exactly `count` billed state transitions (states entered plus retries).
   * @example expect(execution).toHaveTransitionCount(12);
   */
  toHaveTransitionCount(count: number): SfnReturn<this>;
  /**
   * The history matches the stored snapshot, with ARN accounts and regions, UUIDs, task tokens, trace ids
   * and timestamps replaced by stable placeholders and times shown as virtual offsets. `.not` is refused,
   * as vitest refuses it on every snapshot matcher.
   * @example expect(execution).toMatchHistorySnapshot();
   */
  toMatchHistorySnapshot(hint?: string): SfnReturn<this>;
}

declare module 'vitest' {
  // vitest 3.2+: expect(x).*, expect.* and expect.extend() read this interface.
  interface Matchers extends SfnMatchers {}
  // vitest 3.2–4.x: expect.not.* reads this one (vitest 5 makes it extend Matchers, which is harmless here).
  interface AsymmetricMatchersContaining extends SfnMatchers {}
}
