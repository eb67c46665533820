import { parseArgs } from 'node:util';
import { UsageError } from '../engine/errors.js';
import { StateMachine } from '../engine/state-machine.js';
import type { ErrorSet } from '../fuzz/arbitraries/failure-plan.js';
import type { JsonSchema } from '../fuzz/arbitraries/input-from-schema.js';
import { formatFuzzReport } from '../fuzz/format-fuzz-report.js';
import { fuzz, type FuzzOptions } from '../fuzz/fuzz.js';
import {
  costBelow,
  everyCatchLeadsToRunningState,
  noUnhandledErrors,
  outputMatchesSchema,
  retriesWithinDeclaredAttempts,
  terminatesWithin,
  type NamedProperty,
} from '../fuzz/properties.js';
import { exitForUserError, parseUserJson, readUserFile } from './user-input.js';
import { genericSubstitution } from '../asl/load/generic-substitution.js';
import { loadDefinitionFile } from '../asl/load/load-definition-file.js';
import { parseSubstitutions } from './substitutions.js';

export const FUZZ_HELP = `Usage:
  sfn-sim fuzz <definition> [--schema <input.schema.json>] [--runs <n>] [--seed <n>] [--path <p>]
               [--property <name> ...] [--errors declared|all] [--allow-error <name> ...]
               [--until-coverage-stops] [--format text|json] [--machine <id>] [--sub Name=value ...]

Generates inputs (from the JSON Schema; {} without one) and failure plans (which Task calls throw
which error, or answer late), runs each on the virtual clock, checks the properties, shrinks the
first counterexample and prints it as mocks, with coverage and a replay line.

Options:
  --schema                JSON Schema of the execution input
  --runs                  Scenarios to generate (default: 100)
  --seed, --path          Replay: the seed and path a report printed
  --property              noUnhandledErrors (default), retriesWithinDeclaredAttempts,
                          everyCatchLeadsToRunningState, terminatesWithin:<seconds>,
                          costBelow:<usd>[:express], outputMatchesSchema:<schema.json>; repeatable
  --errors                declared (default: the errors each state's Retry and Catch name) or all
                          (also States.TaskFailed, States.Timeout and an unlisted error)
  --allow-error           An error name the execution may fail with (noUnhandledErrors); repeatable
  --until-coverage-stops  Keep generating until 200 runs in a row cover nothing new (at most 10,000)
  --format                text (default) or json
  --machine, --sub        Pick a machine from a template, give placeholder values (others get stand-ins)

Exit codes: 0 every property held, 1 a property failed, 2 a usage problem.
`;

/** The arguments that shape the generated scenarios, for the replay line (seed and path come from the report). */
function replayArguments(argv: readonly string[]): string {
  const kept: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag] = arg.split('=');
    if (flag === '--seed' || flag === '--path' || flag === '--format' || flag === '--runs') {
      if (!arg.includes('=')) i++;
      continue;
    }
    if (flag === '--until-coverage-stops') continue;
    kept.push(/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`);
  }
  return kept.join(' ');
}

const PATIENCE = 200;
const MAX_RUNS = 10_000;

/** `sfn-sim fuzz`: parses its own arguments. Exit codes: 0 held, 1 a property failed, 2 a usage problem (never a stack trace). */
export async function fuzzMain(argv: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        schema: { type: 'string' },
        runs: { type: 'string' },
        seed: { type: 'string' },
        path: { type: 'string' },
        property: { type: 'string', multiple: true },
        errors: { type: 'string' },
        'allow-error': { type: 'string', multiple: true },
        'until-coverage-stops': { type: 'boolean', default: false },
        format: { type: 'string' },
        machine: { type: 'string' },
        sub: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(FUZZ_HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(`'fuzz' takes exactly one definition file; got ${positionals.length}`);
    const file = positionals[0] as string;
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be 'text' or 'json'; got '${format}'`);
    const errors = values.errors ?? 'declared';
    if (errors !== 'declared' && errors !== 'all') throw new UsageError(`--errors must be 'declared' or 'all'; got '${errors}'`);
    const given = parseSubstitutions(values.sub ?? []);
    // Tasks answer from the generated plans, so placeholders the stack would fill only need stand-ins
    const loaded = await loadDefinitionFile(file, {
      ...(values.machine === undefined ? {} : { machine: values.machine }),
      substitutions: given,
      fallback: genericSubstitution,
    });
    const machine = new StateMachine(loaded.definition);
    const options: FuzzOptions = {
      errors: errors satisfies ErrorSet,
      properties: (values.property ?? ['noUnhandledErrors']).map((p) => propertyFrom(p, values['allow-error'] ?? [])),
      ...(values.schema === undefined ? {} : { inputSchema: readJson(values.schema, 'schema') as JsonSchema }),
      ...(values.runs === undefined ? {} : { runs: count(values.runs, '--runs') }),
      ...(values.seed === undefined ? {} : { seed: integer(values.seed, '--seed') }),
      ...(values.path === undefined ? {} : { path: pathOf(values.path) }),
      ...(values['until-coverage-stops'] ? { untilCoverageStops: { patience: PATIENCE, maxRuns: MAX_RUNS } } : {}),
      ...(process.stderr.isTTY === true ? { onProgress: progressBar() } : {}),
    };
    const report = await fuzz(machine, options);
    if (process.stderr.isTTY === true) process.stderr.write('\r\x1b[K');
    process.stdout.write(
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : `${formatFuzzReport(report, { file, replayArguments: replayArguments(argv) })}\n`,
    );
    return report.failures.length > 0 ? 1 : 0;
  } catch (e) {
    return exitForUserError(e, 'sfn-sim fuzz --help');
  }
}

function propertyFrom(spec: string, allow: readonly string[]): NamedProperty {
  const [name, ...args] = spec.split(':');
  switch (name) {
    case 'noUnhandledErrors':
      return noUnhandledErrors({ allow });
    case 'retriesWithinDeclaredAttempts':
      return retriesWithinDeclaredAttempts();
    case 'everyCatchLeadsToRunningState':
      return everyCatchLeadsToRunningState();
    case 'terminatesWithin':
      return terminatesWithin(positive(args[0], 'terminatesWithin:<seconds>'));
    case 'costBelow': {
      const type = args[1] ?? 'standard';
      if (type !== 'standard' && type !== 'express') throw new UsageError(`costBelow:<usd>[:standard|express]; got '${spec}'`);
      return costBelow(positive(args[0], 'costBelow:<usd>'), type);
    }
    case 'outputMatchesSchema':
      if (args.length === 0) throw new UsageError("outputMatchesSchema needs a schema file: 'outputMatchesSchema:<schema.json>'");
      return outputMatchesSchema(readJson(args.join(':'), 'output schema') as JsonSchema);
    default:
      throw new UsageError(
        `unknown property '${spec}'; use noUnhandledErrors, retriesWithinDeclaredAttempts, everyCatchLeadsToRunningState, ` +
          'terminatesWithin:<seconds>, costBelow:<usd>[:express] or outputMatchesSchema:<schema.json>',
      );
  }
}

function progressBar(): (done: number, planned: number) => void {
  let shown = -1;
  return (done, planned) => {
    const width = 30;
    const filled = Math.min(width, Math.floor((done / planned) * width));
    if (filled === shown && done !== planned) return;
    shown = filled;
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${planned}`);
  };
}

function readJson(path: string, what: string): unknown {
  return parseUserJson(readUserFile(path, what), `${what} '${path}'`);
}

function count(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} must be a whole number above zero; got '${text}'`);
  return n;
}

function integer(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new UsageError(`${flag} must be an integer; got '${text}'`);
  return n;
}

function positive(text: string | undefined, form: string): number {
  const n = Number(text);
  if (text === undefined || !Number.isFinite(n) || n <= 0) throw new UsageError(`${form} needs a number above zero; got '${text ?? ''}'`);
  return n;
}

function pathOf(text: string): string {
  if (!/^\d+(:\d+)*$/.test(text))
    throw new UsageError(`--path must be a fast-check path like 12:0:3 (from a report's replay line); got '${text}'`);
  return text;
}
