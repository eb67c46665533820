import { parseArgs } from 'node:util';
import { costOf } from '../cost/cost-of.js';
import { estimateCost } from '../cost/estimate.js';
import { formatCostEstimate } from '../cost/format-cost.js';
import { checkPricing, resolvePricing } from '../cost/pricing/resolve-pricing.js';
import { UsageError } from '../engine/errors.js';
import { StateMachine } from '../engine/state-machine.js';
import type { TaskMock } from '../services/mocks/task-mock.js';
import { exitForUserError, parseUserJson, readUserFile } from './user-input.js';

export const COST_HELP = `Usage:
  sfn-sim cost <definition.asl.json> [--input <json>|@<file>] [--mocks <file>] [--seed <n>]
               [--executions-per-month <n>] [--region <code>] [--pricing <file.json>] [--format text|json]

Runs the definition once on the virtual clock and prices that execution as a Standard and as an
Express workflow: per execution, per month, which is cheaper and the break-even volume.

Options:
  --input                 Execution input as JSON text, or @path/to/input.json (default: {})
  --mocks                 What each Task answers, by state name (the format 'sfn-sim run' takes)
  --seed                  Seed for retry jitter and random values (default: 0)
  --executions-per-month  Monthly traffic to price (default: 1000000)
  --region                AWS region whose prices to use (default: us-east-1)
  --pricing               Your own prices: a JSON file with one region's prices or { "regions": {...} }
  --format                text (default) or json (--json is short for --format json)
`;

const DEFAULT_EXECUTIONS = 1_000_000;

/** `sfn-sim cost`: parses its own arguments. Exit codes: 0 estimated, 2 a usage problem (never a stack trace). */
export async function costMain(argv: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        input: { type: 'string' },
        mocks: { type: 'string' },
        seed: { type: 'string' },
        'executions-per-month': { type: 'string' },
        region: { type: 'string' },
        pricing: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(COST_HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(`'cost' takes exactly one definition file; got ${positionals.length}`);
    return await costCommand({
      definitionFile: positionals[0] as string,
      input: values.input,
      mocks: values.mocks,
      seed: values.seed,
      executionsPerMonth: values['executions-per-month'],
      region: values.region,
      pricing: values.pricing,
      format: values.json ? 'json' : values.format,
    });
  } catch (e) {
    return exitForUserError(e, 'sfn-sim cost --help');
  }
}

export interface CostCommandArgs {
  readonly definitionFile: string;
  readonly input: string | undefined;
  readonly mocks: string | undefined;
  readonly seed: string | undefined;
  readonly executionsPerMonth: string | undefined;
  readonly region: string | undefined;
  readonly pricing: string | undefined;
  readonly format: string | undefined;
}

export async function costCommand(args: CostCommandArgs): Promise<number> {
  const format = args.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be 'text' or 'json'; got '${format}'`);
  const executionsPerMonth = args.executionsPerMonth === undefined ? DEFAULT_EXECUTIONS : parseCount(args.executionsPerMonth);
  const seed = args.seed === undefined ? 0 : Number(args.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be an integer; got '${args.seed}'`);
  const ownPricing = args.pricing === undefined ? undefined : parseUserJson(readUserFile(args.pricing, 'pricing file'), '--pricing');
  if (ownPricing !== undefined) checkPricing(ownPricing, args.pricing as string);
  const pricing = resolvePricing({
    ...(args.region === undefined ? {} : { region: args.region }),
    ...(ownPricing === undefined ? {} : { pricing: ownPricing }),
  });

  const definitionText = readUserFile(args.definitionFile, 'definition');
  const input =
    args.input === undefined
      ? {}
      : parseUserJson(args.input.startsWith('@') ? readUserFile(args.input.slice(1), 'input file') : args.input, '--input');
  const mocks = args.mocks === undefined ? undefined : parseUserJson(readUserFile(args.mocks, 'mocks file'), '--mocks');
  if (mocks !== undefined && (typeof mocks !== 'object' || mocks === null || Array.isArray(mocks))) {
    throw new UsageError(`${args.mocks}: a mocks file is a JSON object of Task state name → response or list of responses`);
  }
  const machine = new StateMachine(definitionText, mocks === undefined ? {} : { mocks: mocks as unknown as Record<string, TaskMock> });
  const result = await machine.run(input, { seed });
  const cost = costOf(result, definitionText, { pricing });
  const estimate = estimateCost(cost, { executionsPerMonth, pricing });

  if (format === 'json') {
    const { pricing: _samePricing, ...execution } = cost;
    process.stdout.write(`${JSON.stringify({ estimate, execution }, null, 2)}\n`);
    return 0;
  }
  const replay = [
    'sfn-sim cost',
    args.definitionFile,
    args.input !== undefined ? `--input '${args.input}'` : '',
    args.mocks !== undefined ? `--mocks ${args.mocks}` : '',
    `--executions-per-month ${executionsPerMonth}`,
    `--region ${pricing.region}`,
    args.pricing !== undefined ? `--pricing ${args.pricing}` : '',
    `--seed ${seed}`,
  ]
    .filter((p) => p !== '')
    .join(' ');
  process.stdout.write(`${formatCostEstimate(estimate, { subject: args.definitionFile, replay })}\n`);
  return 0;
}

/** `1000000`, `1_000_000` and `1,000,000` all read as one million. */
function parseCount(text: string): number {
  const n = /^\d[\d_,]*$/.test(text) ? Number(text.replace(/[_,]/g, '')) : NaN;
  if (!Number.isSafeInteger(n))
    throw new UsageError(`--executions-per-month must be a whole number of executions (e.g. 250000); got '${text}'`);
  return n;
}
