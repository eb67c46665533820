import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, sha256Hex } from './canonical-json.js';
import { taskMocksForTestCase, type MockResponder } from './mock-config.js';

/** One entry of `shared/bench/scenarios/manifest.json`. */
export interface ScenarioSpec {
  readonly id: string;
  readonly name: string;
  readonly definition: string;
  readonly input?: unknown;
  readonly inputFile?: string;
  readonly inputGenerator?: string;
  readonly runs: number;
  readonly expectedOutput?: unknown;
  readonly expectedOutputRule?: string;
  readonly mockConfigFile?: string;
  readonly mockTestCase?: string;
  /** states entered per run, every Task attempt counted */
  readonly transitionsPerRun: number;
  /** Retry backoff the scenario sleeps through on AWS (and on engines that sleep in real time) */
  readonly nominalBackoffSeconds?: number;
}

/** A scenario with everything read, generated and computed, ready to hand to an engine. */
export interface PreparedScenario {
  readonly spec: ScenarioSpec;
  readonly definition: unknown;
  readonly input: unknown;
  /** where the input came from, for the printout */
  readonly inputSource: string;
  /** canonical JSON of the expected output; `null` when the manifest gives none we can compute */
  readonly expectedCanonical: string | null;
  readonly expectedSha256: string | null;
  /** Task state name -> outcome per invocation (from the scenario's mock file) */
  readonly taskMocks: Readonly<Record<string, MockResponder>>;
}

export function loadManifest(scenariosDir: string): ScenarioSpec[] {
  const manifest = JSON.parse(readFileSync(join(scenariosDir, 'manifest.json'), 'utf8')) as { scenarios: ScenarioSpec[] };
  return manifest.scenarios;
}

// The manifest states these as prose; each is implemented here by scenario id.
const INPUT_GENERATORS: Readonly<Record<string, () => unknown>> = {
  // items[i] = { id: i, value: 2*i, tags: ['t' + (i % 10), 'x'] } for i in 0..9999
  b: () => ({ items: Array.from({ length: 10_000 }, (_, i) => ({ id: i, value: 2 * i, tags: [`t${i % 10}`, 'x'] })) }),
};

const EXPECTED_OUTPUT_RULES: Readonly<Record<string, (input: unknown) => unknown>> = {
  // input plus results[i] = { id: i, v: 2*i, tag: 't' + (i % 10), stage: 3 }
  b: (input) => {
    const items = (input as { items: unknown[] }).items;
    return { ...(input as object), results: items.map((_, i) => ({ id: i, v: 2 * i, tag: `t${i % 10}`, stage: 3 })) };
  },
};

export function prepareScenario(scenariosDir: string, spec: ScenarioSpec): PreparedScenario {
  const definition: unknown = JSON.parse(readFileSync(join(scenariosDir, spec.definition), 'utf8'));

  let input: unknown = spec.input ?? {};
  let inputSource = 'manifest';
  if (spec.inputFile !== undefined) {
    const file = join(scenariosDir, spec.inputFile);
    const generate = INPUT_GENERATORS[spec.id];
    if (existsSync(file)) {
      input = JSON.parse(readFileSync(file, 'utf8'));
      inputSource = spec.inputFile;
    } else if (generate !== undefined) {
      input = generate();
      inputSource = `generated (${spec.inputFile} missing)`;
    } else {
      throw new Error(`scenario ${spec.id}: ${spec.inputFile} is missing and no generator is implemented for it`);
    }
  }

  let expected: unknown;
  if (spec.expectedOutput !== undefined) expected = spec.expectedOutput;
  else if (spec.expectedOutputRule !== undefined) expected = EXPECTED_OUTPUT_RULES[spec.id]?.(input);
  const expectedCanonical = expected === undefined ? null : canonicalJson(expected);

  const taskMocks =
    spec.mockConfigFile !== undefined && spec.mockTestCase !== undefined
      ? taskMocksForTestCase(JSON.parse(readFileSync(join(scenariosDir, spec.mockConfigFile), 'utf8')), spec.mockTestCase)
      : {};

  return {
    spec,
    definition,
    input,
    inputSource,
    expectedCanonical,
    expectedSha256: expectedCanonical === null ? null : sha256Hex(expectedCanonical),
    taskMocks,
  };
}
