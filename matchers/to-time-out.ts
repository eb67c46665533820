import type { MatcherState } from 'vitest';
import { executionModel } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending, failureBlock, outcomeLine, pathLine, topLevelPath } from './support/report.js';

/**
 * `expect(execution).toTimeOut()`: the execution ended `TIMED_OUT`, its `TimeoutSeconds` (or Express's
 * five minutes) spent in virtual time.
 * @example
 * expect(await machine.run(input)).toTimeOut();
 */
export function toTimeOut(this: MatcherState, received: unknown): MatcherOutcome {
  const result = asExecution(received, 'toTimeOut');
  return {
    pass: result.status === 'TIMED_OUT',
    actual: result.status,
    expected: 'TIMED_OUT',
    message: () => {
      const model = executionModel(result);
      if (this.isNot) {
        return blocks(
          hint(this, 'toTimeOut'),
          `Expected the execution not to time out, but it did: ${outcomeLine(model)}.`,
          `Path: ${pathLine(topLevelPath(model))}`,
          ending(model).slice(1),
        );
      }
      return blocks(
        hint(this, 'toTimeOut'),
        `Expected the execution to time out; it ended ${outcomeLine(model)}.`,
        `Path: ${pathLine(topLevelPath(model))}`,
        failureBlock(model),
        ending(model).slice(1),
      );
    },
  };
}
