// The conformance runner's replay mocks (scripts/conformance/replay-mocks.ts), checked on hand-made
// histories with a stand-in engine, without the shared corpus.
import { describe, expect, it } from 'vitest';
import type { ConformanceCase } from '../../scripts/conformance/cases.js';
import {
  buildReplayPlan,
  NEVER_SECONDS,
  recordedPayload,
  recordedText,
  replayDefinition,
  replayMocks,
  type ReplayMockEngine,
} from '../../scripts/conformance/replay-mocks.js';

type Event = Record<string, unknown> & { type: string };

/** Numbers events 1…n, each pointing at `prev[i]` (default: the event before). */
function numbered(events: Event[], prev: Record<number, number> = {}): Event[] {
  return events.map((e, i) => ({ ...e, id: i + 1, previousEventId: prev[i + 1] ?? i }));
}
const entered = (name: string): Event => ({ type: 'TaskStateEntered', stateEnteredEventDetails: { name, input: {} } });
const ev = (type: string, details: Record<string, unknown> = {}): Event => {
  const key = `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;
  return { type, [key]: details };
};

function caseWith(history: Event[], extra: Partial<ConformanceCase> = {}): ConformanceCase {
  return { id: 'x', definition: { StartAt: 'A', States: {} }, expected: { status: 'SUCCEEDED', history }, needs: ['sqs'], ...extra };
}

class FakeStatesError extends Error {
  constructor(
    readonly error: string | null,
    readonly causeText: string | null,
  ) {
    super(`${error ?? 'null'}: ${causeText ?? ''}`);
  }
}
const engine: ReplayMockEngine = { StatesError: FakeStatesError, afterSeconds: (seconds, value) => ({ seconds, value }) };

describe('replay plan', () => {
  it('reads one response per attempt: outputs, errors, timeouts, submitted answers', () => {
    const history = numbered([
      { type: 'ExecutionStarted' },
      entered('Send'),
      ev('TaskScheduled', { resource: 'sendMessage.waitForTaskToken' }),
      ev('TaskStarted'),
      ev('TaskSubmitted', { output: { MessageId: '<uuid:1>', SdkHttpMetadata: {} } }),
      ev('TaskFailed', { error: 'Boom', cause: { a: 1 } }),
      ev('TaskScheduled'),
      ev('TaskStarted'),
      ev('TaskSubmitted', { output: { MessageId: '<uuid:2>', SdkHttpMetadata: {} } }),
      ev('TaskTimedOut', { error: 'States.Timeout' }),
      ev('TaskScheduled'),
      ev('TaskStarted'),
      ev('TaskSucceeded', { output: '"HelloWorld"' }),
      { type: 'TaskStateExited', stateExitedEventDetails: { name: 'Send' } },
    ]);
    const plan = buildReplayPlan(caseWith(history));
    expect(plan.attribution).toBe('ids');
    expect(plan.byState.get('Send')?.map((a) => [a.family, a.outcome, a.submitted])).toEqual([
      ['Task', { kind: 'error', error: 'Boom', cause: '{"a":1}' }, { MessageId: '<uuid:1>', SdkHttpMetadata: {} }],
      ['Task', { kind: 'timeout' }, { MessageId: '<uuid:2>', SdkHttpMetadata: {} }],
      ['Task', { kind: 'result', value: 'HelloWorld' }, undefined],
    ]);
    const { mocks, taskHandlers } = replayMocks(plan, engine);
    expect(taskHandlers).toEqual({});
    expect(mocks['Send']).toEqual([
      { throws: { error: 'Boom', cause: '{"a":1}' }, submitted: { MessageId: '<uuid:1>', SdkHttpMetadata: {} } },
      { raw: null, afterSeconds: NEVER_SECONDS, submitted: { MessageId: '<uuid:2>', SdkHttpMetadata: {} } },
      { raw: 'HelloWorld' },
    ]);
  });

  it('attributes interleaved Parallel branches through previousEventId chains', () => {
    // 1 Started, 2 ParallelEntered, 3 A entered, 4 B entered, 5 B scheduled, 6 A scheduled, 7 A ok, 8 B failed
    const history = numbered(
      [
        { type: 'ExecutionStarted' },
        { type: 'ParallelStateEntered', stateEnteredEventDetails: { name: 'P' } },
        entered('A'),
        entered('B'),
        ev('TaskScheduled'),
        ev('TaskScheduled'),
        ev('TaskSucceeded', { output: { from: 'A' } }),
        ev('TaskFailed', { error: 'B.Error' }),
      ],
      { 3: 2, 4: 2, 5: 4, 6: 3, 7: 6, 8: 5 },
    );
    const plan = buildReplayPlan(caseWith(history));
    expect(plan.attribution).toBe('ids');
    expect(plan.byState.get('A')?.map((a) => a.outcome)).toEqual([{ kind: 'result', value: { from: 'A' } }]);
    expect(plan.byState.get('B')?.map((a) => a.outcome)).toEqual([{ kind: 'error', error: 'B.Error', cause: null }]);
  });

  it('falls back to event order where LocalStack zeroed the ids of a re-sorted block', () => {
    const zero = (e: Event): Event => ({ ...e, id: 0, previousEventId: 0 });
    const history = [
      { type: 'ExecutionStarted', id: 1, previousEventId: 0 },
      zero(entered('A')),
      zero(entered('B')),
      zero(ev('TaskScheduled')),
      zero(ev('TaskScheduled')),
      zero(ev('TaskSucceeded', { output: { n: 1 } })),
      zero(ev('TaskSucceeded', { output: { n: 2 } })),
    ];
    const plan = buildReplayPlan(caseWith(history));
    expect(plan.attribution).toBe('order');
    expect(plan.byState.get('A')?.map((a) => a.outcome)).toEqual([{ kind: 'result', value: { n: 1 } }]);
    expect(plan.byState.get('B')?.map((a) => a.outcome)).toEqual([{ kind: 'result', value: { n: 2 } }]);
  });

  it('reads activity and bare Lambda attempts, and attempts with no outcome (aborted)', () => {
    const history = numbered([
      { type: 'ExecutionStarted' },
      entered('Act'),
      ev('ActivityScheduled', { resource: 'activity_arn' }),
      ev('ActivityStarted'),
      ev('ActivitySucceeded', { output: { ok: true } }),
      entered('Fn'),
      ev('LambdaFunctionScheduled'),
      ev('LambdaFunctionStarted'),
      { type: 'TaskStateAborted' },
    ]);
    const plan = buildReplayPlan(caseWith(history));
    expect(plan.byState.get('Act')?.map((a) => [a.family, a.outcome])).toEqual([['Activity', { kind: 'result', value: { ok: true } }]]);
    expect(plan.byState.get('Fn')?.map((a) => [a.family, a.outcome])).toEqual([['LambdaFunction', { kind: 'pending' }]]);
    expect(replayMocks(plan, engine).mocks['Fn']).toEqual([{ raw: null, afterSeconds: NEVER_SECONDS }]);
  });

  it('answers a failure with no error name through a handler throwing StatesError(null, null)', () => {
    const history = numbered([
      { type: 'ExecutionStarted' },
      entered('Wait'),
      ev('TaskScheduled'),
      ev('TaskStarted'),
      ev('TaskSubmitted', { output: { MessageId: 'm' } }),
      ev('TaskFailed', { resource: 'sendMessage.waitForTaskToken', resourceType: 'sqs' }),
    ]);
    const { mocks, taskHandlers } = replayMocks(buildReplayPlan(caseWith(history)), engine);
    expect(mocks).toEqual({});
    const handler = taskHandlers['Wait'];
    expect(handler).toBeTypeOf('function');
    let thrown: unknown;
    try {
      handler?.({ invocation: 0 });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FakeStatesError);
    expect(thrown).toMatchObject({ error: null, causeText: null });
    expect(() => handler?.({ invocation: 1 })).toThrow(/1 attempt\(s\) of "Wait"/);
  });

  it('has nothing to replay without a recorded history', () => {
    const plan = buildReplayPlan({ ...caseWith([]), expected: { status: 'SUCCEEDED', history: null } });
    expect(plan).toEqual({ byState: new Map(), attribution: 'none' });
  });
});

describe('recorded values', () => {
  it('parses JSON texts the snapshot kept as strings, and keeps objects', () => {
    expect(recordedPayload('"HelloWorld"')).toBe('HelloWorld');
    expect(recordedPayload('[1,2]')).toEqual([1, 2]);
    expect(recordedPayload('null')).toBeNull();
    expect(recordedPayload({ a: 1 })).toEqual({ a: 1 });
    expect(recordedPayload('not json')).toBe('not json');
  });

  it('writes a parsed cause back verbatim when the recording holds its text, else as compact JSON', () => {
    expect(recordedText({ a: 1, b: [2] }, ['{"x": 0}', '{"a": 1, "b": [2]}'])).toBe('{"a": 1, "b": [2]}');
    expect(recordedText({ a: 1 })).toBe('{"a":1}');
    expect(recordedText('text')).toBe('text');
    expect(recordedText(undefined)).toBeNull();
  });
});

describe('replay definition', () => {
  it('turns a Resource the snapshot replaced by a literal into an ARN of the recorded kind', () => {
    const definition = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'Act', States: { Act: { Type: 'Task', Resource: 'activity_arn', End: true } } }],
          End: true,
        },
        Other: { Type: 'Task', Resource: 'unlisted', End: true },
      },
    };
    const history = numbered([{ type: 'ExecutionStarted' }, entered('Act'), ev('ActivityScheduled'), ev('ActivityStarted')]);
    const c = caseWith(history, { definition, meta: { normalizers: [{ kind: 'regex_literal', replacement: 'activity_arn' }] } });
    const out = replayDefinition(c, buildReplayPlan(c), '111111111111') as typeof definition;
    expect(out.States.P.Branches[0]?.States.Act.Resource).toBe('arn:aws:states:us-east-1:111111111111:activity:activity_arn');
    expect(out.States.Other.Resource).toBe('unlisted');
    expect(definition.States.P.Branches[0]?.States.Act.Resource).toBe('activity_arn');
  });
});
