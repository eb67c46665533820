import type { MatcherState } from 'vitest';
import { executionModel, retries } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending, visitBlock } from './support/report.js';
import { quote, times as timesText } from './support/text.js';
import { countArgument, neverEntered, selectorArgument, visitsOf } from './support/visits.js';

/** Visits shown in a failure text; the busiest ones first. */
const MAX_VISITS = 3;

/**
 * `expect(execution).toHaveRetried(state, times?)`: the state's `Retry` made it try again at least once,
 * or exactly `times` times over all its visits. Task retries and Map/Parallel retries both count.
 * @example
 * expect(execution).toHaveRetried('ChargeCard', 1);
 */
export function toHaveRetried(this: MatcherState, received: unknown, state: unknown, times?: unknown): MatcherOutcome {
  const result = asExecution(received, 'toHaveRetried');
  const selector = selectorArgument('toHaveRetried', 'state', state);
  const expectedTimes = countArgument('toHaveRetried', 'times', times, true);
  const model = executionModel(result);
  const visits = visitsOf(model, selector);
  const total = visits.reduce((sum, v) => sum + retries(v), 0);
  const pass = expectedTimes === undefined ? total > 0 : total === expectedTimes;
  return {
    pass,
    actual: total,
    expected: expectedTimes ?? 'at least 1',
    message: () => {
      const args = expectedTimes === undefined ? quote(selector.text) : `${quote(selector.text)}, ${expectedTimes}`;
      const head = hint(this, 'toHaveRetried', args);
      const shown = [...visits].sort((a, b) => retries(b) - retries(a) || a.index - b.index).slice(0, MAX_VISITS);
      const details = shown.flatMap((v, i) => (i === 0 ? visitBlock(model, v) : ['', ...visitBlock(model, v)]));
      if (visits.length > MAX_VISITS) details.push(`… and ${visits.length - MAX_VISITS} more visits of ${quote(selector.text)}`);
      if (this.isNot) {
        const wanted = expectedTimes === undefined ? '' : ` exactly ${timesText(expectedTimes)}`;
        return blocks(
          head,
          `Expected ${quote(selector.text)} not to be retried${wanted}, but it was retried ${timesText(total)}:`,
          details,
          ending(model),
        );
      }
      if (visits.length === 0) {
        return blocks(head, `Expected ${quote(selector.text)} to be retried; ${neverEntered(model, selector)}`, ending(model));
      }
      const wanted = expectedTimes === undefined ? '' : ` ${timesText(expectedTimes)}`;
      const got = total === 0 ? 'it was never retried' : `it was retried ${timesText(total)}`;
      return blocks(head, `Expected ${quote(selector.text)} to be retried${wanted}; ${got}:`, details, ending(model));
    },
  };
}
