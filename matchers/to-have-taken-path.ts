import type { MatcherState } from 'vitest';
import { executionModel, parentPath, type ExecutionModel, type StateVisit } from './support/execution-model.js';
import { asExecution, badArgument } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending, pathLine, receivedPath, visitBlock } from './support/report.js';
import { isQualified, stateSelector } from './support/state-selector.js';
import { quote } from './support/text.js';
import type { TakenPathOptions } from './types.js';

/**
 * `expect(execution).toHaveTakenPath(states, { partial })`: the execution entered exactly these states,
 * in this order. Plain names compare with the top-level path, so Map iterations and Parallel branches do
 * not have to be spelled out; qualified names (`'ReserveStock[0].Reserve'`) compare with the whole path.
 * With `{ partial: true }` the states must come in this order with any others in between (nested ones
 * included, plain names matching at any depth).
 * @example
 * expect(execution).toHaveTakenPath(['ValidateOrder', 'ReserveStock', 'ChargeCard', 'RejectOrder']);
 * expect(execution).toHaveTakenPath(['ChargeCard', 'RejectOrder'], { partial: true });
 */
export function toHaveTakenPath(this: MatcherState, received: unknown, states: unknown, options?: TakenPathOptions): MatcherOutcome {
  const result = asExecution(received, 'toHaveTakenPath');
  const expected = statesArgument(states);
  const partial = options?.partial === true;
  const topLevel = !partial && !expected.some(isQualified);
  const compared = topLevel ? result.path.filter((p) => parentPath(p) === undefined) : [...result.path];
  const selectors = expected.map((s) => stateSelector(s));
  const matchAt = (i: number, path: string | undefined): boolean =>
    path !== undefined && (topLevel ? path === expected[i] : (selectors[i]?.matches(path) ?? false));

  let pass: boolean;
  let matched: number[] = [];
  if (partial) {
    matched = subsequence(compared, (i, p) => matchAt(i, p), expected.length);
    pass = matched.length === expected.length;
  } else {
    pass = compared.length === expected.length && expected.every((_, i) => matchAt(i, compared[i]));
  }

  return {
    pass,
    actual: compared,
    expected,
    message: () => {
      const model = executionModel(result);
      const head = hint(this, 'toHaveTakenPath', partial ? 'expected, { partial: true }' : 'expected');
      if (this.isNot) {
        const where = partial
          ? `found at steps ${matched.map((i) => i + 1).join(', ')} of ${compared.length}`
          : `states 1–${compared.length} of ${compared.length}`;
        return blocks(
          head,
          `Expected the execution not to take ${pathLine(expected)}${partial ? ' (other states allowed in between)' : ''}, but it did (${where}).`,
          ending(model),
        );
      }
      const scope = partial
        ? 'in this order, other states allowed in between'
        : `in this order (exact, ${topLevel ? 'top level' : 'whole path'})`;
      const receivedLines = topLevel ? receivedPath(model) : [`  ${pathLine(compared)}`];
      const visits = topLevel ? model.visits.filter((v) => parentPath(v.path) === undefined) : model.visits;
      const { sentence, decisive } = partial
        ? partialDifference(expected, compared, matched)
        : exactDifference(expected, compared, (i, p) => matchAt(i, p));
      const visit: StateVisit | undefined = decisive === undefined ? undefined : visits[decisive];
      return blocks(
        head,
        [`Expected the execution to enter these states, ${scope}:`, `  ${pathLine(expected)}`, `Received:`, ...receivedLines],
        sentence,
        visit === undefined ? undefined : decisiveBlock(model, visit, decisive),
        ending(model),
      );
    },
  };
}

function statesArgument(states: unknown): string[] {
  if (!Array.isArray(states) || states.some((s) => typeof s !== 'string' || s === '')) {
    badArgument(
      'toHaveTakenPath',
      `states must be an array of state names, e.g. ['ValidateOrder', 'ChargeCard']; got ${describeArgument(states)}.`,
    );
  }
  return states as string[];
}

function describeArgument(value: unknown): string {
  if (Array.isArray(value)) return `an array holding ${value.map((v) => (typeof v === 'string' ? quote(v) : typeof v)).join(', ')}`;
  return typeof value === 'string' ? `the string ${quote(value)} (wrap it in an array)` : typeof value;
}

/** The positions in `path` where the expected states were found, in order, as far as they go. */
function subsequence(path: readonly string[], matches: (i: number, path: string) => boolean, count: number): number[] {
  const found: number[] = [];
  for (let p = 0; p < path.length && found.length < count; p++) {
    if (matches(found.length, path[p] ?? '')) found.push(p);
  }
  return found;
}

/** The first difference, and the 0-based step whose exit decided it (the last step that still matched). */
function exactDifference(
  expected: readonly string[],
  received: readonly string[],
  matches: (i: number, path: string | undefined) => boolean,
): { sentence: string; decisive: number | undefined } {
  let i = 0;
  while (i < expected.length && i < received.length && matches(i, received[i])) i++;
  const decisive = i === 0 ? undefined : i - 1;
  const step = i + 1;
  if (i < expected.length && i < received.length) {
    return {
      sentence: `First difference at step ${step}: expected ${quote(expected[i] ?? '')}, received ${quote(received[i] ?? '')}.`,
      decisive,
    };
  }
  if (i < expected.length) {
    return {
      sentence: `First difference at step ${step}: expected ${quote(expected[i] ?? '')}, but the execution entered no further state.`,
      decisive,
    };
  }
  return { sentence: `First difference at step ${step}: expected no further state, received ${quote(received[i] ?? '')}.`, decisive };
}

function partialDifference(
  expected: readonly string[],
  received: readonly string[],
  matched: readonly number[],
): { sentence: string; decisive: number | undefined } {
  const missing = expected[matched.length] ?? '';
  const last = matched.at(-1);
  if (last === undefined) return { sentence: `${quote(missing)} (expected step 1) was never entered.`, decisive: undefined };
  return {
    sentence: `${quote(missing)} (expected step ${matched.length + 1}) never came after ${quote(received[last] ?? '')} (step ${last + 1}).`,
    decisive: last,
  };
}

function decisiveBlock(model: ExecutionModel, visit: StateVisit, index: number | undefined): string[] {
  return visitBlock(model, visit, index === undefined ? undefined : index + 1);
}
