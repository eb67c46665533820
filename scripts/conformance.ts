// npm run conformance [-- --failures|--verbose] [--json <file>] [--only <folder[+lambda|+services],...>]
//                     [--suite pure|lambda|services] [--grep <text>] [--timeout <ms>] [--update-baseline]
// Runs the pure cases (`needs: []`), the lambda cases (`needs: ["lambda"]`, functions mocked from
// meta.lambdas) and the services cases (other AWS services, their answers replayed from the recorded
// history) of ../shared/conformance (or $SFN_SIM_SHARED/conformance) against sfn-sim and prints match
// rates per feature folder, one table per suite. It is a report: the exit code is 0 whatever the
// rates. `--only services` runs every suite of a folder, `--only services+lambda` its lambda cases.
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { BASELINE_PATH, baselineFromTallies, ratchetBaseline, readBaseline, writeBaseline } from './conformance/baseline.js';
import { formatReport } from './conformance/format.js';
import { DEFAULT_RUNNER_SETTINGS, runConformance } from './conformance/runner.js';
import { locateShared, repoRoot } from './conformance/shared-dir.js';
import { SUITES, type Suite } from './conformance/cases.js';
import { tallyByGroup } from './conformance/tally.js';

interface CliOptions {
  failures: boolean;
  jsonFile: string | null;
  folders: string[];
  suites: Suite[];
  grep: string | null;
  timeoutMs: number;
  updateBaseline: boolean;
}

const USAGE =
  'usage: npm run conformance -- [--failures|--verbose] [--json <file>] [--only <folder[+lambda|+services],...>] [--suite pure|lambda|services] [--grep <text>] [--timeout <ms>] [--update-baseline]';

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    failures: false,
    jsonFile: null,
    folders: [],
    suites: [],
    grep: null,
    timeoutMs: DEFAULT_RUNNER_SETTINGS.timeoutMs,
    updateBaseline: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    switch (arg) {
      case '--failures':
      case '--verbose':
        options.failures = true;
        break;
      case '--json':
        options.jsonFile = value();
        break;
      case '--only':
        options.folders.push(
          ...value()
            .split(',')
            .filter((f) => f !== ''),
        );
        break;
      case '--suite':
        for (const suite of value()
          .split(',')
          .filter((x) => x !== '')) {
          if (!(SUITES as readonly string[]).includes(suite)) throw new Error(`--suite takes ${SUITES.join(', ')}\n${USAGE}`);
          options.suites.push(suite as Suite);
        }
        break;
      case '--grep':
        options.grep = value();
        break;
      case '--timeout':
        options.timeoutMs = Number(value());
        if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0)
          throw new Error(`--timeout needs a positive number of ms\n${USAGE}`);
        break;
      case '--update-baseline':
        options.updateBaseline = true;
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 2;
    return;
  }
  const location = locateShared();
  if (!location.found) {
    console.log(`sfn-sim conformance: ${location.conformanceDir} not found (set SFN_SIM_SHARED to the shared folder); nothing to run`);
    return;
  }
  const report = await runConformance({
    location,
    selection: { folders: options.folders, suites: options.suites, ...(options.grep === null ? {} : { idContains: options.grep }) },
    settings: { ...DEFAULT_RUNNER_SETTINGS, timeoutMs: options.timeoutMs },
  });
  console.log(formatReport(report, { failures: options.failures }));

  if (options.jsonFile !== null) {
    const file = resolve(options.jsonFile);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nfull report written to ${file}`);
  }
  if (options.updateBaseline) {
    const { next, changes } = ratchetBaseline(readBaseline(), baselineFromTallies(tallyByGroup(report.outcomes)));
    writeBaseline(next);
    const where = relative(repoRoot, BASELINE_PATH);
    if (changes.length === 0) console.log(`\n${where}: no number went up (never lowered)`);
    else {
      const byFolder = new Map<string, string[]>();
      for (const c of changes) byFolder.set(c.folder, [...(byFolder.get(c.folder) ?? []), `${c.field} ${c.from}->${c.to}`]);
      console.log(`\n${where} raised:`);
      for (const [folder, fields] of byFolder) console.log(`  ${folder}: ${fields.join(', ')}`);
    }
  }
}

await main();
