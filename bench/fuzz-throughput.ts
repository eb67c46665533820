// Scenario f (sfn-sim's own): fuzz throughput. fuzz() on a 10-state order workflow whose Tasks
// retry: every execution runs a generated input and failure plan, with coverage recorded.
export const FUZZ_ID = 'f';
export const FUZZ_TARGET = 2_000;
const RUNS = 3_000;

const task = (next: string | undefined, retry: boolean): Record<string, unknown> => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  Parameters: { 'Payload.$': '$' },
  ResultPath: null,
  ...(retry ? { Retry: [{ ErrorEquals: ['Service.Busy'], IntervalSeconds: 1, MaxAttempts: 2, BackoffRate: 2 }] } : {}),
  Catch: [{ ErrorEquals: ['Service.Rejected'], Next: 'Rejected' }],
  ...(next === undefined ? { End: true } : { Next: next }),
});

const DEFINITION = {
  StartAt: 'Validate',
  States: {
    Validate: { Type: 'Choice', Choices: [{ Variable: '$.amount', NumericGreaterThan: 0, Next: 'Reserve' }], Default: 'Rejected' },
    Reserve: task('Charge', true),
    Charge: task('Route', true),
    Route: { Type: 'Choice', Choices: [{ Variable: '$.amount', NumericGreaterThan: 500, Next: 'Review' }], Default: 'Ship' },
    Review: task('Ship', true),
    Ship: task('Notify', true),
    Notify: task('Record', false),
    Record: { Type: 'Pass', Result: { done: true }, ResultPath: '$.status', Next: 'Done' },
    Done: { Type: 'Succeed' },
    Rejected: { Type: 'Fail', Error: 'Order.Rejected' },
  },
};

const SCHEMA = { type: 'object', required: ['amount'], properties: { amount: { type: 'integer', minimum: 0, maximum: 1000 } } };

interface FuzzModule {
  readonly fuzz: (
    machine: unknown,
    options: Record<string, unknown>,
  ) => Promise<{ runs: number; failures: readonly unknown[]; timings: { executions: number; wallMs: number } }>;
}

export interface FuzzThroughput {
  readonly executionsPerSecond: number;
  readonly executions: number;
  readonly wallMs: number;
}

export async function runFuzzThroughput(module: FuzzModule): Promise<FuzzThroughput> {
  // a property that always holds: every run executes (a failure would stop generation and shrink)
  const options = { inputSchema: SCHEMA, runs: RUNS, seed: 1, errors: 'declared', properties: [() => true] };
  await module.fuzz(DEFINITION, { ...options, runs: 300 }); // warm-up
  const { timings } = await module.fuzz(DEFINITION, options);
  return { executionsPerSecond: (timings.executions / timings.wallMs) * 1000, executions: timings.executions, wallMs: timings.wallMs };
}

export function formatFuzzThroughput(r: FuzzThroughput): string[] {
  return [
    `[${FUZZ_ID}] fuzz (sfn-sim's own scenario: generated inputs and failure plans, coverage on)`,
    `  fuzz: ${Math.round(r.executionsPerSecond).toLocaleString('en-US')} executions/s on a 10-state workflow with retries (${r.executions} in ${Math.round(r.wallMs)} ms)`,
  ];
}
