import { describe, expect, it } from 'vitest';
import { costOf } from '../../src/cost/cost-of.js';
import { StateMachine } from '../../src/index.js';

describe('expressLimitations', () => {
  it('flags .waitForTaskToken, .sync and activities, naming the state', async () => {
    const machine = new StateMachine(
      {
        StartAt: 'Approve',
        States: {
          Approve: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
            Parameters: { QueueUrl: 'q', MessageBody: { 'token.$': '$$.Task.Token' } },
            Next: 'Build',
          },
          Build: { Type: 'Task', Resource: 'arn:aws:states:::codebuild:startBuild.sync', Parameters: { ProjectName: 'p' }, Next: 'Review' },
          Review: { Type: 'Task', Resource: 'arn:aws:states:us-east-1:123456789012:activity:review', End: true },
        },
      },
      { mocks: { Approve: { returns: {} }, Build: { returns: {} }, Review: { returns: {} } } },
    );
    const cost = costOf(await machine.run({}), machine);
    expect(cost.express.runnable).toBe(false);
    expect(cost.express.limitations.map((l) => l.message)).toMatchInlineSnapshot(`
      [
        "Approve uses arn:aws:states:::sqs:sendMessage.waitForTaskToken (wait for a callback); Express workflows support Request Response only",
        "Build uses arn:aws:states:::codebuild:startBuild.sync (Run a Job); Express workflows support Request Response only",
        "Review runs an activity (arn:aws:states:us-east-1:123456789012:activity:review); Express workflows have no activities",
      ]
    `);
  });

  it('flags a run that timed out at the 5-minute Express limit', async () => {
    const machine = new StateMachine({ StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 600, End: true } } }, { type: 'EXPRESS' });
    const cost = costOf(await machine.run({}), machine);
    expect(cost.express.limitations).toEqual([
      { kind: 'duration', message: 'the run timed out at the 5-minute Express limit: it needs longer than Express allows' },
    ]);
  });

  it('accepts a run of exactly 5 minutes, and request-response integrations', async () => {
    const machine = new StateMachine(
      {
        StartAt: 'Send',
        States: {
          Send: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sqs:sendMessage',
            Parameters: { QueueUrl: 'q', MessageBody: 'm' },
            Next: 'Hold',
          },
          Hold: { Type: 'Wait', Seconds: 300, End: true },
        },
      },
      { mocks: { Send: { returns: {} } } },
    );
    expect(costOf(await machine.run({}), machine).express.runnable).toBe(true);
  });

  it("leaves a distributed Map's children out: they have their own type", async () => {
    const machine = new StateMachine(
      {
        StartAt: 'Fan',
        States: {
          Fan: {
            Type: 'Map',
            ItemProcessor: {
              ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
              StartAt: 'Build',
              States: {
                Build: {
                  Type: 'Task',
                  Resource: 'arn:aws:states:::codebuild:startBuild.sync',
                  Parameters: { ProjectName: 'p' },
                  End: true,
                },
              },
            },
            End: true,
          },
        },
      },
      { mocks: { Build: { returns: {} } } },
    );
    expect(costOf(await machine.run([1]), machine).express.limitations.map((l) => l.message)).toEqual([
      'Fan is a distributed Map, which only a Standard workflow can run',
    ]);
  });
});
