import type { MatcherState } from 'vitest';
import { executionModel } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending, failureBlock, outcomeLine } from './support/report.js';
import { valueText } from './support/text.js';

/**
 * `expect(execution).toHaveOutput(expected)`: the execution's output deep-equals `expected`, as
 * `toEqual` compares (asymmetric matchers allowed anywhere inside). vitest draws the diff below the text.
 * @example
 * expect(execution).toHaveOutput({ payment: { chargeId: expect.stringMatching(/^ch_/) }, order: expect.anything() });
 */
export function toHaveOutput(this: MatcherState, received: unknown, expected: unknown): MatcherOutcome {
  const result = asExecution(received, 'toHaveOutput');
  const pass = result.status === 'SUCCEEDED' && this.equals(result.output, expected, [...this.customTesters, this.utils.iterableEquality]);
  return {
    pass,
    actual: result.output,
    expected,
    message: () => {
      const model = executionModel(result);
      const head = hint(this, 'toHaveOutput', 'expected');
      if (this.isNot) {
        return blocks(head, [`Expected the execution output not to equal:`, `  ${valueText(expected, 200)}`, `but it did.`], ending(model));
      }
      if (result.status !== 'SUCCEEDED') {
        return blocks(
          head,
          [
            `Expected the execution output to equal:`,
            `  ${valueText(expected, 200)}`,
            `but there is no output: the execution ${outcomeLine(model)}.`,
          ],
          failureBlock(model),
          ending(model).slice(1),
        );
      }
      return blocks(
        head,
        [
          `Expected the execution output to equal:`,
          `  ${valueText(expected, 200)}`,
          `Received:`,
          `  ${valueText(result.output, 200, 'execution.output')}`,
        ],
        ending(model),
      );
    },
  };
}
