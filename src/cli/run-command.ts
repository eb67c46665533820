import type { Json } from '../asl/json.js';
import { UsageError } from '../engine/errors.js';
import { StateMachine } from '../engine/state-machine.js';
import { formatExecutionResult } from '../report/format-result.js';
import type { TaskMock } from '../services/mocks/task-mock.js';
import { readUserFile } from './main.js';

export interface RunCommandArgs {
  readonly definitionFile: string;
  readonly input: string | undefined;
  readonly mocks: string | undefined;
  readonly mockConfig: string | undefined;
  readonly testCase: string | undefined;
  readonly stateMachine: string | undefined;
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
  const mocks = args.mocks === undefined ? undefined : parseJson(readUserFile(args.mocks, 'mocks file'), '--mocks');
  if (mocks !== undefined && (typeof mocks !== 'object' || mocks === null || Array.isArray(mocks))) {
    throw new UsageError(`${args.mocks}: a mocks file is a JSON object of Task state name → response or list of responses`);
  }
  if ((args.mockConfig === undefined) !== (args.testCase === undefined)) {
    throw new UsageError('--mock-config and --test-case go together: name the Step Functions Local mock file and the test case to run');
  }
  const mockConfig =
    args.mockConfig === undefined
      ? undefined
      : {
          file: parseJson(readUserFile(args.mockConfig, 'mock config file'), '--mock-config'),
          testCase: args.testCase as string,
          stateMachine: args.stateMachine,
        };
  const machine = new StateMachine(definitionText, {
    ...(mocks === undefined ? {} : { mocks: mocks as unknown as Record<string, TaskMock> }),
    ...(mockConfig === undefined ? {} : { mockConfig }),
    ...(args.stateMachine === undefined ? {} : { stateMachineName: args.stateMachine }),
  });
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
      args.mockConfig !== undefined ? `--mock-config ${args.mockConfig} --test-case ${args.testCase ?? ''}` : '',
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
