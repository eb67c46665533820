import type { MatcherState } from 'vitest';
import { executionModel, type ExecutionModel, type StateVisit } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending, receivedPath, visitBlock } from './support/report.js';
import { columns, offsetText, quote } from './support/text.js';
import { neverEntered, selectorArgument, visitsOf } from './support/visits.js';

/**
 * `expect(execution).toHaveTransitioned(from, to)`: `from` exited and `to` was the next state entered,
 * in the same scope (the same Map iteration or Parallel branch), at least once.
 * @example
 * expect(execution).toHaveTransitioned('ChargeCard', 'RejectOrder');
 * expect(execution).toHaveTransitioned('ReserveStock[*].Check', 'ReserveStock[*].Reserve');
 */
export function toHaveTransitioned(this: MatcherState, received: unknown, from: unknown, to: unknown): MatcherOutcome {
  const result = asExecution(received, 'toHaveTransitioned');
  const source = selectorArgument('toHaveTransitioned', 'from', from);
  const target = selectorArgument('toHaveTransitioned', 'to', to);
  const model = executionModel(result);
  const sources = visitsOf(model, source);
  const hits = sources.filter((v) => v.next !== undefined && target.matches(v.next.path));
  return {
    pass: hits.length > 0,
    actual: sources.map((v) => `${v.path} → ${v.next?.path ?? '(none)'}`),
    expected: `${source.text} → ${target.text}`,
    message: () => {
      const head = hint(this, 'toHaveTransitioned', `${quote(source.text)}, ${quote(target.text)}`);
      if (this.isNot) {
        return blocks(
          head,
          [`Expected ${quote(source.text)} not to be followed by ${quote(target.text)}, but it was:`, ...transitionRows(model, hits)],
          hits[0] === undefined ? undefined : visitBlock(model, hits[0]),
          ending(model),
        );
      }
      if (sources.length === 0) {
        return blocks(
          head,
          [
            `Expected ${quote(source.text)} to be followed by ${quote(target.text)}; ${neverEntered(model, source)}`,
            `Received:`,
            ...receivedPath(model),
          ],
          ending(model),
        );
      }
      const last = sources.at(-1) as StateVisit;
      return blocks(
        head,
        [
          `Expected ${quote(source.text)} to be followed by ${quote(target.text)}; after ${quote(source.text)} the execution went to:`,
          ...transitionRows(model, sources),
        ],
        visitBlock(model, last),
        ending(model),
      );
    },
  };
}

/** `ChargeCard → RejectOrder   #33  t=+00:00:14.000`, one row per visit (cut after 8). */
function transitionRows(model: ExecutionModel, visits: readonly StateVisit[]): string[] {
  const rows = visits.slice(0, 8).map((v): [string, string] => {
    const next = v.next?.path ?? (v.exited === undefined ? '(it never exited)' : '(nothing: the end of its branch or of the execution)');
    const event = v.exited ?? v.entered;
    return [`${v.path} → ${next}`, `#${event.id}  t=${offsetText(model.offset(event))}`];
  });
  if (visits.length > 8) rows.push([`… ${visits.length - 8} more`, '']);
  return columns(rows);
}
