import { parseArgs } from 'node:util';
import { costMain } from './cost-command.js';
import { fuzzMain } from './fuzz-command.js';
import { runCommand } from './run-command.js';
import { parseSubstitutions } from './substitutions.js';
import { exitForUserError } from './user-input.js';
import { validateMain } from './validate-command.js';

const HELP = `sfn-sim: run AWS Step Functions state machines locally, on a virtual clock.

Usage:
  sfn-sim run <definition.asl.json> [--input <json>|@<file>] [--mocks <file>]
              [--mock-config <MockConfigFile.json> --test-case <name> [--state-machine <name>]] [--seed <n>] [--json]
              [--machine <id>] [--sub Name=value ...] [--stand-ins]
  sfn-sim validate <file...> [--machine <id>] [--sub Name=value ...] [--type STANDARD|EXPRESS] [--format text|json]
  sfn-sim cost <definition.asl.json> [--input ...] [--mocks ...] [--executions-per-month <n>] [--region <code>] [--format text|json]
  sfn-sim fuzz <definition.asl.json> [--schema <file>] [--runs <n>] [--seed <n>] [--path <p>] [--property <name> ...] [--format text|json]

Commands:
  run        Execute the definition once and print the outcome, path, transitions and virtual duration.
  validate   Check definitions as AWS would, with file:line:col for every problem ('sfn-sim validate --help').
  cost       Price one execution as Standard and as Express, per month, with the break-even ('sfn-sim cost --help').
  fuzz       Generate inputs and service failures, check properties, shrink a counterexample ('sfn-sim fuzz --help').

Options:
  --input    Execution input as JSON text, or @path/to/input.json (default: {})
  --mocks          What each Task answers, by state name (see README "Mocks")
  --mock-config    A Step Functions Local mock file; --test-case picks the test case and
  --state-machine  names the machine's entry in it (default: StateMachine)
  --machine        The state machine to run from a template holding several (logical id, name or CDK id)
  --sub            A value for a \${Name} placeholder, e.g. --sub OrderTable=orders-dev (repeatable)
  --stand-ins      Fill placeholders that no --sub names with stand-in values (ARNs, names, "1")
  --seed     Seed for retry jitter, States.UUID and States.MathRandom (default: 0)
  --json     Print one JSON object with the execution result instead of the summary
  -h, --help Show this help
`;

/** Exit codes: 0 succeeded, 1 the execution did not succeed, 2 a usage problem (bad argument or file). */
export async function main(argv: readonly string[]): Promise<number> {
  // `cost`, `validate` and `fuzz` have options of their own: they parse them themselves
  if (argv[0] === 'cost') return costMain(argv.slice(1));
  if (argv[0] === 'validate') return validateMain(argv.slice(1));
  if (argv[0] === 'fuzz') return fuzzMain(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        input: { type: 'string' },
        mocks: { type: 'string' },
        'mock-config': { type: 'string' },
        'test-case': { type: 'string' },
        'state-machine': { type: 'string' },
        seed: { type: 'string' },
        machine: { type: 'string' },
        sub: { type: 'string', multiple: true },
        'stand-ins': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined && !parsed.values.help ? 2 : 0;
  }
  try {
    if (command === 'run') {
      if (rest.length !== 1) return usage(`'run' takes exactly one definition file; got ${rest.length}`);
      return await runCommand({
        definitionFile: rest[0] as string,
        machine: parsed.values.machine,
        substitutions: parseSubstitutions(parsed.values.sub ?? []),
        standIns: parsed.values['stand-ins'],
        input: parsed.values.input,
        mocks: parsed.values.mocks,
        mockConfig: parsed.values['mock-config'],
        testCase: parsed.values['test-case'],
        stateMachine: parsed.values['state-machine'],
        seed: parsed.values.seed,
        json: parsed.values.json,
      });
    }
    return usage(`unknown command '${command}'`);
  } catch (e) {
    return exitForUserError(e, 'sfn-sim --help');
  }
}

function usage(message: string): number {
  process.stderr.write(`sfn-sim: ${message}\nRun 'sfn-sim --help' for usage.\n`);
  return 2;
}
