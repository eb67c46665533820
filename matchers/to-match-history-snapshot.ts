import { Snapshots, type MatcherState } from 'vitest';
import { historySnapshot } from './history-snapshot.js';
import { asExecution, badArgument } from './support/execution.js';
import type { MatcherOutcome } from './support/matcher-text.js';

/**
 * `expect(execution).toMatchHistorySnapshot(hint?)`: the execution history, as `historySnapshot()` prints
 * it (virtual times, placeholders for ARN accounts and regions, UUIDs, trace ids and task tokens), matches
 * the snapshot stored in `__snapshots__/`; the first run writes it, `vitest -u` updates it.
 * @example
 * expect(execution).toMatchHistorySnapshot();
 */
export function toMatchHistorySnapshot(this: MatcherState, received: unknown, hint?: unknown): MatcherOutcome {
  const result = asExecution(received, 'toMatchHistorySnapshot');
  if (hint !== undefined && typeof hint !== 'string')
    badArgument('toMatchHistorySnapshot', `hint must be a string naming the snapshot; got ${typeof hint}.`);
  if (this.isNot) {
    // a negated snapshot has nothing to store on its first run and nothing to update with -u: vitest refuses it too
    badArgument(
      'toMatchHistorySnapshot',
      'snapshots cannot be negated (there is nothing to store or update). To check that a run differs from another, compare historySnapshot(a).text with historySnapshot(b).text, or assert on the path with .not.toHaveTakenPath([...]).',
    );
  }
  return Snapshots.toMatchSnapshot.call(this, historySnapshot(result), hint);
}
