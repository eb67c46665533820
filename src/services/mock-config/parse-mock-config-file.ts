import { isJsonObject, type Json } from '../../asl/json.js';
import type { MockResponse } from '../mocks/types.js';
import {
  TOP_LEVEL,
  describeValue,
  didYouMean,
  invalidMockConfigFile,
  jsonLocation,
  listNames,
  type MockConfigProblem,
} from './mock-config-error.js';
import { parseMockedResponses, type Report } from './parse-mocked-responses.js';

/**
 * A parsed and validated Step Functions Local mock config file (`MockConfigFile.json`, ASL-REFERENCE §8.1).
 * @example
 * const file = parseMockConfigFile(readFileSync('MockConfigFile.json', 'utf8'), 'MockConfigFile.json');
 * file.stateMachines.get('LambdaSQSIntegration')?.get('RetryPath')?.get('LambdaState'); // 'MockedLambdaRetry'
 * file.responses.get('MockedLambdaRetry')?.length; // 4: one response per invocation 0..3
 */
export interface MockConfigFile {
  /** State machine name → test case name → Task state name → mocked response name (every name checked to exist). */
  readonly stateMachines: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, string>>>;
  /**
   * Mocked response name → one response per invocation, index = zero-based invocation number: ranges are
   * expanded (`"1-2"` fills indexes 1 and 2 with the same object). `Return` becomes `{raw}` exactly as written,
   * `Throw` becomes `{throws: {error, cause}}`. The objects are shared between invocations: treat them as immutable.
   */
  readonly responses: ReadonlyMap<string, readonly MockResponse[]>;
  /** The file name given to {@link parseMockConfigFile}, used in later messages. @defaultValue undefined */
  readonly fileName?: string;
}

const STATE_MACHINES = 'StateMachines';
const MOCKED_RESPONSES = 'MockedResponses';
// AWS: the doc's field reference spells it "MockedResponse"; its examples and LocalStack use "MockedResponses" (ASL-REFERENCE §8.1)
const MOCKED_RESPONSE_DOC_SPELLING = 'MockedResponse';
const TEST_CASES = 'TestCases';

const FILE_SHAPE = `a mock config file is a JSON object {"StateMachines": {...}, "MockedResponses": {...}}`;

/**
 * Parses and validates a Step Functions Local mock config file, given as JSON text or as an already-parsed value.
 * Collects every problem (unknown keys, invocation-number gaps, overlaps, negative or reversed ranges, entries with
 * both or neither of Return/Throw, Throw without string Error and Cause, test cases naming responses that do not
 * exist) and throws one {@link MockConfigError} listing them all, each with its JSON location and the fix.
 * @param source JSON text, or the parsed JSON value (it is copied, never kept or changed).
 * @param fileName Named in messages. @defaultValue undefined
 * @example
 * const file = parseMockConfigFile({
 *   StateMachines: { Orders: { TestCases: { HappyPath: { ChargeCard: 'ChargeOk' } } } },
 *   MockedResponses: { ChargeOk: { '0': { Return: { StatusCode: 200, Payload: { charged: true } } } } },
 * });
 */
export function parseMockConfigFile(source: unknown, fileName?: string): MockConfigFile {
  const problems: MockConfigProblem[] = [];
  const report = (message: string, ...segments: (string | number)[]): void => {
    problems.push({ location: jsonLocation(...segments), message });
  };
  const root = typeof source === 'string' ? parseJsonText(source, fileName) : source;
  if (!isJsonObject(root)) {
    throw invalidMockConfigFile(
      [{ location: TOP_LEVEL, message: `expected a JSON object (or its JSON text), received ${describeValue(root)}; ${FILE_SHAPE}` }],
      fileName,
    );
  }

  const responsesKey = Object.hasOwn(root, MOCKED_RESPONSES)
    ? MOCKED_RESPONSES
    : Object.hasOwn(root, MOCKED_RESPONSE_DOC_SPELLING)
      ? MOCKED_RESPONSE_DOC_SPELLING
      : undefined;
  const responsesValue = responsesKey === undefined ? undefined : root[responsesKey];
  // a missing or malformed section is reported once, not once per test case reference
  const responseNames = isJsonObject(responsesValue) ? Object.keys(responsesValue) : undefined;
  const stateMachines = new Map<string, ReadonlyMap<string, ReadonlyMap<string, string>>>();
  let responses: ReadonlyMap<string, readonly MockResponse[]> | undefined;

  // sections in the file's order, so the problems come out in reading order
  for (const key of Object.keys(root)) {
    if (key === STATE_MACHINES) {
      parseStateMachines(root[key] as Json, responseNames, responsesKey ?? MOCKED_RESPONSES, report, stateMachines);
    } else if (key === responsesKey) {
      responses = parseMockedResponses(responsesValue, key, report);
    } else if (key === MOCKED_RESPONSE_DOC_SPELLING) {
      report(`duplicates "MockedResponses" (the AWS doc's spelling of the same section); move its entries into "MockedResponses"`, key);
    } else {
      report(
        `unknown key${didYouMean(key, [STATE_MACHINES, MOCKED_RESPONSES])}; the top level holds only "StateMachines" and "MockedResponses"`,
        key,
      );
    }
  }
  if (!Object.hasOwn(root, STATE_MACHINES)) {
    report(
      `is missing; add "StateMachines": {"<StateMachineName>": {"TestCases": {"<TestCaseName>": {"<StateName>": "<MockedResponseName>"}}}}`,
      STATE_MACHINES,
    );
  }
  if (responsesKey === undefined) {
    report(`is missing; add "MockedResponses": {"<MockedResponseName>": {"0": {"Return": <json>}}}`, MOCKED_RESPONSES);
  }

  const [first, ...rest] = problems;
  if (first !== undefined) throw invalidMockConfigFile([first, ...rest], fileName);
  return { stateMachines, responses: responses ?? new Map(), ...(fileName === undefined ? {} : { fileName }) };
}

function parseJsonText(text: string, fileName: string | undefined): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalidMockConfigFile([{ location: TOP_LEVEL, message: `is not valid JSON (${reason}); ${FILE_SHAPE}` }], fileName);
  }
}

function parseStateMachines(
  value: Json,
  responseNames: readonly string[] | undefined,
  responsesKey: string,
  report: Report,
  out: Map<string, ReadonlyMap<string, ReadonlyMap<string, string>>>,
): void {
  if (!isJsonObject(value)) {
    report(`expected an object of state machine name → {"TestCases": {...}}, received ${describeValue(value)}`, STATE_MACHINES);
    return;
  }
  for (const [machineName, machine] of Object.entries(value)) {
    const at = [STATE_MACHINES, machineName];
    if (!isJsonObject(machine)) {
      report(
        `expected {"TestCases": {"<TestCaseName>": {"<StateName>": "<MockedResponseName>"}}}, received ${describeValue(machine)}`,
        ...at,
      );
      continue;
    }
    for (const key of Object.keys(machine)) {
      if (key !== TEST_CASES) report(`unknown key${didYouMean(key, [TEST_CASES])}; a state machine holds only "TestCases"`, ...at, key);
    }
    if (!Object.hasOwn(machine, TEST_CASES)) {
      report(`has no "TestCases"; add "TestCases": {"<TestCaseName>": {"<StateName>": "<MockedResponseName>"}}`, ...at);
      continue;
    }
    const testCases = machine[TEST_CASES] as Json;
    if (!isJsonObject(testCases)) {
      report(
        `expected an object of test case name → {"<StateName>": "<MockedResponseName>"}, received ${describeValue(testCases)}`,
        ...at,
        TEST_CASES,
      );
      continue;
    }
    const cases = new Map<string, ReadonlyMap<string, string>>();
    for (const [caseName, testCase] of Object.entries(testCases)) {
      const parsed = parseTestCase(testCase, responseNames, responsesKey, report, [...at, TEST_CASES, caseName]);
      if (parsed !== undefined) cases.set(caseName, parsed);
    }
    out.set(machineName, cases);
  }
}

function parseTestCase(
  testCase: Json,
  responseNames: readonly string[] | undefined,
  responsesKey: string,
  report: Report,
  at: readonly string[],
): ReadonlyMap<string, string> | undefined {
  if (!isJsonObject(testCase)) {
    report(`expected an object of Task state name → mocked response name, received ${describeValue(testCase)}`, ...at);
    return undefined;
  }
  const states = new Map<string, string>();
  for (const [stateName, responseName] of Object.entries(testCase)) {
    if (typeof responseName !== 'string') {
      report(`expected the name of an entry in "${responsesKey}" (a string), received ${describeValue(responseName)}`, ...at, stateName);
      continue;
    }
    if (responseNames !== undefined && !responseNames.includes(responseName)) {
      const hint = didYouMean(responseName, responseNames);
      report(
        `no mocked response named ${JSON.stringify(responseName)} in "${responsesKey}"${hint}; ` +
          (hint === '' ? `add it there, or use one of: ${listNames(responseNames)}` : `add it there or fix the name`),
        ...at,
        stateName,
      );
      continue;
    }
    states.set(stateName, responseName);
  }
  return states;
}
