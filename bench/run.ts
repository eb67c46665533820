// npm run bench [-- --only a,b] [--runs N]
// Times the shared bench scenarios on sfn-sim and on aws-local-stepfunctions, in this one process.
import { formatFuzzThroughput, FUZZ_ID, FUZZ_TARGET, runFuzzThroughput, type FuzzThroughput } from './fuzz-throughput.js';
import { formatValidate, runValidate, VALIDATE_ID, VALIDATE_TARGET_MS, type ValidateResult } from './validate-1000.js';
import { formatJsonataLoop, JSONATA_LOOP_ID, JSONATA_LOOP_TARGET, runJsonataLoop, type JsonataLoopResult } from './jsonata-loop.js';
import { join, relative } from 'node:path';
import { layoutTable } from '../scripts/conformance/format.js';
import { locateShared } from '../scripts/conformance/shared-dir.js';
import { BENCH_BUILD_DIR, compileEngine } from './compile-engine.js';
import { createPeerEngine, createSimEngine } from './engines.js';
import { measure, type Measurement } from './measure.js';
import { loadManifest, prepareScenario, type PreparedScenario } from './scenarios.js';

const USAGE = 'usage: npm run bench -- [--only a,b,...] [--runs N] [--source]';
/** Verdict thresholds (the project's performance targets). */
const MIN_SPEEDUP = 10;
const RETRY_SCENARIO_MAX_MS = 50;

interface BenchOptions {
  only: string[];
  runs: number | null;
  /** run sfn-sim from its TypeScript sources (through tsx) instead of a compiled build */
  source: boolean;
}

function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { only: [], runs: null, source: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--source') options.source = true;
    else if (arg === '--only') options.only.push(...(argv[++i] ?? '').split(',').filter((s) => s !== ''));
    else if (arg === '--runs') {
      options.runs = Number(argv[++i]);
      if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error(`--runs needs a positive integer\n${USAGE}`);
    } else throw new Error(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
  }
  return options;
}

const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
const fmtRate = (n: number): string => (n < 100 ? n.toFixed(2) : fmtInt(n));
const fmtMs = (n: number): string => n.toFixed(n < 10 ? 2 : 1);

function outputCell(m: Extract<Measurement, { ok: true }>): string {
  if (m.outputOk === null) return 'not checked (no expected output)';
  return m.outputOk ? 'ok (= expected)' : `MISMATCH: ${m.outputMismatch ?? ''}`;
}

function row(m: Measurement, scenario: PreparedScenario): string[] {
  if (!m.ok) return [m.engine, '-', '-', '-', '-', m.reason];
  const notes: string[] = [];
  if (m.reportedTransitions !== null && m.reportedTransitions !== scenario.spec.transitionsPerRun) {
    notes.push(`reports ${m.reportedTransitions} transitions/run`);
  }
  if (!m.warmedUp) notes.push('no warm-up: Retry backoff sleeps in real time');
  const note = notes.length > 0 ? `  [${notes.join('; ')}]` : '';
  return [m.engine, String(m.runs), fmtMs(m.wallMs), fmtMs(m.wallMs / m.runs), fmtRate(m.transitionsPerSecond), `${outputCell(m)}${note}`];
}

interface ScenarioResult {
  readonly id: string;
  readonly sim: Measurement;
  readonly peer: Measurement;
}

function speedup(r: ScenarioResult): number | null {
  return r.sim.ok && r.peer.ok ? r.sim.transitionsPerSecond / r.peer.transitionsPerSecond : null;
}

function verdictLines(results: readonly ScenarioResult[]): string[] {
  const lines: string[] = [];
  const throughput = results.filter((r) => ['a', 'b', 'c'].includes(r.id));
  if (throughput.length > 0) {
    let allPass = true;
    const parts = throughput.map((r) => {
      const x = speedup(r);
      const outputsOk = r.sim.ok && r.sim.outputOk !== false;
      const pass = x !== null && x >= MIN_SPEEDUP && outputsOk;
      if (!pass) allPass = false;
      if (x === null) return `${r.id} n/a (${r.sim.ok ? 'peer' : 'sfn-sim'} did not run)`;
      return `${r.id} ${x.toFixed(1)}x${outputsOk ? '' : ' (wrong output)'}`;
    });
    lines.push(`a, b, c: >= ${MIN_SPEEDUP}x   ${parts.join(', ')}  -> ${allPass ? 'PASS' : 'FAIL'}`);
  }
  const d = results.find((r) => r.id === 'd');
  if (d !== undefined) {
    const peerText = d.peer.ok ? `; peer ${fmtInt(d.peer.wallMs / d.peer.runs)} ms/run` : '';
    if (!d.sim.ok) lines.push(`d < ${RETRY_SCENARIO_MAX_MS} ms       n/a (sfn-sim did not run)${peerText}  -> FAIL`);
    else {
      const ms = d.sim.wallMs / d.sim.runs;
      const pass = ms < RETRY_SCENARIO_MAX_MS && d.sim.outputOk !== false;
      lines.push(`d < ${RETRY_SCENARIO_MAX_MS} ms       sfn-sim ${fmtMs(ms)} ms/run${peerText}  -> ${pass ? 'PASS' : 'FAIL'}`);
    }
  }
  return lines;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 2;
    return;
  }
  const scenariosDir = join(locateShared().sharedDir, 'bench', 'scenarios');
  let specs;
  try {
    specs = loadManifest(scenariosDir);
  } catch (err) {
    console.log(
      `sfn-sim bench: cannot read ${join(scenariosDir, 'manifest.json')} (set SFN_SIM_SHARED to the shared folder): ${(err as Error).message}`,
    );
    return;
  }
  if (options.only.length > 0) specs = specs.filter((s) => options.only.includes(s.id));
  console.log(`sfn-sim bench: ${specs.length} scenario(s) from ${scenariosDir}; node ${process.version}`);
  let simUrl: string | undefined;
  if (options.source) console.log('sfn-sim: from the TypeScript sources through tsx (--source; slower than a build)');
  else {
    const build = compileEngine();
    if (build.ok) {
      simUrl = build.moduleUrl;
      console.log(
        `sfn-sim: compiled with tsconfig.build.json into ${relative(process.cwd(), BENCH_BUILD_DIR)}${build.warning === null ? '' : ` (${build.warning})`}`,
      );
    } else console.log(`sfn-sim: build failed (${build.reason}); using the TypeScript sources through tsx`);
  }
  const [sim, peer] = [await createSimEngine(simUrl), await createPeerEngine()];
  if ('unavailable' in sim) console.log(`sfn-sim: not available: ${sim.unavailable}`);

  const results: ScenarioResult[] = [];
  for (const spec of specs) {
    const scenario = prepareScenario(scenariosDir, spec);
    const runs = options.runs ?? spec.runs;
    console.log(
      `\n[${spec.id}] ${spec.name}: ${runs} run(s) x ${fmtInt(spec.transitionsPerRun)} transitions; input: ${scenario.inputSource}; ` +
        `expected output sha256 ${scenario.expectedSha256?.slice(0, 16) ?? '(none)'}`,
    );
    const simM = await measure(sim, scenario, runs);
    const peerM = await measure(peer, scenario, runs);
    const result = { id: spec.id, sim: simM, peer: peerM };
    results.push(result);
    console.log(
      layoutTable(['engine', 'runs', 'wall ms', 'ms/run', 'transitions/s', 'output'], [row(simM, scenario), row(peerM, scenario)], [5])
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n'),
    );
    const quota = simM.ok && 'quotaNote' in sim ? await sim.quotaNote?.(scenario) : null;
    if (quota !== null && quota !== undefined) {
      console.log(
        `  note: exceeds AWS quotas (sfn-sim ran it with them lifted; with them: ${quota.length > 240 ? `${quota.slice(0, 239)}…` : quota})`,
      );
    }
    const x = speedup(result);
    console.log(`  sfn-sim / peer (transitions/s): ${x === null ? 'n/a' : `${x.toFixed(1)}x`}`);
    if (spec.id === 'd' && simM.ok) {
      console.log(
        `  sfn-sim wall time: ${fmtMs(simM.wallMs / simM.runs)} ms/run (target < ${RETRY_SCENARIO_MAX_MS} ms; nominal backoff ${spec.nominalBackoffSeconds ?? 0} s on the virtual clock)`,
      );
    }
  }
  let loop: JsonataLoopResult | undefined;
  if ((options.only.length === 0 || options.only.includes(JSONATA_LOOP_ID)) && !('unavailable' in sim)) {
    const engine = (await import(simUrl ?? '../src/index.js')) as Parameters<typeof runJsonataLoop>[0];
    loop = await runJsonataLoop(engine);
    console.log(`\n${formatJsonataLoop(loop).join('\n')}`);
  }
  let fuzzed: FuzzThroughput | undefined;
  if ((options.only.length === 0 || options.only.includes(FUZZ_ID)) && !('unavailable' in sim)) {
    const fuzzUrl = simUrl?.replace(/src\/index\.js$/, 'src/fuzz/index.js');
    const fuzzModule = (await import(fuzzUrl ?? '../src/fuzz/index.js')) as Parameters<typeof runFuzzThroughput>[0];
    fuzzed = await runFuzzThroughput(fuzzModule);
    console.log(`\n${formatFuzzThroughput(fuzzed).join('\n')}`);
  }
  let validated: ValidateResult | undefined;
  if ((options.only.length === 0 || options.only.includes(VALIDATE_ID)) && !('unavailable' in sim)) {
    const engine = (await import(simUrl ?? '../src/index.js')) as Parameters<typeof runValidate>[0];
    let peer: Parameters<typeof runValidate>[1] = null;
    try {
      peer = (await import('aws-local-stepfunctions')) as unknown as Parameters<typeof runValidate>[1];
    } catch {
      peer = null;
    }
    validated = await runValidate(engine, peer);
    console.log(`\n${formatValidate(validated).join('\n')}`);
  }
  const verdicts = verdictLines(results);
  if (validated !== undefined) {
    const ok = Math.max(validated.afterFirstMs, validated.freshMs) < VALIDATE_TARGET_MS && validated.result === 'OK';
    const peerText = validated.peerMs === null ? '' : `; peer ${validated.peerMs.toFixed(0)} ms per construction`;
    verdicts.push(
      `v: validate 1,000 states < ${VALIDATE_TARGET_MS} ms  same ${validated.afterFirstMs.toFixed(1)} ms, fresh ${validated.freshMs.toFixed(1)} ms${peerText}  -> ${ok ? 'PASS' : 'FAIL'}`,
    );
  }
  if (loop !== undefined) {
    verdicts.push(
      `e: compiled >= ${JSONATA_LOOP_TARGET}x re-parse  ${loop.ratio.toFixed(1)}x  -> ${loop.ratio >= JSONATA_LOOP_TARGET && loop.outputOk ? 'PASS' : 'FAIL'}`,
    );
  }
  if (fuzzed !== undefined) {
    const rate = Math.round(fuzzed.executionsPerSecond);
    verdicts.push(
      `f: fuzz >= ${FUZZ_TARGET.toLocaleString('en-US')}/s  ${rate.toLocaleString('en-US')}/s  -> ${rate >= FUZZ_TARGET ? 'PASS' : 'FAIL'}`,
    );
  }
  console.log(`\nverdict\n${verdicts.map((l) => `  ${l}`).join('\n')}`);
}

await main();
