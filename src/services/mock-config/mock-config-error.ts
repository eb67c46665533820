/** One mistake in a mock config file: where it is (a JSON location) and what to do about it. */
export interface MockConfigProblem {
  /** The JSON location, e.g. `MockedResponses.MockedLambdaRetry["1-2"]`; `(top level)` for the whole file. */
  readonly location: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/**
 * A user mistake in a Step Functions Local mock config file, or in choosing a test case from one.
 * The message names the file (when known), the JSON location of every problem and the fix.
 * @example
 * try {
 *   parseMockConfigFile(text, 'MockConfigFile.json');
 * } catch (error) {
 *   if (error instanceof MockConfigError) console.error(error.message); // lists every problem with its location
 * }
 */
export class MockConfigError extends Error {
  override readonly name = 'MockConfigError';
  /** The JSON location of the first problem (`(top level)` for the file as a whole). */
  readonly location: string;
  /** Every problem found, in file order; one entry when the error is not about the file's contents. */
  readonly problems: readonly MockConfigProblem[];

  /**
   * @param message The whole text: where, what, and the fix.
   * @param location The JSON location (or another short name for where the mistake is, e.g. `mocks`).
   * @param problems Every problem, when there are several. @defaultValue one problem: `location` and `message`
   */
  constructor(message: string, location: string, problems: readonly MockConfigProblem[] = [{ location, message }]) {
    super(message);
    this.location = location;
    this.problems = problems;
  }
}

/** The location of the file as a whole. */
export const TOP_LEVEL = '(top level)';

/** The error for a file with problems: a heading with the file name and count, then one line per problem. */
export function invalidMockConfigFile(problems: readonly [MockConfigProblem, ...MockConfigProblem[]], fileName?: string): MockConfigError {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  const heading = `Invalid mock config file${fileName === undefined ? '' : ` ${fileName}`} (${count}):`;
  return new MockConfigError([heading, ...problems.map((p) => `  ${p.location}: ${p.message}`)].join('\n'), problems[0].location, problems);
}

/** An error about one place in a file, prefixed with the file name when known. */
export function mockConfigProblem(location: string, message: string, fileName?: string): MockConfigError {
  return new MockConfigError(`${fileName === undefined ? '' : `${fileName}: `}${location}: ${message}`, location, [{ location, message }]);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A JSON location written the way a JavaScript reader would: `StateMachines.LocalTesting.TestCases.HappyPathTest["Check Identity"]`,
 * `MockedResponses.MockedLambdaRetry["1-2"].Throw.Error`.
 */
export function jsonLocation(...segments: readonly (string | number)[]): string {
  if (segments.length === 0) return TOP_LEVEL;
  return segments
    .map((s, i) => {
      if (typeof s === 'number') return `[${s}]`;
      if (IDENTIFIER.test(s)) return i === 0 ? s : `.${s}`;
      return `[${JSON.stringify(s)}]`;
    })
    .join('');
}

/** A short description of what a value is, for "expected X, received Y". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case 'number':
      return `a number (${String(value)})`;
    case 'boolean':
      return `a boolean (${String(value)})`;
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return 'a bigint';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
  }
  return typeof value;
}

export { didYouMean } from '../../asl/did-you-mean.js';

/** Names for a message: quoted, comma-separated, the first `limit` of them. */
export function listNames(names: readonly string[], limit = 10): string {
  if (names.length === 0) return '(none)';
  const shown = names.slice(0, limit).map((n) => JSON.stringify(n));
  return names.length > limit ? `${shown.join(', ')} and ${names.length - limit} more` : shown.join(', ');
}
