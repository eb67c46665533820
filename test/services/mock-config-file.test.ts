import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Json, JsonObject } from '../../src/asl/json.js';
import {
  MockConfigError,
  mockConfigTaskResult,
  mockConfigTestCase,
  parseMockConfigFile,
  parseTestCaseSelector,
  type MockConfigFile,
} from '../../src/services/mock-config-file.js';
import type { MockResponse } from '../../src/services/mocks/types.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = resolve(repoRoot, '../shared/corpus/mockconfig');
const haveCorpus = existsSync(corpusDir);

/** The AWS developer guide's example (ASL-REFERENCE §8.3). */
const docExample = {
  StateMachines: {
    LambdaSQSIntegration: {
      TestCases: {
        HappyPath: { LambdaState: 'MockedLambdaSuccess', SQSState: 'MockedSQSSuccess' },
        RetryPath: { LambdaState: 'MockedLambdaRetry', SQSState: 'MockedSQSSuccess' },
        HybridPath: { LambdaState: 'MockedLambdaSuccess' },
      },
    },
  },
  MockedResponses: {
    MockedLambdaSuccess: { '0': { Return: { StatusCode: 200, Payload: { StatusCode: 200, body: 'Hello from Lambda!' } } } },
    MockedSQSSuccess: {
      '0': { Return: { MD5OfMessageBody: '3bcb6e8e-7h85-4375-b0bc-1a59812c6e51', MessageId: '3bcb6e8e-8b51-4375-b0bc-1a59812c6e51' } },
    },
    MockedLambdaRetry: {
      '0': { Throw: { Error: 'Lambda.ResourceNotReadyException', Cause: 'Lambda resource is not ready.' } },
      '1-2': { Throw: { Error: 'Lambda.TimeoutException', Cause: 'Lambda timed out.' } },
      '3': { Return: { StatusCode: 200, Payload: { StatusCode: 200, body: 'Hello from Lambda!' } } },
    },
  },
};

const lambdaOk = { raw: { StatusCode: 200, Payload: { StatusCode: 200, body: 'Hello from Lambda!' } } };
const notReady = { throws: { error: 'Lambda.ResourceNotReadyException', cause: 'Lambda resource is not ready.' } };
const timedOut = { throws: { error: 'Lambda.TimeoutException', cause: 'Lambda timed out.' } };

/** A file with one state machine M, one test case T mocking state S with response R = `set`. */
function withResponseSet(set: unknown): unknown {
  return { StateMachines: { M: { TestCases: { T: { S: 'R' } } } }, MockedResponses: { R: set } };
}

function mockConfigError(run: () => unknown): MockConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof MockConfigError) return error;
    throw error;
  }
  throw new Error('expected a MockConfigError, but nothing was thrown');
}

describe('parseMockConfigFile', () => {
  it('reads the AWS documentation example: names checked, ranges expanded to one response per invocation', () => {
    const file = parseMockConfigFile(docExample);
    expect(file.stateMachines.get('LambdaSQSIntegration')?.get('RetryPath')).toEqual(
      new Map([
        ['LambdaState', 'MockedLambdaRetry'],
        ['SQSState', 'MockedSQSSuccess'],
      ]),
    );
    expect(file.responses.get('MockedLambdaRetry')).toEqual([notReady, timedOut, timedOut, lambdaOk]);
    expect(file.fileName).toBeUndefined();
  });

  it('shares one response object across the invocations of a range', () => {
    const retry = parseMockConfigFile(docExample).responses.get('MockedLambdaRetry') ?? [];
    expect(retry[1]).toBe(retry[2]);
  });

  it('takes keys in any order: "0", "3", "1-2" is the same list as "0", "1-2", "3"', () => {
    const { MockedLambdaRetry: retry } = docExample.MockedResponses;
    const shuffled = {
      ...docExample,
      MockedResponses: { ...docExample.MockedResponses, MockedLambdaRetry: { '3': retry['3'], '0': retry['0'], '1-2': retry['1-2'] } },
    };
    expect(parseMockConfigFile(shuffled).responses.get('MockedLambdaRetry')).toEqual([notReady, timedOut, timedOut, lambdaOk]);
  });

  it('accepts the AWS doc field reference spelling "MockedResponse" without complaint', () => {
    const { MockedResponses, ...rest } = docExample;
    const file = parseMockConfigFile({ ...rest, MockedResponse: MockedResponses });
    expect(file.responses.get('MockedLambdaRetry')).toHaveLength(4);
  });

  it('reads JSON text and remembers the file name', () => {
    const file = parseMockConfigFile(JSON.stringify(docExample), 'MockConfigFile.json');
    expect(file.fileName).toBe('MockConfigFile.json');
    expect(file.responses.get('MockedSQSSuccess')).toEqual([{ raw: docExample.MockedResponses.MockedSQSSuccess['0'].Return }]);
  });

  it('hands Return over as written, whatever JSON it is (a .waitForTaskToken mock returns a bare string)', () => {
    const file = parseMockConfigFile(
      withResponseSet({ '0': { Return: 'string-literal' }, '1': { Return: null }, '2': { Return: [1, { a: true }] } }),
    );
    expect(file.responses.get('R')).toEqual([{ raw: 'string-literal' }, { raw: null }, { raw: [1, { a: true }] }]);
  });

  it('copies an object source: later changes to it do not reach the parsed file', () => {
    const source = { '0': { Return: { n: 1 } } };
    const file = parseMockConfigFile(withResponseSet(source));
    source['0'].Return.n = 2;
    expect(file.responses.get('R')).toEqual([{ raw: { n: 1 } }]);
  });

  it('accepts an unused response and a test case that mocks nothing (every task then calls the real service)', () => {
    const file = parseMockConfigFile({
      StateMachines: { M: { TestCases: { Nothing: {} } } },
      MockedResponses: { Unused: { '0': { Return: 1 } } },
    });
    expect(file.stateMachines.get('M')?.get('Nothing')?.size).toBe(0);
  });
});

describe('parseMockConfigFile rejects a malformed file with one MockConfigError naming the location and the fix', () => {
  it('a gap between invocation numbers', () => {
    const error = mockConfigError(() =>
      parseMockConfigFile(withResponseSet({ '0': { Return: 1 }, '3': { Return: 2 } }), 'MockConfigFile.json'),
    );
    expect(error.location).toBe('MockedResponses.R["3"]');
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file MockConfigFile.json (1 problem):
        MockedResponses.R["3"]: expected the next response to begin at invocation 1 ("0" ends at 0), but this one begins at 3, so invocations 1-2 would have no response; add "1-2" or renumber this entry to start at 1"
    `);
  });

  it('numbering that does not start at 0', () => {
    const error = mockConfigError(() => parseMockConfigFile(withResponseSet({ '1-2': { Return: 1 } })));
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file (1 problem):
        MockedResponses.R["1-2"]: starts at invocation 1, but invocations count from 0 and each needs a response; add "0" or renumber this entry to start at 0"
    `);
  });

  it('overlapping ranges', () => {
    const error = mockConfigError(() =>
      parseMockConfigFile(withResponseSet({ '0-2': { Return: 1 }, '1': { Return: 2 }, '3': { Return: 3 } })),
    );
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file (1 problem):
        MockedResponses.R["1"]: overlaps "0-2" at invocation 1; each invocation has exactly one response, so renumber one of them"
    `);
  });

  it('a reversed range', () => {
    const error = mockConfigError(() => parseMockConfigFile(withResponseSet({ '0': { Return: 1 }, '3-1': { Return: 2 } })));
    expect(error.location).toBe('MockedResponses.R["3-1"]');
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file (1 problem):
        MockedResponses.R["3-1"]: is a reversed range; write "1-3" (ranges are inclusive, lower number first)"
    `);
  });

  it('negative and non-numeric keys', () => {
    const error = mockConfigError(() => parseMockConfigFile(withResponseSet({ '-1': { Return: 1 }, first: { Return: 2 } })));
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file (2 problems):
        MockedResponses.R["-1"]: invocation numbers are zero-based and never negative; use "0" for the first invocation
        MockedResponses.R.first: is not an invocation number or range; use "n" or "from-to" with zero-based, inclusive invocation numbers, e.g. "0" or "1-2""
    `);
  });

  it('an invocation number too large to expand', () => {
    const error = mockConfigError(() => parseMockConfigFile(withResponseSet({ '0-100000': { Return: 1 } })));
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file (1 problem):
        MockedResponses.R["0-100000"]: reaches invocation 100000; sfn-sim accepts invocation numbers up to 99999"
    `);
  });

  it('a Throw without Error, or without Cause, or with a non-string Error', () => {
    const error = mockConfigError(() =>
      parseMockConfigFile(
        withResponseSet({
          '0': { Throw: { Cause: 'no error name' } },
          '1': { Throw: { Error: 'Lambda.TimeoutException' } },
          '2': { Throw: { Error: 42, Cause: 'a number' } },
          '3': { Throw: { Error: 'E', Cause: 'C', Retryable: true } },
        }),
      ),
    );
    expect(error.location).toBe('MockedResponses.R["0"].Throw');
    expect(error.problems.map((p) => p.location)).toEqual([
      'MockedResponses.R["0"].Throw',
      'MockedResponses.R["1"].Throw',
      'MockedResponses.R["2"].Throw.Error',
      'MockedResponses.R["3"].Throw.Retryable',
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file (4 problems):
        MockedResponses.R["0"].Throw: is missing "Error"; add the error name that Retry and Catch match, e.g. "Error": "Lambda.TimeoutException"
        MockedResponses.R["1"].Throw: is missing "Cause"; Step Functions Local requires it: add "Cause": "<text>" (it may be "")
        MockedResponses.R["2"].Throw.Error: expected a string (the error name that Retry and Catch match), received a number (42)
        MockedResponses.R["3"].Throw.Retryable: unknown key; a Throw holds only "Error" and "Cause""
    `);
  });

  it('an entry with both Return and Throw, with neither, or with a misspelled key', () => {
    const error = mockConfigError(() =>
      parseMockConfigFile(
        withResponseSet({
          '0': { Return: 1, Throw: { Error: 'E', Cause: 'C' } },
          '1': {},
          '2': { Returns: 1 },
          '3': 'ok',
        }),
      ),
    );
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file (4 problems):
        MockedResponses.R["0"]: has both "Return" and "Throw"; keep one (an invocation either returns or throws)
        MockedResponses.R["1"]: has neither "Return" nor "Throw"; write {"Return": <json>} or {"Throw": {"Error": "<error name>", "Cause": "<text>"}}
        MockedResponses.R["2"].Returns: unknown key (did you mean "Return"?); an entry holds exactly one of "Return" or "Throw"
        MockedResponses.R["3"]: expected {"Return": <json>} or {"Throw": {"Error": "<error name>", "Cause": "<text>"}}, received a string ("ok")"
    `);
  });

  it('a test case naming a response that does not exist, with a suggestion when one is close', () => {
    const error = mockConfigError(() =>
      parseMockConfigFile(
        {
          ...docExample,
          StateMachines: {
            LambdaSQSIntegration: { TestCases: { RetryPath: { LambdaState: 'MockedLambdaRety', SQSState: 'SqsOk', 'Other State': 7 } } },
          },
        },
        'MockConfigFile.json',
      ),
    );
    expect(error.location).toBe('StateMachines.LambdaSQSIntegration.TestCases.RetryPath.LambdaState');
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file MockConfigFile.json (3 problems):
        StateMachines.LambdaSQSIntegration.TestCases.RetryPath.LambdaState: no mocked response named "MockedLambdaRety" in "MockedResponses" (did you mean "MockedLambdaRetry"?); add it there or fix the name
        StateMachines.LambdaSQSIntegration.TestCases.RetryPath.SQSState: no mocked response named "SqsOk" in "MockedResponses"; add it there, or use one of: "MockedLambdaSuccess", "MockedSQSSuccess", "MockedLambdaRetry"
        StateMachines.LambdaSQSIntegration.TestCases.RetryPath["Other State"]: expected the name of an entry in "MockedResponses" (a string), received a number (7)"
    `);
  });

  it('unknown keys at the top level and in a state machine', () => {
    const error = mockConfigError(() =>
      parseMockConfigFile({ StateMachines: { M: { TestCase: {}, Comment: 'x' } }, MockResponses: {}, MockedResponses: {} }),
    );
    expect(error.problems).toHaveLength(4);
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file (4 problems):
        StateMachines.M.TestCase: unknown key (did you mean "TestCases"?); a state machine holds only "TestCases"
        StateMachines.M.Comment: unknown key; a state machine holds only "TestCases"
        StateMachines.M: has no "TestCases"; add "TestCases": {"<TestCaseName>": {"<StateName>": "<MockedResponseName>"}}
        MockResponses: unknown key (did you mean "MockedResponses"?); the top level holds only "StateMachines" and "MockedResponses""
    `);
  });

  it('missing sections, and both spellings of the responses section at once', () => {
    expect(mockConfigError(() => parseMockConfigFile({})).message).toMatchInlineSnapshot(`
      "Invalid mock config file (2 problems):
        StateMachines: is missing; add "StateMachines": {"<StateMachineName>": {"TestCases": {"<TestCaseName>": {"<StateName>": "<MockedResponseName>"}}}}
        MockedResponses: is missing; add "MockedResponses": {"<MockedResponseName>": {"0": {"Return": <json>}}}"
    `);
    expect(mockConfigError(() => parseMockConfigFile({ StateMachines: {}, MockedResponses: {}, MockedResponse: {} })).message)
      .toMatchInlineSnapshot(`
      "Invalid mock config file (1 problem):
        MockedResponse: duplicates "MockedResponses" (the AWS doc's spelling of the same section); move its entries into "MockedResponses""
    `);
  });

  it('sections and entries of the wrong type', () => {
    const error = mockConfigError(() =>
      parseMockConfigFile({
        StateMachines: { A: [], B: { TestCases: 'none' }, C: { TestCases: { T: 'S' } } },
        MockedResponses: { R: [], E: {} },
      }),
    );
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file (5 problems):
        StateMachines.A: expected {"TestCases": {"<TestCaseName>": {"<StateName>": "<MockedResponseName>"}}}, received an array
        StateMachines.B.TestCases: expected an object of test case name → {"<StateName>": "<MockedResponseName>"}, received a string ("none")
        StateMachines.C.TestCases.T: expected an object of Task state name → mocked response name, received a string ("S")
        MockedResponses.R: expected an object of invocation number ("0", "1-2") → {"Return": <json>} or {"Throw": {"Error": "<error name>", "Cause": "<text>"}}, received an array
        MockedResponses.E: has no responses; add "0": {"Return": <json>} for the first invocation"
    `);
  });

  it('a file that is not an object, or not JSON', () => {
    expect(mockConfigError(() => parseMockConfigFile([], 'MockConfigFile.json')).message).toMatchInlineSnapshot(`
      "Invalid mock config file MockConfigFile.json (1 problem):
        (top level): expected a JSON object (or its JSON text), received an array; a mock config file is a JSON object {"StateMachines": {...}, "MockedResponses": {...}}"
    `);
    expect(mockConfigError(() => parseMockConfigFile(42)).message).toMatchInlineSnapshot(`
      "Invalid mock config file (1 problem):
        (top level): expected a JSON object (or its JSON text), received a number (42); a mock config file is a JSON object {"StateMachines": {...}, "MockedResponses": {...}}"
    `);
    const notJson = mockConfigError(() => parseMockConfigFile('{"StateMachines": ', 'MockConfigFile.json'));
    expect(notJson.location).toBe('(top level)');
    expect(notJson.message).toMatch(
      /^Invalid mock config file MockConfigFile\.json \(1 problem\):\n {2}\(top level\): is not valid JSON \(/,
    );
  });

  it('a Return that is not JSON data (a file given as an object can hold anything)', () => {
    const error = mockConfigError(() =>
      parseMockConfigFile(
        withResponseSet({ '0': { Return: { when: new Date(0), n: Number.NaN, f: () => 1 } }, '1': { Return: undefined } }),
      ),
    );
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid mock config file (4 problems):
        MockedResponses.R["0"].Return.when: is not JSON data (an object); use plain objects, arrays, strings, numbers, booleans and null
        MockedResponses.R["0"].Return.n: is not JSON data (NaN); use a finite number or a string
        MockedResponses.R["0"].Return.f: is not JSON data (a function); use plain objects, arrays, strings, numbers, booleans and null
        MockedResponses.R["1"].Return: is not JSON data (undefined); use plain objects, arrays, strings, numbers, booleans and null"
    `);
  });

  it('is an Error named MockConfigError that lists every problem with its location', () => {
    const error = mockConfigError(() => parseMockConfigFile(withResponseSet({ '0': { Return: 1 }, '2': { Throw: {} } })));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MockConfigError');
    expect(error.problems.map((p) => p.location)).toEqual([
      'MockedResponses.R["2"].Throw',
      'MockedResponses.R["2"].Throw',
      'MockedResponses.R["2"]',
    ]);
  });
});

describe('mockConfigTestCase', () => {
  const file = parseMockConfigFile(docExample, 'MockConfigFile.json');

  it('gives each mocked state its responses, one per invocation; unmocked states are absent', () => {
    expect(mockConfigTestCase(file, 'LambdaSQSIntegration', 'RetryPath')).toEqual(
      new Map<string, MockResponse[]>([
        ['LambdaState', [notReady, timedOut, timedOut, lambdaOk]],
        ['SQSState', [{ raw: docExample.MockedResponses.MockedSQSSuccess['0'].Return }]],
      ]),
    );
    expect([...mockConfigTestCase(file, 'LambdaSQSIntegration', 'HybridPath').keys()]).toEqual(['LambdaState']);
  });

  it('names the test cases there are when the test case is unknown', () => {
    const error = mockConfigError(() => mockConfigTestCase(file, 'LambdaSQSIntegration', 'HappyPth'));
    expect(error.location).toBe('StateMachines.LambdaSQSIntegration.TestCases');
    expect(error.message).toMatchInlineSnapshot(
      `"MockConfigFile.json: StateMachines.LambdaSQSIntegration.TestCases: no test case "HappyPth" for state machine "LambdaSQSIntegration" (did you mean "HappyPath"?); test cases: "HappyPath", "RetryPath", "HybridPath""`,
    );
    expect(mockConfigError(() => mockConfigTestCase(file, 'LambdaSQSIntegration', 'Sad')).message).toMatchInlineSnapshot(
      `"MockConfigFile.json: StateMachines.LambdaSQSIntegration.TestCases: no test case "Sad" for state machine "LambdaSQSIntegration"; test cases: "HappyPath", "RetryPath", "HybridPath""`,
    );
  });

  it('names the state machines there are when the state machine is unknown, and explains that an ARN is not a name', () => {
    expect(mockConfigError(() => mockConfigTestCase(file, 'LambdaSqsIntegration', 'HappyPath')).message).toMatchInlineSnapshot(
      `"MockConfigFile.json: StateMachines: no state machine "LambdaSqsIntegration" (did you mean "LambdaSQSIntegration"?); state machines: "LambdaSQSIntegration""`,
    );
    const arn = 'arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration';
    expect(mockConfigError(() => mockConfigTestCase(file, arn, 'HappyPath')).message).toMatchInlineSnapshot(
      `"MockConfigFile.json: StateMachines: no state machine "arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration"; state machines: "LambdaSQSIntegration"; "StateMachines" keys are state machine names, not ARNs (parseTestCaseSelector takes the name out of an ARN)"`,
    );
  });

  describe('with the Task states of the definition (taskResources)', () => {
    const lambdaArn = 'arn:aws:lambda:us-east-1:111111111111:function:HelloWorld';

    it('gives a state with a bare Lambda function ARN only the Payload of each Return, as Step Functions Local does', () => {
      const responses = mockConfigTestCase(file, 'LambdaSQSIntegration', 'RetryPath', {
        taskResources: new Map([
          ['LambdaState', lambdaArn],
          ['SQSState', 'arn:aws:states:::sqs:sendMessage'],
        ]),
      });
      expect(responses.get('LambdaState')).toEqual([
        notReady,
        timedOut,
        timedOut,
        { raw: { StatusCode: 200, body: 'Hello from Lambda!' } },
      ]);
      expect(responses.get('SQSState')).toEqual([{ raw: docExample.MockedResponses.MockedSQSSuccess['0'].Return }]);
    });

    it('leaves Return whole for lambda:invoke and every other integration', () => {
      const responses = mockConfigTestCase(file, 'LambdaSQSIntegration', 'HappyPath', {
        taskResources: new Map([
          ['LambdaState', 'arn:aws:states:::lambda:invoke'],
          ['SQSState', 'arn:aws:states:::sqs:sendMessage'],
        ]),
      });
      expect(responses.get('LambdaState')).toEqual([lambdaOk]);
    });

    it('keeps one shared object per range after taking the Payload', () => {
      const ranged = parseMockConfigFile(withResponseSet({ '0-2': { Return: { Payload: { n: 1 } } } }));
      const list = mockConfigTestCase(ranged, 'M', 'T', { taskResources: new Map([['S', lambdaArn]]) }).get('S') ?? [];
      expect(list).toEqual([{ raw: { n: 1 } }, { raw: { n: 1 } }, { raw: { n: 1 } }]);
      expect(list[0]).toBe(list[2]);
    });

    it('rejects a bare Lambda ARN Return without Payload, and a mocked state that is not a Task state of the definition', () => {
      const bad = parseMockConfigFile(
        {
          StateMachines: { M: { TestCases: { T: { Charge: 'Charged', Shipp: 'Shipped' } } } },
          MockedResponses: { Charged: { '0-1': { Return: { charged: true } } }, Shipped: { '0': { Return: {} } } },
        },
        'MockConfigFile.json',
      );
      const error = mockConfigError(() =>
        mockConfigTestCase(bad, 'M', 'T', {
          taskResources: new Map([
            ['Charge', lambdaArn],
            ['Ship', 'arn:aws:states:::sqs:sendMessage'],
          ]),
        }),
      );
      expect(error.message).toMatchInlineSnapshot(`
        "Invalid mock config file MockConfigFile.json (2 problems):
          MockedResponses.Charged["0-1"].Return: the state's Resource is a Lambda function ARN (arn:aws:lambda:us-east-1:111111111111:function:HelloWorld), so Step Functions Local reads Return as the Invoke response and hands the state its "Payload", but this Return is an object without "Payload"; write {"Return": {"StatusCode": 200, "Payload": <the function's result>}}
          StateMachines.M.TestCases.T.Shipp: no Task state named "Shipp" in the state machine (did you mean "Ship"?); only Task states can be mocked, by their exact name"
      `);
    });
  });
});

describe('mockConfigTaskResult', () => {
  it('takes the Payload for a bare Lambda function ARN (also a qualified one) and nothing else', () => {
    const invoke = { StatusCode: 200, Payload: { ok: true } };
    expect(mockConfigTaskResult('arn:aws:lambda:us-east-1:111111111111:function:f', invoke)).toEqual({ ok: true });
    expect(mockConfigTaskResult('arn:aws:lambda:us-east-1:111111111111:function:f:prod', invoke)).toEqual({ ok: true });
    expect(mockConfigTaskResult('arn:aws:states:::lambda:invoke', invoke)).toBe(invoke);
    expect(mockConfigTaskResult('arn:aws:states:::lambda:invoke.waitForTaskToken', 'done')).toBe('done');
  });

  it('rejects a bare Lambda ARN Return that is not an Invoke response', () => {
    expect(
      mockConfigError(() => mockConfigTaskResult('arn:aws:lambda:us-east-1:111111111111:function:f', 'done')).message,
    ).toMatchInlineSnapshot(
      `"invalid mocked Return: the state's Resource is a Lambda function ARN (arn:aws:lambda:us-east-1:111111111111:function:f), so Step Functions Local reads Return as the Invoke response and hands the state its "Payload", but this Return is a string ("done"); write {"Return": {"StatusCode": 200, "Payload": <the function's result>}}"`,
    );
  });
});

describe('parseTestCaseSelector', () => {
  it('splits a state machine ARN and the test case after "#"', () => {
    expect(parseTestCaseSelector('arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration#HappyPath')).toEqual({
      stateMachineName: 'LambdaSQSIntegration',
      testCase: 'HappyPath',
    });
  });

  it('takes a bare name, a version or alias ARN, and no test case', () => {
    expect(parseTestCaseSelector('LocalTesting#RetryOnServiceExceptionTest')).toEqual({
      stateMachineName: 'LocalTesting',
      testCase: 'RetryOnServiceExceptionTest',
    });
    expect(parseTestCaseSelector('arn:aws-cn:states:cn-north-1:123456789012:stateMachine:Orders:prod#T')).toEqual({
      stateMachineName: 'Orders',
      testCase: 'T',
    });
    expect(parseTestCaseSelector('Orders')).toEqual({ stateMachineName: 'Orders', testCase: undefined });
  });

  it('rejects an empty test case or name, and an ARN that is not a state machine', () => {
    expect(mockConfigError(() => parseTestCaseSelector('Orders#')).message).toMatchInlineSnapshot(
      `"invalid test case selector "Orders#": nothing after "#"; write <state machine ARN or name>#<TestCaseName>"`,
    );
    expect(mockConfigError(() => parseTestCaseSelector('#HappyPath')).message).toMatchInlineSnapshot(
      `"invalid test case selector "#HappyPath": no state machine name before "#"; write <state machine ARN or name>#<TestCaseName>"`,
    );
    expect(
      mockConfigError(() => parseTestCaseSelector('arn:aws:states:us-east-1:123456789012:execution:Orders:run-1#T')).message,
    ).toMatchInlineSnapshot(
      `"invalid test case selector "arn:aws:states:us-east-1:123456789012:execution:Orders:run-1#T": not a state machine ARN; write arn:aws:states:<region>:<account>:stateMachine:<Name>#<TestCaseName>, or <Name>#<TestCaseName>"`,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The corpus: real mock files with their definitions and outcomes, read from ../shared at test time.

function findMockFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => /(^|[/\\])MockConfigFile[^/\\]*\.json$/.test(p))
    .map((p) => join(dir, p))
    .sort();
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

/** What a file entry should become, written independently of the parser. */
function expectedResponse(entry: JsonObject): MockResponse {
  if ('Return' in entry) return { raw: entry['Return'] as Json };
  const thrown = entry['Throw'] as JsonObject;
  return { throws: { error: thrown['Error'] as string, cause: thrown['Cause'] as string } };
}

/** Every Task state at any depth: name → Resource. */
function taskResourcesOf(definition: JsonObject, out = new Map<string, string>()): Map<string, string> {
  for (const [name, state] of Object.entries(definition['States'] as JsonObject)) {
    const s = state as JsonObject;
    if (s['Type'] === 'Task') out.set(name, s['Resource'] as string);
    for (const branch of (s['Branches'] as JsonObject[] | undefined) ?? []) taskResourcesOf(branch, out);
    const processor = (s['ItemProcessor'] ?? s['Iterator']) as JsonObject | undefined;
    if (processor !== undefined) taskResourcesOf(processor, out);
  }
  return out;
}

const SKIPPED_BY_LOCALSTACK = ['SdkHttpMetadata', 'SdkResponseMetadata', 'ExecutedVersion'];

/** The outputs of the succeeded task events in a recorded history, without the fields a mock cannot reproduce. */
function succeededOutputs(snapshot: JsonObject): Json[] {
  const events = ((snapshot['content'] as JsonObject)['get_execution_history'] as JsonObject)['events'] as JsonObject[];
  return events.flatMap((event) => {
    const details = (event['taskSucceededEventDetails'] ?? event['lambdaFunctionSucceededEventDetails']) as JsonObject | undefined;
    if (details === undefined) return [];
    const output = details['output'] as Json;
    if (typeof output !== 'object' || output === null || Array.isArray(output)) return [output];
    return [Object.fromEntries(Object.entries(output).filter(([k]) => !SKIPPED_BY_LOCALSTACK.includes(k))) as Json];
  });
}

describe.skipIf(!haveCorpus)(
  haveCorpus
    ? 'the Step Functions Local corpus (../shared/corpus/mockconfig)'
    : 'the corpus: SKIPPED, ../shared/corpus/mockconfig not found next to the repo',
  () => {
    const files = haveCorpus ? findMockFiles(corpusDir) : [];
    const load = (dir: string, name = 'MockConfigFile.json'): MockConfigFile => {
      const path = join(corpusDir, dir, name);
      return parseMockConfigFile(readFileSync(path, 'utf8'), relative(corpusDir, path));
    };

    it('holds the mock files this suite expects', () => {
      expect(files.length).toBeGreaterThanOrEqual(20);
    });

    it.each(files.map((f) => [relative(corpusDir, f), f]))('%s parses, and every test case expands to the entries it names', (_, path) => {
      const source = readJson(path) as JsonObject;
      const file = parseMockConfigFile(readFileSync(path, 'utf8'), path);
      const mocked = source['MockedResponses'] as JsonObject;
      for (const [name, set] of Object.entries(mocked)) {
        const list = file.responses.get(name) ?? [];
        let length = 0;
        for (const [key, entry] of Object.entries(set as JsonObject)) {
          const [from, to = from] = key.split('-').map(Number) as [number, number?];
          for (let i = from; i <= to; i++) expect(list[i], `${name}[${i}]`).toEqual(expectedResponse(entry as JsonObject));
          length = Math.max(length, to + 1);
        }
        expect(list, name).toHaveLength(length);
      }
      for (const [machineName, machine] of Object.entries(source['StateMachines'] as JsonObject)) {
        for (const [caseName, testCase] of Object.entries((machine as JsonObject)['TestCases'] as JsonObject)) {
          const responses = mockConfigTestCase(file, machineName, caseName);
          expect([...responses.keys()]).toEqual(Object.keys(testCase as JsonObject));
          for (const [state, responseName] of Object.entries(testCase as JsonObject)) {
            expect(responses.get(state)).toBe(file.responses.get(responseName as string));
          }
        }
      }
    });

    it('RetryPath (AWS docs): ResourceNotReady, then Timeout twice, then the Lambda response', () => {
      const file = load('lambda-sqs-integration');
      const lambda = mockConfigTestCase(file, 'LambdaSQSIntegration', 'RetryPath').get('LambdaState');
      expect(lambda).toEqual([notReady, timedOut, timedOut, lambdaOk]);
      // the generated variant writes the keys "0", "3", "1-2"
      const generated = load('lambda-sqs-integration', 'MockConfigFile.kenfdev-generated.json');
      expect(mockConfigTestCase(generated, 'LambdaSQSIntegration', 'RetryPath').get('LambdaState')).toEqual(lambda);
    });

    it('HybridPath mocks only LambdaState, so SQSState calls the real service', () => {
      const hybrid = mockConfigTestCase(load('lambda-sqs-integration'), 'LambdaSQSIntegration', 'HybridPath');
      expect([...hybrid.keys()]).toEqual(['LambdaState']);
    });

    it('sales lead: "0-3" fails the first try and all 3 retries; "0-2" then "3" succeeds on the last retry', () => {
      for (const name of ['MockConfigFile.json', 'MockConfigFile.variantB.json', 'MockConfigFile.kenfdev-generated.json']) {
        const file = load('sales-lead-LocalTesting', name);
        const identity = mockConfigTestCase(file, 'LocalTesting', 'CustomValidationFailedCatchTest').get('Check Identity');
        const failed = { throws: { error: 'CustomValidationError', cause: 'Check Identity Validation Failed' } };
        expect(identity).toEqual([failed, failed, failed, failed]);
        const sentiment = mockConfigTestCase(file, 'LocalTesting', 'RetryOnServiceExceptionTest').get('DetectSentiment') ?? [];
        expect(sentiment.map((r) => ('throws' in r ? r.throws.error : 'Return'))).toEqual([
          'InternalServerException',
          'InternalServerException',
          'InternalServerException',
          'Return',
        ]);
      }
    });

    const cases = haveCorpus
      ? (
          readJson(join(corpusDir, 'localstack-validated/cases.json')) as {
            cases: { dir: string; stateMachineName: string; testCase: string }[];
          }
        ).cases
      : [];

    it.each(cases.map((c) => [c.dir, c]))('localstack-validated/%s: every mocked state is a Task state of its definition', (_, c) => {
      const definition = readJson(join(corpusDir, 'localstack-validated', c.dir, 'definition.asl.json')) as JsonObject;
      const file = load(join('localstack-validated', c.dir));
      const responses = mockConfigTestCase(file, c.stateMachineName, c.testCase, { taskResources: taskResourcesOf(definition) });
      expect(responses.size).toBeGreaterThan(0);
    });

    // the recorded AWS histories whose task outputs carry no placeholders: the mocked result must be what AWS returned
    it.each([
      'lambda_invoke_resource_arn',
      'lambda_service_invoke',
      'numbered_responses_repeat_until_loop',
      'parallel_state_lambda',
      'dynamodb_put_get_item',
    ])('localstack-validated/%s: each mocked result is a task output AWS recorded', (dir) => {
      const base = join(corpusDir, 'localstack-validated', dir);
      const definition = readJson(join(base, 'definition.asl.json')) as JsonObject;
      const responses = mockConfigTestCase(load(join('localstack-validated', dir)), 'mocked_state_machine', 'TestCaseName', {
        taskResources: taskResourcesOf(definition),
      });
      const outputs = succeededOutputs(readJson(join(base, 'expected.snapshot.json')) as JsonObject);
      for (const list of responses.values()) {
        for (const response of list) expect(outputs).toContainEqual('raw' in response ? response.raw : undefined);
      }
    });

    it('a bare Lambda ARN gets the Payload: lambda_invoke_resource_arn yields {"body": "string body"}, as AWS recorded', () => {
      const definition = readJson(join(corpusDir, 'localstack-validated/lambda_invoke_resource_arn/definition.asl.json')) as JsonObject;
      const responses = mockConfigTestCase(
        load('localstack-validated/lambda_invoke_resource_arn'),
        'mocked_state_machine',
        'TestCaseName',
        {
          taskResources: taskResourcesOf(definition),
        },
      );
      expect(responses.get('step1')).toEqual([{ raw: { body: 'string body' } }]);
    });

    it('a .waitForTaskToken mock returns the bare string given to SendTaskSuccess', () => {
      const responses = mockConfigTestCase(load('localstack-validated/sqs_wait_for_task_token'), 'mocked_state_machine', 'TestCaseName');
      expect(responses.get('SendMessageWithWait')).toEqual([{ raw: 'string-literal' }]);
    });
  },
);
