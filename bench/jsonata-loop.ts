// Scenario e (sfn-sim's own, not in the shared manifest): a 10,000-iteration JSONata Choice loop.
// It shows what compiling every JSONata expression once per definition buys: the same run, had each
// evaluation parsed its expression again, would also pay one parse per evaluation. That parse cost is
// measured directly (jsonata(text) on the same expression texts, as many times as the run evaluates
// them) and added to the measured run time.
import jsonata from 'jsonata';

export const JSONATA_LOOP_ID = 'e';
const ITERATIONS = 10_000;
export const JSONATA_LOOP_TARGET = 5;

const DEFINITION = {
  Comment: 'Scenario E: JSONata counter loop; Assign increments, a Choice Condition loops while counter < 10000',
  QueryLanguage: 'JSONata',
  StartAt: 'Init',
  States: {
    Init: { Type: 'Pass', Assign: { counter: 0 }, Next: 'Increment' },
    Increment: { Type: 'Pass', Assign: { counter: '{% $counter + 1 %}' }, Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Condition: `{% $counter < ${ITERATIONS} %}`, Next: 'Increment' }], Default: 'Done' },
    Done: { Type: 'Succeed', Output: { counter: '{% $counter %}' } },
  },
};

/** The expressions one loop iteration evaluates (Increment's Assign, Check's Condition). */
const PER_ITERATION = ['$counter + 1', `$counter < ${ITERATIONS}`];

interface EngineModule {
  readonly StateMachine: new (
    definition: unknown,
    options?: unknown,
  ) => { run(input?: unknown): Promise<{ output?: unknown; transitions?: number }> };
}

export interface JsonataLoopResult {
  readonly compiledMs: number;
  readonly reparseMs: number;
  readonly ratio: number;
  readonly outputOk: boolean;
}

export async function runJsonataLoop(engine: EngineModule, runs = 3): Promise<JsonataLoopResult> {
  const machine = new engine.StateMachine(DEFINITION, { limits: { historyEvents: Infinity } });
  await machine.run({});
  let outputOk = true;
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const result = await machine.run({});
    outputOk &&= JSON.stringify(result.output) === JSON.stringify({ counter: ITERATIONS });
  }
  const compiledMs = (performance.now() - started) / runs;
  for (const text of PER_ITERATION) jsonata(text);
  const parseStarted = performance.now();
  for (let i = 0; i < ITERATIONS; i++) for (const text of PER_ITERATION) jsonata(text);
  const parseMs = performance.now() - parseStarted;
  const reparseMs = compiledMs + parseMs;
  return { compiledMs, reparseMs, ratio: reparseMs / compiledMs, outputOk };
}

export function formatJsonataLoop(r: JsonataLoopResult): string[] {
  return [
    `[${JSONATA_LOOP_ID}] jsonata-choice-loop-10k (sfn-sim's own scenario: Assign + Condition, ${ITERATIONS.toLocaleString('en-US')} iterations)`,
    `  compiled once (sfn-sim):          ${r.compiledMs.toFixed(1)} ms/run  output ${r.outputOk ? 'ok (= {"counter":10000})' : 'MISMATCH'}`,
    `  re-parsing every evaluation:      ${r.reparseMs.toFixed(1)} ms/run  (the run + ${(2 * ITERATIONS).toLocaleString('en-US')} parses of its expressions, measured)`,
    `  compiled once is ${r.ratio.toFixed(1)}x faster than re-parsing`,
  ];
}
