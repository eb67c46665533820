import type { Json } from '../asl/json.js';
import { UsageError } from '../engine/errors.js';
import { StateMachine } from '../engine/state-machine.js';
import { formatExecutionResult } from '../report/format-result.js';
import { simpleMocksToHandlers } from '../services/simple-mocks.js';
import { readUserFile } from './main.js';

export interface RunCommandArgs {
  readonly definitionFile: string;
  readonly input: string | undefined;
  readonly mocks: string | undefined;
  readonly seed: string | undefined;
  readonly json: boolean;
}

export async function runCommand(args: RunCommandArgs): Promise<number> {
  const definitionText = readUserFile(args.definitionFile, 'definition');
  const input =
    args.input === undefined
      ? {}
      : parseJson(args.input.startsWith('@') ? readUserFile(args.input.slice(1), 'input file') : args.input, '--input');
  const seed = args.seed === undefined ? 0 : Number(args.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be an integer; got '${args.seed}'`);
  const taskHandlers =
    args.mocks === undefined ? {} : simpleMocksToHandlers(parseJson(readUserFile(args.mocks, 'mocks file'), '--mocks'), args.mocks);
  const machine = new StateMachine(definitionText, { taskHandlers });
  const result = await machine.run(input, { seed });
  if (args.json) {
    // `output` is absent from a failed result; the JSON form always carries every field
    process.stdout.write(`${JSON.stringify({ ...result, output: result.output ?? null }, null, 2)}\n`);
  } else {
    const replay = [
      'sfn-sim run',
      args.definitionFile,
      args.input !== undefined ? `--input '${args.input}'` : '',
      args.mocks !== undefined ? `--mocks ${args.mocks}` : '',
      `--seed ${seed}`,
    ]
      .filter((p) => p !== '')
      .join(' ');
    process.stdout.write(`${formatExecutionResult(result, replay)}\n`);
  }
  return result.status === 'SUCCEEDED' ? 0 : 1;
}

function parseJson(text: string, what: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    throw new UsageError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
}
