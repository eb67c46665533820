/**
 * End to end over ../shared/corpus/mockconfig: every example × mock file × test case runs through
 * `new StateMachine(definition, { mockConfig })`, and the outcome is held to what the corpus says the upstream
 * tests expected (expected.json / cases.json / the READMEs) or what AWS and Step Functions Local recorded
 * (expected.snapshot.json, observed/*.json). Expected values are read from the corpus at test time, never from
 * our own output.
 */
import { applySubstitutions } from '../../src/asl/load/substitutions.js';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DefinitionError, StateMachine, UsageError, type HistoryEvent } from '../../src/index.js';
import {
  alignParallelRuns,
  asRecords,
  comparableHistory,
  dropSkippedPaths,
  isRecord,
  localStackParallelTransform,
  numberedAsSfnLocal,
  parallelStateNames,
  readJson,
  resolvePlaceholders,
  snapshotValueOf,
  toSnapshotEvent,
  withMinimumRetryIntervals,
  type JsonRecord,
  type JsonValue,
} from './mock-config-corpus-helpers.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = resolve(repoRoot, '../shared/corpus/mockconfig');
const haveCorpus = existsSync(corpusDir);

const corpus = (...parts: string[]) => join(corpusDir, ...parts);
const record = (value: JsonValue | undefined): JsonRecord => (isRecord(value) ? value : {});

/** What a test case's mock file answers for a state: the list of its MockedResponses entries by key. */
function mockEntries(file: JsonRecord, machine: string, testCase: string, state: string): JsonRecord {
  const cases = record(record(record(file['StateMachines'])[machine])['TestCases']);
  const responseName = record(cases[testCase])[state] as string;
  return record(record(file['MockedResponses'])[responseName]);
}
const returned = (entry: JsonValue | undefined) => record(entry)['Return'];
const thrown = (entry: JsonValue | undefined) => {
  const t = record(record(entry)['Throw']);
  return { error: t['Error'], cause: t['Cause'] };
};

function detailsOf(event: HistoryEvent | undefined): Record<string, unknown> {
  if (event === undefined) return {};
  for (const [key, value] of Object.entries(event)) if (key.endsWith('EventDetails') && isRecord(value)) return value;
  return {};
}
const parsedOutput = (event: HistoryEvent | undefined) => JSON.parse(String(detailsOf(event)['output'])) as unknown;
const named = (history: readonly HistoryEvent[], type: string, name: string) =>
  history.filter((e) => e.type === type && detailsOf(e)['name'] === name);

function failureOf(event: HistoryEvent | undefined) {
  const d = detailsOf(event);
  return { error: d['error'], cause: d['cause'] };
}

describe.skipIf(!haveCorpus)(
  haveCorpus
    ? 'the mock-config corpus, end to end (../shared/corpus/mockconfig)'
    : 'the mock-config corpus, end to end: SKIPPED, ../shared/corpus/mockconfig not found next to the repo',
  () => {
    // ---------------------------------------------------------------------------------------------------------------
    describe('lambda-sqs-integration (LambdaSQSIntegration)', () => {
      const dir = 'lambda-sqs-integration';
      const expected = haveCorpus ? record(readJson(corpus(dir, 'expected.json'))) : {};
      const testCases = record(expected['testCases']);
      const machineName = String(expected['stateMachineName'] ?? 'LambdaSQSIntegration');

      interface Variant {
        label: string;
        definition: string;
        mockFile: string;
        /** expected.json "input": {} for LocalStack's AWS-docs copy and kenfdev, {"data": "test input"} for the pytest suite. */
        input: JsonValue;
        /** The test cases the mock file defines. */
        testCases: string[];
        /** Names the definition gives the two tasks. */
        lambdaState: string;
        sqsState: string;
        patchIntervals?: boolean;
        /** ASL-REFERENCE §8.3 (the AWS doc's text for this definition): retries after 2 s, 4 s and 8 s of backoff. */
        retryDelaysSeconds?: number[];
      }
      const variants: Variant[] = [
        {
          label: 'AWS docs copy (definition.asl.json + MockConfigFile.json)',
          definition: 'definition.asl.json',
          mockFile: 'MockConfigFile.json',
          input: {},
          testCases: ['HappyPath', 'RetryPath', 'HybridPath'],
          lambdaState: 'LambdaState',
          sqsState: 'SQSState',
        },
        {
          label: 'serverless-test-samples (definition + MockConfigFile.serverless-test-samples.json)',
          definition: 'definition.serverless-test-samples.asl.json',
          mockFile: 'MockConfigFile.serverless-test-samples.json',
          input: { data: 'test input' },
          testCases: ['HappyPath', 'RetryPath', 'HybridPath'],
          lambdaState: 'LambdaState',
          sqsState: 'SQSState',
          retryDelaysSeconds: [2, 4, 8],
        },
        {
          // AWS rejects IntervalSeconds 0 (ASL-REFERENCE §5: 1–99999999; tested below), so the CDK synth runs with 1.
          label: 'kenfdev CDK variant, IntervalSeconds 0 -> 1 (+ MockConfigFile.kenfdev-generated.json, keys "0","3","1-2")',
          definition: 'definition.kenfdev-cdk-variant.asl.json',
          mockFile: 'MockConfigFile.kenfdev-generated.json',
          input: {},
          testCases: ['HappyPath', 'RetryPath'],
          lambdaState: 'LambdaState',
          sqsState: 'SqsState',
          patchIntervals: true,
        },
      ];

      const machineFor = (v: Variant, testCase: string, unmockedTasks?: 'passthrough') => {
        const raw = readJson(corpus(dir, v.definition));
        const definition = v.patchIntervals === true ? withMinimumRetryIntervals(raw) : raw;
        return new StateMachine(definition, {
          stateMachineName: machineName,
          mockConfig: { file: readJson(corpus(dir, v.mockFile)), testCase },
          ...(unmockedTasks === undefined ? {} : { unmockedTasks }),
        });
      };

      it('the CDK variant as synthesised (IntervalSeconds 0) is rejected, as AWS rejects it', () => {
        expect(() => new StateMachine(readJson(corpus(dir, 'definition.kenfdev-cdk-variant.asl.json')))).toThrow(DefinitionError);
        expect(() => new StateMachine(readJson(corpus(dir, 'definition.kenfdev-cdk-variant.asl.json')))).toThrow(/IntervalSeconds/);
      });

      describe.each(variants.map((v) => [v.label, v] as const))('%s', (_, v) => {
        const file = haveCorpus ? record(readJson(corpus(dir, v.mockFile))) : {};
        const lambdaMock = (tc: string) => mockEntries(file, machineName, tc, v.lambdaState);

        it.runIf(v.testCases.includes('HappyPath'))('#HappyPath: SUCCEEDED with the SQS response; 12 events as listed', async () => {
          const tc = record(testCases['HappyPath']);
          const result = await machineFor(v, 'HappyPath').run(v.input);
          expect(result.status).toBe(tc['expectedStatus']);
          expect(result.output).toEqual(tc['expectedOutput']);
          expect(result.history.map((e) => e.type)).toEqual(tc['expectedEventTypes']);
          // LocalStack: events[4] is TaskSucceeded with the mocked Lambda response; the last event is ExecutionSucceeded
          expect(result.history[4]?.type).toBe('TaskSucceeded');
          expect(parsedOutput(result.history[4])).toEqual(returned(lambdaMock('HappyPath')['0']));
          expect(result.history.at(-1)?.type).toBe('ExecutionSucceeded');
          // pytest: exactly 2 TaskSucceeded, and TaskStateExited for both states
          expect(result.history.filter((e) => e.type === 'TaskSucceeded')).toHaveLength(2);
          expect(named(result.history, 'TaskStateExited', v.lambdaState)).toHaveLength(1);
          expect(named(result.history, 'TaskStateExited', v.sqsState)).toHaveLength(1);
        });

        it.runIf(v.testCases.includes('RetryPath'))(
          '#RetryPath: "0" ResourceNotReady, "1-2" Timeout, "3" returns; TaskFailed at 4, 7, 10, TaskSucceeded at 13',
          async () => {
            const tc = record(testCases['RetryPath']);
            const retry = lambdaMock('RetryPath');
            const result = await machineFor(v, 'RetryPath').run(v.input);
            expect(result.status).toBe(tc['expectedStatus']);
            expect(result.output).toEqual(tc['expectedOutput']);
            const types = result.history.map((e) => e.type);
            const byIndex = record(tc['expectedEventTypes(0-based index)']);
            for (const [index, type] of Object.entries(byIndex)) expect(types[Number(index)], `events[${index}]`).toBe(type);
            expect(result.history).toHaveLength(Math.max(...Object.keys(byIndex).map(Number)) + 1);
            // LocalStack: each attempt is Scheduled/Started/(Failed|Succeeded), with the mocked error and cause
            expect(failureOf(result.history[4])).toEqual(thrown(retry['0']));
            expect(failureOf(result.history[7])).toEqual(thrown(retry['1-2']));
            expect(failureOf(result.history[10])).toEqual(thrown(retry['1-2']));
            expect(parsedOutput(result.history[13])).toEqual(returned(retry['3']));
            // pytest: 3 TaskFailed in all, 1 ResourceNotReady + 2 Timeout; TaskStateExited for both states
            const failed = result.history.filter((e) => e.type === 'TaskFailed').map((e) => detailsOf(e)['error']);
            expect(failed).toEqual(['Lambda.ResourceNotReadyException', 'Lambda.TimeoutException', 'Lambda.TimeoutException']);
            expect(named(result.history, 'TaskStateExited', v.lambdaState)).toHaveLength(1);
            expect(named(result.history, 'TaskStateExited', v.sqsState)).toHaveLength(1);
            if (v.retryDelaysSeconds !== undefined) {
              const scheduled = result.history.filter((e) => e.type === 'TaskScheduled').map((e) => e.timestamp.getTime());
              const gaps = scheduled.slice(1, 4).map((t, i) => (t - (scheduled[i] as number)) / 1000);
              expect(gaps).toEqual(v.retryDelaysSeconds);
            }
          },
        );

        if (v.testCases.includes('HybridPath')) {
          const hybridMocksSqs = Object.keys(
            record(record(record(record(file['StateMachines'])[machineName])['TestCases'])['HybridPath']),
          ).includes(v.sqsState);
          if (hybridMocksSqs) {
            it('#HybridPath (this file also mocks SQSState, so nothing is hybrid): SUCCEEDED, both states exited', async () => {
              const result = await machineFor(v, 'HybridPath').run(v.input);
              expect(result.status).toBe(record(testCases['HybridPath'])['expectedStatus']);
              expect(named(result.history, 'TaskStateExited', v.lambdaState)).toHaveLength(1);
              expect(named(result.history, 'TaskStateExited', v.sqsState)).toHaveLength(1);
            });
          } else {
            // Step Functions Local would call the real SQS for the unmocked state. A deterministic simulator
            // must not: by default the run stops with a UsageError naming the state.
            it('#HybridPath, default policy: the unmocked SQSState is reported as having no mock', async () => {
              await expect(machineFor(v, 'HybridPath').run(v.input)).rejects.toThrow(UsageError);
              await expect(machineFor(v, 'HybridPath').run(v.input)).rejects.toThrow(
                new RegExp(`"${v.sqsState}" \\(arn:aws:states:::sqs:sendMessage\\) has no mock`),
              );
            });

            // With passthrough the "real service" is the identity, which still lets us check what LocalStack
            // checks: events[4] is the mocked Lambda success, the run SUCCEEDS, and SQS is sent exactly one
            // message whose body is the Lambda result.
            it('#HybridPath, unmockedTasks passthrough: SUCCEEDED, events[4] the mocked Lambda, one SQS message with the Lambda result', async () => {
              const result = await machineFor(v, 'HybridPath', 'passthrough').run(v.input);
              const lambdaResult = returned(lambdaMock('HybridPath')['0']);
              expect(result.status).toBe(record(testCases['HybridPath'])['expectedStatus']);
              expect(result.history[4]?.type).toBe('TaskSucceeded');
              expect(parsedOutput(result.history[4])).toEqual(lambdaResult);
              const sent = result.calls.filter((c) => c.stateName === v.sqsState);
              expect(sent).toHaveLength(1);
              expect(record(sent[0]?.input as JsonValue)['MessageBody']).toEqual(lambdaResult);
            });
          }
        }
      });
    });

    // ---------------------------------------------------------------------------------------------------------------
    describe('sales-lead-LocalTesting (LocalTesting)', () => {
      const dir = 'sales-lead-LocalTesting';
      const expected = haveCorpus ? record(readJson(corpus(dir, 'expected.json'))) : {};
      const testCases = record(expected['testCases']);
      const machineName = String(expected['stateMachineName'] ?? 'LocalTesting');
      // "Every suite uses sfn_valid_input.json for all five test cases."
      const input = haveCorpus ? readJson(corpus(dir, 'events/sfn_valid_input.json')) : {};

      interface Variant {
        label: string;
        definition: string;
        mockFile: string;
        /** A substring of the expected.json `expectedOutput` key for this mock file. */
        outputKey: string;
        patchIntervals?: boolean;
      }
      const variants: Variant[] = [
        {
          label: 'SAM definition + MockConfigFile.json (A)',
          definition: 'definition.asl.json',
          mockFile: 'MockConfigFile.json',
          outputKey: '(A)',
        },
        {
          label: 'SAM definition + MockConfigFile.variantB.json',
          definition: 'definition.asl.json',
          mockFile: 'MockConfigFile.variantB.json',
          outputKey: 'variantB',
        },
        {
          label: 'kenfdev CDK variant, IntervalSeconds 0 -> 1 (+ MockConfigFile.kenfdev-generated.json)',
          definition: 'definition.kenfdev-cdk-variant.asl.json',
          mockFile: 'MockConfigFile.kenfdev-generated.json',
          outputKey: 'kenfdev-generated',
          patchIntervals: true,
        },
      ];
      const caseNames = Object.keys(testCases);

      const definitionOf = (v: Variant) => {
        // SFN Local passes the SAM `${...}` DefinitionSubstitutions through literally (every state using them
        // is mocked); sfn-sim refuses unresolved placeholders, so they are substituted with their own names
        const raw = applySubstitutions(readJson(corpus(dir, v.definition)), (p) => p.name).definition as ReturnType<typeof readJson>;
        return v.patchIntervals === true ? withMinimumRetryIntervals(raw) : raw;
      };
      /**
       * The run, and its history numbered as SFN Local numbers it (`numberedAsSfnLocal`): the event ids and counts
       * in expected.json come from SFN Local, which writes no TaskStateAborted for the Task whose failure ends a
       * Parallel branch. AWS and sfn-sim write one, so `removed` holds one event per failed Parallel.
       */
      const runCase = async (v: Variant, testCase: string) => {
        const result = await new StateMachine(definitionOf(v), {
          stateMachineName: machineName,
          mockConfig: { file: readJson(corpus(dir, v.mockFile)), testCase },
        }).run(input);
        const { events, removed } = numberedAsSfnLocal(result.history);
        expect(removed).toHaveLength(result.history.filter((e) => e.type === 'ParallelStateFailed').length);
        return { result, history: events };
      };

      it('the CDK variant as synthesised (IntervalSeconds 0) is rejected, as AWS rejects it', () => {
        expect(() => new StateMachine(readJson(corpus(dir, 'definition.kenfdev-cdk-variant.asl.json')))).toThrow(/IntervalSeconds/);
      });

      it('expected.json lists the five test cases', () => {
        expect(caseNames).toEqual([
          'HappyPathTest',
          'NegativeSentimentTest',
          'CustomValidationFailedCatchTest',
          'ValidationExceptionCatchTest',
          'RetryOnServiceExceptionTest',
        ]);
      });

      describe.each(variants.map((v) => [v.label, v] as const))('%s', (_, v) => {
        it.each(caseNames)('#%s: status, output, states entered, one exit of the final state, event count', async (name) => {
          const tc = record(testCases[name]);
          const { result, history } = await runCase(v, name);
          expect(result.status).toBe(tc['expectedStatus']);
          const outputs = record(tc['expectedOutput']);
          const outputKey = Object.keys(outputs).find((k) => k.includes(v.outputKey));
          expect(outputKey, `an expectedOutput entry for ${v.mockFile}`).toBeDefined();
          expect(result.output).toEqual(outputs[outputKey as string]);
          const path = tc['expectedPath(StateEntered order, observed)'] as string[];
          const entered = history.filter((e) => e.type.endsWith('StateEntered')).map((e) => detailsOf(e)['name']);
          expect(entered).toEqual(path);
          // every suite: exactly one TaskStateExited for the state the run ends in
          expect(named(history, 'TaskStateExited', path.at(-1) as string)).toHaveLength(1);
          expect(history).toHaveLength(record(tc['observedSfnLocal'])['totalEvents'] as number);
          expect(history.at(-1)?.type).toBe('ExecutionSucceeded');
        });

        it('#HappyPathTest: TaskStateExited(CustomerAddedToFollowup) is event 32 after 31, with the run output (README excerpt)', async () => {
          const tc = record(testCases['HappyPathTest']);
          const { history } = await runCase(v, 'HappyPathTest');
          const [exited] = named(history, 'TaskStateExited', 'CustomerAddedToFollowup');
          expect(exited?.id).toBe(record(tc['observedSfnLocal'])['CustomerAddedToFollowup.TaskStateExited.id']);
          expect(exited?.previousEventId).toBe(31); // README: "id 32, previousEventId 31"
          expect(parsedOutput(exited)).toEqual(parsedOutput(history.at(-1)));
        });

        it('#CustomValidationFailedCatchTest: "0-3" fails every attempt; Catch[0] hands {Error, Cause} to CustomValidationFailed', async () => {
          const tc = record(testCases['CustomValidationFailedCatchTest']);
          const observed = record(tc['observedSfnLocal']);
          const { history } = await runCase(v, 'CustomValidationFailedCatchTest');
          const [entered] = named(history, 'TaskStateEntered', 'CustomValidationFailed');
          // makefile: the input contains "Check Identity Validation Failed"; README: it is exactly {Error, Cause}
          expect(String(detailsOf(entered)['input'])).toContain('Check Identity Validation Failed');
          expect(JSON.parse(String(detailsOf(entered)['input']))).toEqual(record(tc['expectedStateInput'])['CustomValidationFailed']);
          const failed = history.filter((e) => e.type === 'TaskFailed');
          expect(failed.map((e) => failureOf(e))).toEqual(
            Array(4).fill({ error: 'CustomValidationError', cause: 'Check Identity Validation Failed' }),
          );
          expect(history.find((e) => e.type === 'ParallelStateFailed')?.id).toBe(observed['ParallelStateFailed.id']);
          // Observed ids 12, 15, 18, 21. The retries (1 s apart) come after both branches' instant-0 work in any
          // interleaving, so 15, 18, 21 hold exactly; where the first failure falls among the instant-0 events
          // of the two branches is the nondeterministic part (SFN Local logged Check Address first, id 12).
          const observedIds = observed['TaskFailed(Check Identity) ids'] as number[];
          expect(failed.slice(1).map((e) => e.id)).toEqual(observedIds.slice(1));
          const first = failed[0] as HistoryEvent;
          const parallelStarted = history.find((e) => e.type === 'ParallelStateStarted') as HistoryEvent;
          expect(first.id).toBeGreaterThan(parallelStarted.id);
          expect(first.id).toBeLessThanOrEqual(observedIds[0] as number);
          // it follows its own branch's chain: Entered(Check Identity) -> Scheduled -> Started -> Failed
          const byId = new Map(history.map((e) => [e.id, e]));
          const started = byId.get(first.previousEventId);
          const scheduled = byId.get(started?.previousEventId ?? -1);
          const branchEntered = byId.get(scheduled?.previousEventId ?? -1);
          expect([branchEntered?.type, scheduled?.type, started?.type]).toEqual(['TaskStateEntered', 'TaskScheduled', 'TaskStarted']);
          expect(detailsOf(branchEntered)['name']).toBe('Check Identity');
        });

        it('#ValidationExceptionCatchTest: CustomAddressValidationError is not retried; States.ALL hands {Error, Cause} to ValidationException', async () => {
          const tc = record(testCases['ValidationExceptionCatchTest']);
          const { history } = await runCase(v, 'ValidationExceptionCatchTest');
          const [entered] = named(history, 'TaskStateEntered', 'ValidationException');
          expect(String(detailsOf(entered)['input'])).toContain('Address Validation Exception');
          expect(JSON.parse(String(detailsOf(entered)['input']))).toEqual(record(tc['expectedStateInput'])['ValidationException']);
          expect(history.filter((e) => e.type === 'TaskFailed').map((e) => failureOf(e))).toEqual([
            { error: 'CustomAddressValidationError', cause: 'Address Validation Exception' },
          ]);
        });

        it('#RetryOnServiceExceptionTest: TaskFailed(InternalServerException) 19, 22, 25, then TaskSucceeded(comprehend:detectSentiment) 28', async () => {
          const observed = record(record(testCases['RetryOnServiceExceptionTest'])['observedSfnLocal']);
          const { history } = await runCase(v, 'RetryOnServiceExceptionTest');
          // The suites' filter. SFN Local records resourceType "aws-sdk" + resource "comprehend:detectSentiment";
          // AWS (ASL-REFERENCE §7.2) records "aws-sdk:comprehend" + "detectSentiment": compare the two joined.
          const resourceOf = (e: HistoryEvent) => `${String(detailsOf(e)['resourceType'])}:${String(detailsOf(e)['resource'])}`;
          const picked = history.filter(
            (e) =>
              (e.type === 'TaskFailed' && detailsOf(e)['error'] === 'InternalServerException') ||
              (e.type === 'TaskSucceeded' && resourceOf(e) === 'aws-sdk:comprehend:detectSentiment'),
          );
          expect(picked.map((e) => e.id)).toEqual([
            ...(observed['TaskFailed ids'] as number[]),
            observed['TaskSucceeded(comprehend:detectSentiment).id'],
          ]);
          expect(picked.map((e) => e.type)).toEqual(['TaskFailed', 'TaskFailed', 'TaskFailed', 'TaskSucceeded']);
          expect(picked.every((e) => resourceOf(e) === 'aws-sdk:comprehend:detectSentiment')).toBe(true);
        });
      });

      // The raw GetExecutionHistory output Step Functions Local wrote for the CDK variant with the generated mock
      // file: compared event by event outside the Parallel state, and as a multiset of (event, previous event in
      // its branch) inside it, where SFN Local's interleaving is nondeterministic.
      const observed = haveCorpus ? record(readJson(corpus(dir, 'observed/kenfdev.sfn-local-raw-histories.json'))) : {};
      const histories = ((observed['histories'] ?? []) as JsonRecord[]).map((h) => [String(h['testCase']), h] as const);
      const cdk = variants[2] as Variant;
      it.each(histories)('#%s: the history matches the raw Step Functions Local history, up to Parallel interleaving', async (name, h) => {
        const definition = record(definitionOf(cdk));
        const { parallels, branchStates } = parallelStateNames(definition);
        const { history } = await runCase(cdk, name);
        const ours = asRecords(history);
        const theirs = h['events'] as JsonRecord[];
        expect(ours).toHaveLength(theirs.length);
        expect(comparableHistory(ours, parallels, branchStates)).toEqual(comparableHistory(theirs, parallels, branchStates));
        // README: "Each branch's first TaskStateEntered has previousEventId equal to the ParallelStateStarted id."
        const parallelStarted = history.find((e) => e.type === 'ParallelStateStarted');
        for (const branchStart of ['Check Identity', 'Check Address']) {
          expect(named(history, 'TaskStateEntered', branchStart)[0]?.previousEventId).toBe(parallelStarted?.id);
        }
      });
    });

    // ---------------------------------------------------------------------------------------------------------------
    describe('localstack-validated (snapshots recorded against AWS)', () => {
      const dir = 'localstack-validated';
      interface Case {
        dir: string;
        stateMachineName: string;
        testCase: string;
        awsValidated: boolean;
        skipSnapshotVerify?: string[];
      }
      const cases = haveCorpus ? ((record(readJson(corpus(dir, 'cases.json')))['cases'] ?? []) as unknown as Case[]) : [];
      // The snapshots' role ARN reads arn:<partition>:iam::111111111111:role/..., and their definitions name
      // functions in account 111111111111.
      const accountId = '111111111111';

      const runCase = (c: Case) =>
        new StateMachine(readJson(corpus(dir, c.dir, 'definition.asl.json')), {
          stateMachineName: c.stateMachineName,
          accountId,
          mockConfig: { file: readJson(corpus(dir, c.dir, 'MockConfigFile.json')), testCase: c.testCase },
        }).run(readJson(corpus(dir, c.dir, 'input.json')));

      it('cases.json lists 14 cases, 13 of them validated against AWS', () => {
        expect(cases).toHaveLength(14);
        expect(cases.filter((c) => c.awsValidated)).toHaveLength(13);
      });

      const snapshotCases = cases.filter((c) => c.awsValidated).map((c) => [c.dir, c] as const);
      it.each(snapshotCases)(
        '%s (#TestCaseName): the history and outcome AWS recorded, minus the paths a mock cannot reproduce',
        async (_, c) => {
          const snapshot = record(record(readJson(corpus(dir, c.dir, 'expected.snapshot.json')))['content']);
          const recordedEvents = record(snapshot['get_execution_history'])['events'] as JsonRecord[];
          // For sqs_wait_for_task_token_task_failure LocalStack skips `$..events` because its mock mode omits
          // TaskSubmitted when a callback mock throws. The snapshot is AWS's history, so we hold sfn-sim to it,
          // leaving out only the TaskSubmitted output (the SQS response, which no mock file can supply).
          const skips = (c.skipSnapshotVerify ?? []).filter((p) => p.startsWith('$..'));
          const paths = skips.includes('$..events')
            ? ['$..SdkHttpMetadata', '$..SdkResponseMetadata', '$..ExecutedVersion', '$..events..taskSubmittedEventDetails.output']
            : skips;
          const result = await runCase(c);

          const last = recordedEvents.at(-1) as JsonRecord;
          expect(result.status).toBe(last['type'] === 'ExecutionSucceeded' ? 'SUCCEEDED' : 'FAILED');

          const want = dropSkippedPaths(
            recordedEvents.map(({ timestamp: _t, ...e }) => e),
            paths,
          ) as JsonValue[];
          const ours = dropSkippedPaths(localStackParallelTransform(result.history.map(toSnapshotEvent)), paths) as JsonValue[];
          const aligned = alignParallelRuns(want, ours);
          expect(aligned).toEqual(resolvePlaceholders(want, aligned));

          const recordedOutput = record(last['executionSucceededEventDetails'])['output'];
          if (
            result.status === 'SUCCEEDED' &&
            recordedOutput !== undefined &&
            !paths.includes('$..executionSucceededEventDetails.output')
          ) {
            const ourOutput = dropSkippedPaths(snapshotValueOf(result.output), paths);
            expect(ourOutput).toEqual(resolvePlaceholders(dropSkippedPaths(recordedOutput, paths), ourOutput));
          }
          const described = record(snapshot['describe_execution_response']);
          if (described['status'] !== undefined) {
            expect(result.status).toBe(described['status']);
            const ourOutput = dropSkippedPaths(snapshotValueOf(result.output), paths);
            expect(ourOutput).toEqual(resolvePlaceholders(dropSkippedPaths(described['output'] as JsonValue, paths), ourOutput));
          }
        },
      );

      // LocalStack-only (not validated against AWS): the test reads events[4] and events[7] as TaskFailed. The
      // Resource is a bare Lambda ARN, for which AWS writes LambdaFunction* events (lambda_invoke_resource_arn
      // above; ASL-REFERENCE §7.2), so we expect the same error and cause on LambdaFunctionFailed events there.
      const assertCases = cases.filter((c) => !c.awsValidated).map((c) => [c.dir, c] as const);
      it.each(assertCases)('%s (#TestCaseName, LocalStack-only asserts): attempts 0 and 1 fail, 2 returns; {"Retries":2}', async (_, c) => {
        const asserts = record(readJson(corpus(dir, c.dir, 'expected.asserts.json')));
        const result = await runCase(c);
        for (const index of [4, 7]) {
          const event = result.history[index];
          expect(event?.type, `events[${index}]`).toBe('LambdaFunctionFailed');
          expect(failureOf(event), `events[${index}]`).toEqual(asserts[`events[${index}].taskFailedEventDetails`]);
        }
        expect(result.history.at(-1)?.type).toBe(asserts['events[-1].type']);
        expect(detailsOf(result.history.at(-1))['output']).toBe(asserts['events[-1].executionSucceededEventDetails.output']);
      });
    });
  },
);
