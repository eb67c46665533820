/**
 * `sfn-sim/vitest`: importing this module (or listing it in vitest's `setupFiles`) registers sfn-sim's
 * matchers and the history snapshot serializer with vitest's `expect`, and brings their types.
 * @example
 * // vitest.config.ts: test: { setupFiles: ['sfn-sim/vitest'] }   (tsconfig: "types": ["sfn-sim/vitest"])
 * import 'sfn-sim/vitest';
 * expect(await machine.run(order)).toHaveTakenPath(['ValidateOrder', 'ChargeCard', 'OrderComplete']);
 */
import { expect } from 'vitest';
import { historySnapshotSerializer } from './history-snapshot.js';
import { toCostLessThan } from './to-cost-less-than.js';
import { toFail } from './to-fail.js';
import { toHaveCalledTimes } from './to-have-called-times.js';
import { toHaveCalled } from './to-have-called.js';
import { toHaveCaught } from './to-have-caught.js';
import { toHaveOutput } from './to-have-output.js';
import { toHaveRetried } from './to-have-retried.js';
import { toHaveTakenLessThan } from './to-have-taken-less-than.js';
import { toHaveTakenPath } from './to-have-taken-path.js';
import { toHaveTakenVirtual } from './to-have-taken-virtual.js';
import { toHaveTransitionCount } from './to-have-transition-count.js';
import { toHaveTransitioned } from './to-have-transitioned.js';
import { toHaveVisited } from './to-have-visited.js';
import { toMatchHistorySnapshot } from './to-match-history-snapshot.js';
import { toSucceed } from './to-succeed.js';
import { toTimeOut } from './to-time-out.js';

/**
 * Every sfn-sim matcher by name, as `expect.extend` takes them. Importing this module registers them;
 * the object is for a second `expect` (from `createExpect`) or another runner.
 * @example
 * createExpect().extend(sfnMatchers);
 */
export const sfnMatchers = {
  toSucceed,
  toFail,
  toTimeOut,
  toHaveOutput,
  toHaveVisited,
  toHaveTakenPath,
  toHaveTransitioned,
  toHaveRetried,
  toHaveCaught,
  toHaveCalled,
  toHaveCalledTimes,
  toHaveTakenVirtual,
  toHaveTakenLessThan,
  toCostLessThan,
  toHaveTransitionCount,
  toMatchHistorySnapshot,
};

expect.extend(sfnMatchers);
expect.addSnapshotSerializer(historySnapshotSerializer);

export { historySnapshot, historySnapshotSerializer, HistorySnapshot } from './history-snapshot.js';
export type { CostLimits, SfnMatchers, SfnReturn, TakenPathOptions } from './types.js';
