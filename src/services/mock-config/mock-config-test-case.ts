import { isJsonObject, type Json } from '../../asl/json.js';
import type { MockResponse } from '../mocks/types.js';
import { parseTaskResource } from '../resource.js';
import {
  describeValue,
  didYouMean,
  invalidMockConfigFile,
  jsonLocation,
  listNames,
  mockConfigProblem,
  MockConfigError,
  type MockConfigProblem,
} from './mock-config-error.js';
import { mockedResponseLocation } from './parse-mocked-responses.js';
import type { MockConfigFile } from './parse-mock-config-file.js';

/** How {@link mockConfigTestCase} fits the responses to the state machine's Task states. */
export interface MockConfigTestCaseOptions {
  /**
   * Every Task state of the definition, at any depth (Parallel branches, Map item processors), by name → its
   * `Resource`. When given:
   * - a test case naming a state that is not a Task state here is an error (with a "did you mean");
   * - for a state whose Resource is a bare Lambda function ARN (`arn:aws:lambda:…:function:…`), each `Return`
   *   becomes its `Payload`, as Step Functions Local does (see {@link mockConfigTaskResult}).
   *
   * Without it, every `Return` is handed over as written, and the caller applies {@link mockConfigTaskResult}.
   * @defaultValue undefined
   */
  readonly taskResources?: ReadonlyMap<string, string>;
}

/**
 * The responses of one test case: Task state name → one response per invocation (attempt) of that state, the index
 * being the zero-based invocation number. The engine counts every attempt of a state in an execution (retries,
 * loop re-entries, Map iterations and Parallel branches reusing the name: ASL-REFERENCE §8.1); an invocation past
 * the end of the list has no mocked response, and AWS fails the execution then. A Task state not in the map is
 * not mocked (Step Functions Local calls the real service: a "hybrid" test).
 *
 * `Return` becomes `{raw}` (the task result as the state receives it, before ResultSelector/ResultPath), and
 * `Throw` becomes `{throws: {error, cause}}`. The bare-Lambda-ARN `Payload` rule is applied here only when
 * `options.taskResources` is given.
 * @throws MockConfigError when the state machine or test case is not in the file (naming the choices), or when
 *   `taskResources` shows a mocked state that is not a Task state, or a bare Lambda ARN Return without `Payload`.
 * @example
 * const responses = mockConfigTestCase(file, 'LambdaSQSIntegration', 'RetryPath');
 * responses.get('LambdaState');
 * // [{throws: {error: 'Lambda.ResourceNotReadyException', …}}, {throws: {error: 'Lambda.TimeoutException', …}},
 * //  {throws: {error: 'Lambda.TimeoutException', …}}, {raw: {StatusCode: 200, Payload: {…}}}]
 */
export function mockConfigTestCase(
  file: MockConfigFile,
  stateMachineName: string,
  testCase: string,
  options: MockConfigTestCaseOptions = {},
): ReadonlyMap<string, readonly MockResponse[]> {
  const { fileName } = file;
  const machineNames = [...file.stateMachines.keys()];
  const testCases = file.stateMachines.get(stateMachineName);
  if (testCases === undefined) {
    const arnHint = stateMachineName.startsWith('arn:')
      ? '; "StateMachines" keys are state machine names, not ARNs (parseTestCaseSelector takes the name out of an ARN)'
      : '';
    throw mockConfigProblem(
      'StateMachines',
      `no state machine ${JSON.stringify(stateMachineName)}${didYouMean(stateMachineName, machineNames)}; ` +
        `state machines: ${listNames(machineNames)}${arnHint}`,
      fileName,
    );
  }
  const states = testCases.get(testCase);
  if (states === undefined) {
    const caseNames = [...testCases.keys()];
    throw mockConfigProblem(
      jsonLocation('StateMachines', stateMachineName, 'TestCases'),
      `no test case ${JSON.stringify(testCase)} for state machine ${JSON.stringify(stateMachineName)}${didYouMean(testCase, caseNames)}; ` +
        `test cases: ${listNames(caseNames)}`,
      fileName,
    );
  }

  const problems: MockConfigProblem[] = [];
  const out = new Map<string, readonly MockResponse[]>();
  const { taskResources } = options;
  for (const [stateName, responseName] of states) {
    const responses = file.responses.get(responseName);
    // parseMockConfigFile guarantees the name; a hand-built MockConfigFile may not
    if (responses === undefined) {
      problems.push({
        location: jsonLocation('StateMachines', stateMachineName, 'TestCases', testCase, stateName),
        message: `no mocked response named ${JSON.stringify(responseName)}${didYouMean(responseName, file.responses.keys())}`,
      });
      continue;
    }
    if (taskResources === undefined) {
      out.set(stateName, responses);
      continue;
    }
    const resource = taskResources.get(stateName);
    if (resource === undefined) {
      problems.push({
        location: jsonLocation('StateMachines', stateMachineName, 'TestCases', testCase, stateName),
        message:
          `no Task state named ${JSON.stringify(stateName)} in the state machine${didYouMean(stateName, taskResources.keys())}; ` +
          `only Task states can be mocked, by their exact name`,
      });
      continue;
    }
    out.set(stateName, fitResponses(responses, resource, responseName, problems));
  }
  const [first, ...rest] = problems;
  if (first !== undefined) throw invalidMockConfigFile([first, ...rest], fileName);
  return out;
}

function fitResponses(
  responses: readonly MockResponse[],
  resource: string,
  responseName: string,
  problems: MockConfigProblem[],
): readonly MockResponse[] {
  if (parseTaskResource(resource).kind !== 'lambda-function') return responses;
  // a range shares one object across its invocations; keep sharing (and report once) after the Payload is taken
  const fitted = new Map<MockResponse, MockResponse>();
  return responses.map((response, invocation) => {
    const done = fitted.get(response);
    if (done !== undefined) return done;
    let result = response;
    if ('raw' in response) {
      const payload = lambdaPayload(response.raw);
      if (payload === undefined) {
        problems.push({
          location: `${mockedResponseLocation(response) ?? jsonLocation('MockedResponses', responseName, String(invocation))}.Return`,
          message: noPayloadMessage(resource, response.raw),
        });
      } else {
        result = { ...response, raw: payload };
      }
    }
    fitted.set(response, result);
    return result;
  });
}

/**
 * The task result a mock file's `Return` gives a state with this `Resource`.
 * AWS: for a bare Lambda function ARN, Step Functions Local treats Return as the Invoke response and hands the
 * state only its `Payload`; for everything else (`lambda:invoke` included) Return is the result as is
 * (corpus `localstack-validated/lambda_invoke_resource_arn`, validated against AWS; ASL-REFERENCE §8.1).
 * @throws MockConfigError for a bare Lambda ARN when Return is not an object with `Payload`.
 * @example
 * mockConfigTaskResult('arn:aws:lambda:us-east-1:111111111111:function:f', { StatusCode: 200, Payload: { ok: true } }); // { ok: true }
 * mockConfigTaskResult('arn:aws:states:::lambda:invoke', { StatusCode: 200, Payload: { ok: true } }); // unchanged
 */
export function mockConfigTaskResult(resource: string, returned: Json): Json {
  if (parseTaskResource(resource).kind !== 'lambda-function') return returned;
  const payload = lambdaPayload(returned);
  if (payload === undefined) throw new MockConfigError(`invalid mocked Return: ${noPayloadMessage(resource, returned)}`, 'Return');
  return payload;
}

function lambdaPayload(returned: Json): Json | undefined {
  return isJsonObject(returned) && Object.hasOwn(returned, 'Payload') ? returned['Payload'] : undefined;
}

function noPayloadMessage(resource: string, returned: Json): string {
  return (
    `the state's Resource is a Lambda function ARN (${resource}), so Step Functions Local reads Return as the Invoke ` +
    `response and hands the state its "Payload", but this Return is ${isJsonObject(returned) ? 'an object without "Payload"' : describeValue(returned)}; ` +
    `write {"Return": {"StatusCode": 200, "Payload": <the function's result>}}`
  );
}
