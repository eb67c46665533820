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
  /** A new definition each time (other expression texts), so no parse is reused. */
  readonly freshMs: number;
  readonly result: 'OK' | 'FAIL';
  readonly peerMs: number | null;
  readonly peerError: string | null;
}

/**
 * A realistic mix repeated to 1,000 states: Lambda Tasks with Retry and Catch, Parameters with paths
 * and intrinsics, Choice rules, Waits, Pass states with ResultPath, and a JSONata Pass every tenth state.
 */
export function thousandStateDefinition(salt = 0): Record<string, unknown> {
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
            { Variable: '$.count', NumericGreaterThanEquals: 10 + salt, Next: 'Failed' },
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
            ? {
                Type: 'Pass',
                QueryLanguage: 'JSONata',
                Output: `{% $merge([$states.input, {"step": ${i}, "salt": ${salt}}]) %}`,
                Next: next,
              }
            : {
                Type: 'Pass',
                Parameters: { 'items.$': `$.items[?(@.price > ${salt})]`, 'n.$': 'States.ArrayLength($.items)' },
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
  // a few more to let the JIT settle, as in a test suite that constructs machines over and over
  for (let i = 0; i < 5; i++) engine.validateStateMachine(definition);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    engine.validateStateMachine(definition);
    times.push(performance.now() - started);
  }
  const afterFirstMs = median(times);
  // the same shape with different path, intrinsic and JSONata texts each time: nothing parsed before can be reused
  const fresh = Array.from({ length: runs }, (_, i) => thousandStateDefinition(i + 1));
  const freshTimes = fresh.map((d) => {
    const t0 = performance.now();
    engine.validateStateMachine(d);
    return performance.now() - t0;
  });
  const freshMs = median(freshTimes);
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
  return { firstMs, afterFirstMs, freshMs, result: first.result, peerMs, peerError };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function formatValidate(r: ValidateResult): string[] {
  const peer =
    r.peerMs !== null
      ? `${r.peerMs.toFixed(1)} ms per construction (validates every time)`
      : `did not construct: ${r.peerError ?? 'not available'}`;
  return [
    `[${VALIDATE_ID}] validate-1000-states (sfn-sim's own scenario: schema + semantic checks + path/intrinsic/JSONata syntax)`,
    `  sfn-sim validateStateMachine:  first ${r.firstMs.toFixed(1)} ms (compiles the schemas), then ${r.afterFirstMs.toFixed(2)} ms each (median of 20, after 5 warm-up runs); result ${r.result}`,
    `  sfn-sim, a different 1,000-state definition each time (no parse reused): ${r.freshMs.toFixed(2)} ms each (median of 20)`,
    `  aws-local-stepfunctions:       ${peer}`,
  ];
}
