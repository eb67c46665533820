import { describe, expect, it } from 'vitest';
import { StateMachine } from '../../../src/index.js';
import { executionModel } from '../../../matchers/support/execution-model.js';
import { receivedPath, visitRows } from '../../../matchers/support/report.js';

describe('receivedPath', () => {
  it('indents what ran inside each Map item and Parallel branch under its state, deeper scopes further, and cuts long lists', async () => {
    const machine = new StateMachine({
      StartAt: 'Items',
      States: {
        Items: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: {
            StartAt: 'Fan',
            States: {
              Fan: {
                Type: 'Parallel',
                Branches: [
                  { StartAt: 'Ship', States: { Ship: { Type: 'Pass', End: true } } },
                  { StartAt: 'Bill', States: { Bill: { Type: 'Pass', Next: 'File' }, File: { Type: 'Pass', End: true } } },
                ],
                End: true,
              },
            },
          },
          Next: 'Done',
        },
        Done: { Type: 'Succeed' },
      },
    });
    const execution = await machine.run({ items: [1, 2, 3, 4, 5, 6, 7, 8] });
    expect(receivedPath(executionModel(execution)).join('\n')).toMatchInlineSnapshot(`
      "  Items → Done
          Items[0]: Fan
            Items[0].Fan#0: Ship
            Items[0].Fan#1: Bill → File
          Items[1]: Fan
            Items[1].Fan#0: Ship
            Items[1].Fan#1: Bill → File
          Items[2]: Fan
            Items[2].Fan#0: Ship
            Items[2].Fan#1: Bill → File
          Items[3]: Fan
            Items[3].Fan#0: Ship
            Items[3].Fan#1: Bill → File
          Items[4]: Fan
            Items[4].Fan#0: Ship
            Items[4].Fan#1: Bill → File
          Items[5]: Fan
            Items[5].Fan#0: Ship
            Items[5].Fan#1: Bill → File
          … 2 more (see execution.path)"
    `);
  });
});

describe('visitRows', () => {
  it('keeps the first and last events of a long visit and counts the rest', async () => {
    const machine = new StateMachine(
      {
        StartAt: 'Poll',
        States: {
          Poll: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: 'poll' },
            Retry: [{ ErrorEquals: ['NotReady'], IntervalSeconds: 1, BackoffRate: 1, MaxAttempts: 20 }],
            End: true,
          },
        },
      },
      {
        mocks: {
          Poll: [
            ...Array.from({ length: 15 }, () => ({ throws: { error: 'NotReady', cause: 'still running' } })),
            { returns: { done: true } },
          ],
        },
      },
    );
    const model = executionModel(await machine.run({}));
    const poll = model.visits[0];
    if (poll === undefined) throw new Error('no visit');
    expect(visitRows(model, poll).join('\n')).toMatchInlineSnapshot(`
      "  #5   TaskFailed  NotReady  "still running"   t=+00:00:00.000
        #6   retried after 1 s (attempt 2)           t=+00:00:01.000
        #8   TaskFailed  NotReady  "still running"   t=+00:00:01.000
        #9   retried after 1 s (attempt 3)           t=+00:00:02.000
        #11  TaskFailed  NotReady  "still running"   t=+00:00:02.000
        #12  retried after 1 s (attempt 4)           t=+00:00:03.000
        … 21 more events (see execution.history)
        #45  retried after 1 s (attempt 15)          t=+00:00:14.000
        #47  TaskFailed  NotReady  "still running"   t=+00:00:14.000
        #48  retried after 1 s (attempt 16)          t=+00:00:15.000
        #50  TaskSucceeded                           t=+00:00:15.000
        #51  TaskStateExited                         t=+00:00:15.000"
    `);
  });
});
