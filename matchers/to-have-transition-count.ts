import type { MatcherState } from 'vitest';
import { executionModel, retries } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending } from './support/report.js';
import { plural } from './support/text.js';
import { countArgument } from './support/visits.js';

/**
 * `expect(execution).toHaveTransitionCount(count)`: the execution made exactly `count` state
 * transitions as AWS bills them for Standard workflows: every state entered, nested ones included, plus
 * every retry attempt.
 * @example
 * expect(execution).toHaveTransitionCount(12);
 */
export function toHaveTransitionCount(this: MatcherState, received: unknown, count: unknown): MatcherOutcome {
  const result = asExecution(received, 'toHaveTransitionCount');
  const expected = countArgument('toHaveTransitionCount', 'count', count, false) ?? 0;
  return {
    pass: result.transitions === expected,
    actual: result.transitions,
    expected,
    message: () => {
      const model = executionModel(result);
      const head = hint(this, 'toHaveTransitionCount', String(expected));
      const entered = result.path.length;
      const retried = model.visits.filter((v) => retries(v) > 0);
      const split = `${plural(entered, 'state')} entered + ${plural(result.transitions - entered, 'retry', 'retries')}`;
      const retryLines = retried.slice(0, 8).map((v) => `  ${v.path}: ${plural(retries(v), 'retry', 'retries')}`);
      if (retried.length > 8) retryLines.push(`  … ${retried.length - 8} more`);
      const sentence = this.isNot
        ? `Expected the execution not to make ${plural(expected, 'state transition')}, but it did (${split}).`
        : `Expected ${plural(expected, 'state transition')}; the execution made ${result.transitions} (${split}).`;
      return blocks(head, sentence, retryLines.length === 0 ? undefined : ['Retried:', ...retryLines], ending(model));
    },
  };
}
