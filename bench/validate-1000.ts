// Scenario v (sfn-sim's own, not in the shared manifest): validating a 1,000-state definition.
// sfn-sim compiles its ajv schemas once per process, so every validation after the first only walks
// the definition. The peer validates (asl-validator) on every `new StateMachine(...)`, so its
// construction time is the comparable figure.

export const VALIDATE_ID = 'v';
export const VALIDATE_STATES = 1_000;
/** The target: a 1,000-state definition validates in under 20 ms after the first time. */
export const VALIDATE_TARGET_MS = 20;

interface EngineModule {
  readonly validateStateMachine: (definition: unknown, options?: { type?: 'STANDARD' | 'EXPRESS' }) => { result: 'OK' | 'FAIL' };
}

interface PeerModule {
  readonly StateMachine: new (definition: never) => unknown;
}

export interface ValidateResult {
  readonly firstMs: number;
  readonly afterFirstMs: number;
  readonly result: 'OK' | 'FAIL';
  readonly peerMs: number | null;
  readonly peerError: string | null;
}

/**
 * A realistic mix repeated to 1,000 states: Lambda Tasks with Retry and Catch, Parameters with paths
 * and intrinsics, Choice rules, Waits, Pass states with ResultPath, and a JSONata Pass every tenth state.
 */
export function thousandStateDefinition(): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  const name = (i: number): string => `Step${String(i).padStart(4, '0')}`;
  for (let i = 0; i < VALIDATE_STATES - 1; i++) {
    const next = name(i + 1);
    switch (i % 5) {
      case 0:
        states[name(i)] = {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: {
            FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:work',
            'Payload.$': '$',
            'id.$': "States.Format('{}-{}', $.id, $$.Execution.Name)",
          },
          ResultSelector: { 'body.$': '$.Payload' },
          ResultPath: '$.last',
          Retry: [
            {
              ErrorEquals: ['Lambda.TooManyRequestsException', 'Lambda.ServiceException'],
              IntervalSeconds: 2,
              MaxAttempts: 3,
              BackoffRate: 2,
            },
          ],
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' }],
          Next: next,
        };
        break;
      case 1:
        states[name(i)] = {
          Type: 'Choice',
          Choices: [
            {
              And: [
                { Variable: '$.last.body.ok', IsPresent: true },
                { Variable: '$.last.body.ok', BooleanEquals: true },
              ],
              Next: next,
            },
            { Variable: '$.count', NumericGreaterThanEquals: 10, Next: 'Failed' },
          ],
          Default: next,
        };
        break;
      case 2:
        states[name(i)] = { Type: 'Wait', SecondsPath: '$.delay', Next: next };
        break;
      case 3:
        states[name(i)] =
          i % 10 === 3
            ? { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $merge([$states.input, {"step": ' + i + '}]) %}', Next: next }
            : {
                Type: 'Pass',
                Parameters: { 'items.$': '$.items[?(@.price > 10)]', 'n.$': 'States.ArrayLength($.items)' },
                ResultPath: '$.pass',
                Next: next,
              };
        break;
      default:
        states[name(i)] = { Type: 'Pass', Result: { step: i }, ResultPath: '$.result', Next: next };
    }
  }
  states[name(VALIDATE_STATES - 1)] = { Type: 'Succeed' };
  states['Failed'] = { Type: 'Fail', Error: 'Bench.Failed', Cause: 'a step failed' };
  return { Comment: 'Scenario v: 1,000 states', StartAt: name(0), States: states };
}

export async function runValidate(engine: EngineModule, peer: PeerModule | null, runs = 20): Promise<ValidateResult> {
  const definition = thousandStateDefinition();
  let started = performance.now();
  const first = engine.validateStateMachine(definition);
  const firstMs = performance.now() - started;
  started = performance.now();
  for (let i = 0; i < runs; i++) engine.validateStateMachine(definition);
  const afterFirstMs = (performance.now() - started) / runs;
  let peerMs: number | null = null;
  let peerError: string | null = null;
  if (peer !== null) {
    try {
      new peer.StateMachine(definition as never);
      const peerRuns = 5;
      started = performance.now();
      for (let i = 0; i < peerRuns; i++) new peer.StateMachine(definition as never);
      peerMs = (performance.now() - started) / peerRuns;
    } catch (e) {
      peerError = (e as Error).message.split('\n')[0] ?? 'error';
    }
  }
  return { firstMs, afterFirstMs, result: first.result, peerMs, peerError };
}

export function formatValidate(r: ValidateResult): string[] {
  const peer =
    r.peerMs !== null
      ? `${r.peerMs.toFixed(1)} ms per construction (validates every time)`
      : `did not construct: ${r.peerError ?? 'not available'}`;
  return [
    `[${VALIDATE_ID}] validate-1000-states (sfn-sim's own scenario: schema + semantic checks + path/intrinsic/JSONata syntax)`,
    `  sfn-sim validateStateMachine:  first ${r.firstMs.toFixed(1)} ms (compiles the schemas), then ${r.afterFirstMs.toFixed(2)} ms each; result ${r.result}`,
    `  aws-local-stepfunctions:       ${peer}`,
  ];
}
