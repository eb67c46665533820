import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { StateMachine, type ExecutionResult } from '../../src/index.js';
import { historySnapshot } from '../../matchers/index.js';
import { rejected, shipped, timedOut } from './executions.js';

/** A callback task: its token travels in the parameters, the Context object's ids in the input. */
async function callback(): Promise<ExecutionResult> {
  const machine = new StateMachine(
    {
      StartAt: 'Approve',
      States: {
        Approve: {
          Type: 'Task',
          Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
          Parameters: {
            QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/approvals',
            MessageBody: {
              'token.$': '$$.Task.Token',
              'execution.$': '$$.Execution.Id',
              'at.$': '$$.State.EnteredTime',
              'asOf.$': '$.asOf',
            },
          },
          End: true,
        },
      },
    },
    { mocks: { Approve: { returns: { approved: true }, afterSeconds: 90 } }, region: 'eu-west-1', accountId: '111122223333' },
  );
  return machine.run({ asOf: '2020-05-01T00:00:00.000Z' }, { seed: 7 });
}

describe('historySnapshot', () => {
  it('prints one header per event (id, virtual time, type, state) and its details, one per line', async () => {
    expect(historySnapshot(await timedOut())).toMatchInlineSnapshot(`
      #1   +00:00:00.000  ExecutionStarted
             input: {}
             roleArn: arn:aws:iam::<account>:role/StepFunctions-StateMachine-role
      #2   +00:00:00.000  WaitStateEntered  Hold  ← #0
             input: {}
      #3   +00:01:00.000  ExecutionTimedOut
    `);
  });

  it('replaces ARN accounts and regions, UUIDs, task tokens and the run’s timestamps; keeps dates from the data', async () => {
    expect(historySnapshot(await callback())).toMatchInlineSnapshot(`
      #1   +00:00:00.000  ExecutionStarted
             input: {"asOf":"2020-05-01T00:00:00.000Z"}
             roleArn: arn:aws:iam::<account>:role/StepFunctions-StateMachine-role
      #2   +00:00:00.000  TaskStateEntered  Approve  ← #0
             input: {"asOf":"2020-05-01T00:00:00.000Z"}
      #3   +00:00:00.000  TaskScheduled
             resourceType: sqs
             resource: sendMessage.waitForTaskToken
             region: <region>
             parameters: {"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/approvals","MessageBody":{"token":"<token-1>","execution":"arn:aws:states:<region>:<account>:execution:StateMachine:<uuid-1>","at":"<t+00:00:00.000>","asOf":"2020-05-01T00:00:00.000Z"}}
      #4   +00:00:00.000  TaskStarted
             resourceType: sqs
             resource: sendMessage.waitForTaskToken
      #5   +00:00:00.000  TaskSubmitted
             resourceType: sqs
             resource: sendMessage.waitForTaskToken
             output: {"SdkHttpMetadata":"<omitted>","SdkResponseMetadata":"<omitted>"}
      #6   +00:01:30.000  TaskSucceeded
             resourceType: sqs
             resource: sendMessage.waitForTaskToken
             output: {"approved":true}
      #7   +00:01:30.000  TaskStateExited  Approve
             output: {"approved":true}
      #8   +00:01:30.000  ExecutionSucceeded
             output: {"approved":true}
    `);
  });

  it('gives the same text for runs that differ only in seed, region and account', async () => {
    const a = await callback();
    const b = await new StateMachine(
      {
        StartAt: 'Approve',
        States: {
          Approve: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
            Parameters: {
              QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/approvals',
              MessageBody: {
                'token.$': '$$.Task.Token',
                'execution.$': '$$.Execution.Id',
                'at.$': '$$.State.EnteredTime',
                'asOf.$': '$.asOf',
              },
            },
            End: true,
          },
        },
      },
      { mocks: { Approve: { returns: { approved: true }, afterSeconds: 90 } } },
    ).run({ asOf: '2020-05-01T00:00:00.000Z' }, { seed: 99 });
    expect(historySnapshot(b).text).toBe(historySnapshot(a).text);
  });
});

describe('toMatchHistorySnapshot', () => {
  it('passes when the history matches the stored snapshot (written on the first run)', async () => {
    expect(await rejected()).toMatchHistorySnapshot();
  });

  it('fails when the history changed, with vitest’s diff of the two texts', () => {
    // a child vitest run compares a rejected order with the stored shipped one (stale-snapshot/), so the
    // expected failure is not counted as a failed snapshot of this run
    const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
    const run = spawnSync(process.execPath, [vitest, 'run', '--root', fileURLToPath(new URL('stale-snapshot/', import.meta.url))], {
      encoding: 'utf8',
      env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' },
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(1);
    expect(output).toContain('Snapshot `compares the history with the stored one 1` mismatched');
    expect(output).toContain('- #23  +00:00:00.000  TaskSucceeded');
    expect(output).toContain('+ #23  +00:00:00.000  TaskFailed');
    expect(output).toContain('+        error: Lambda.TooManyRequestsException');
  });

  it('.not is refused, as vitest refuses it on every snapshot matcher', async () => {
    const execution = await shipped();
    expect(() => expect(execution).not.toMatchHistorySnapshot()).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toMatchHistorySnapshot(): snapshots cannot be negated (there is nothing to store or update). To check that a run differs from another, compare historySnapshot(a).text with historySnapshot(b).text, or assert on the path with .not.toHaveTakenPath([...]).]`,
    );
  });

  it('throws a usage error for something that is not an execution', () => {
    expect(() => expect({ history: [] }).toMatchHistorySnapshot()).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: toMatchHistorySnapshot() checks an sfn-sim execution (what StateMachine.run() resolves to); received an object with keys history.]`,
    );
  });
});
