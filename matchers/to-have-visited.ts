import type { MatcherState } from 'vitest';
import { executionModel } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending, receivedPath } from './support/report.js';
import { quote, times as timesText } from './support/text.js';
import { countArgument, selectorArgument, suggestion, visitList, visitsOf } from './support/visits.js';

/**
 * `expect(execution).toHaveVisited(state, times?)`: the state was entered at least once, or exactly
 * `times` times. `state` is a plain name (any depth) or a qualified path (`'ReserveStock[*].Reserve'`).
 * @example
 * expect(execution).toHaveVisited('ReserveStock[*].Reserve', 3);
 */
export function toHaveVisited(this: MatcherState, received: unknown, state: unknown, times?: unknown): MatcherOutcome {
  const result = asExecution(received, 'toHaveVisited');
  const selector = selectorArgument('toHaveVisited', 'state', state);
  const expectedTimes = countArgument('toHaveVisited', 'times', times, true);
  const count = result.path.filter((p) => selector.matches(p)).length;
  const pass = expectedTimes === undefined ? count > 0 : count === expectedTimes;
  return {
    pass,
    actual: count,
    expected: expectedTimes ?? 'at least 1',
    message: () => {
      const model = executionModel(result);
      const visits = visitsOf(model, selector);
      const args = expectedTimes === undefined ? quote(selector.text) : `${quote(selector.text)}, ${expectedTimes}`;
      const head = hint(this, 'toHaveVisited', args);
      const wanted = expectedTimes === undefined ? '' : ` ${timesText(expectedTimes)}`;
      if (this.isNot) {
        return blocks(
          head,
          `Expected the execution not to enter ${quote(selector.text)}${wanted === '' ? '' : ` exactly${wanted}`}, but it did, ${timesText(count)}: ${visitList(model, visits)}.`,
          ending(model),
        );
      }
      const what =
        count === 0 ? `it never did.${suggestion(model, selector)}` : `it entered it ${timesText(count)}: ${visitList(model, visits)}.`;
      return blocks(
        head,
        [`Expected the execution to enter ${quote(selector.text)}${wanted}; ${what}`, `Received:`, ...receivedPath(model)],
        ending(model),
      );
    },
  };
}
