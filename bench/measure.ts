import { describeError } from '../scripts/conformance/sim-engine.js';
import { canonicalJson } from './canonical-json.js';
import type { BenchEngine, PreparedEngine, UnavailableEngine } from './engines.js';
import type { PreparedScenario } from './scenarios.js';

/** One engine's timing on one scenario. */
export type Measurement =
  | {
      readonly ok: true;
      readonly engine: string;
      readonly runs: number;
      readonly warmedUp: boolean;
      /** wall time of the timed runs together */
      readonly wallMs: number;
      readonly transitionsPerSecond: number;
      /** every timed run's output equals the expected output (canonical JSON); `null` when none is known */
      readonly outputOk: boolean | null;
      /** first mismatching output (canonical JSON, cut) when `outputOk` is false */
      readonly outputMismatch: string | null;
      /** transitions per run as the engine reports them (sfn-sim), `null` if it does not */
      readonly reportedTransitions: number | null;
    }
  | { readonly ok: false; readonly engine: string; readonly reason: string };

const WARM_UP_TRANSITIONS = 200_000;

/**
 * Constructs the engine's state machine once, warms up (the same number of runs for both engines) (skipped when the engine sleeps
 * through Retry backoff in real time and the scenario has some), then times `runs` runs in a row.
 * Inputs are cloned before the clock starts, so both engines get fresh, identical input.
 */
export async function measure(engine: BenchEngine | UnavailableEngine, scenario: PreparedScenario, runs: number): Promise<Measurement> {
  if ('unavailable' in engine) return { ok: false, engine: engine.name, reason: `not available: ${engine.unavailable}` };
  let prepared: PreparedEngine;
  try {
    prepared = engine.prepare(scenario);
  } catch (err) {
    return { ok: false, engine: engine.name, reason: `constructor threw: ${describeError(err)}` };
  }
  const warmUp = !(engine.sleepsInRealTime && (scenario.spec.nominalBackoffSeconds ?? 0) > 0);
  if (warmUp) {
    try {
      // both engines get the same warm-up (JIT, and V8 sizing its young generation to the allocation rate):
      // runs until 200,000 transitions have gone through, at most 200
      const warmUpRuns = Math.max(1, Math.min(200, Math.ceil(WARM_UP_TRANSITIONS / scenario.spec.transitionsPerRun)));
      for (let i = 0; i < warmUpRuns; i++) await prepared.run(structuredClone(scenario.input));
    } catch (err) {
      return { ok: false, engine: engine.name, reason: `warm-up run failed: ${describeError(err)}` };
    }
  }
  const inputs = Array.from({ length: runs }, () => structuredClone(scenario.input));
  const outputs: unknown[] = [];
  let reportedTransitions: number | null = null;
  const started = performance.now();
  try {
    for (const input of inputs) {
      const outcome = await prepared.run(input);
      outputs.push(outcome.output);
      reportedTransitions = outcome.transitions;
    }
  } catch (err) {
    return { ok: false, engine: engine.name, reason: `run ${outputs.length + 1} failed: ${describeError(err)}` };
  }
  const wallMs = performance.now() - started;

  let outputOk: boolean | null = null;
  let outputMismatch: string | null = null;
  if (scenario.expectedCanonical !== null) {
    outputOk = true;
    for (const output of outputs) {
      const text = canonicalJson(output);
      if (text !== scenario.expectedCanonical) {
        outputOk = false;
        outputMismatch = text.length > 120 ? `${text.slice(0, 119)}…` : text;
        break;
      }
    }
  }
  return {
    ok: true,
    engine: engine.name,
    runs,
    warmedUp: warmUp,
    wallMs,
    transitionsPerSecond: (scenario.spec.transitionsPerRun * runs) / (wallMs / 1000),
    outputOk,
    outputMismatch,
    reportedTransitions,
  };
}
