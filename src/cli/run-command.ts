import { UsageError } from '../engine/errors.js';
import { StateMachine } from '../engine/state-machine.js';
import { formatExecutionResult } from '../report/format-result.js';
import type { TaskMock } from '../services/mocks/task-mock.js';
import { genericSubstitution } from '../asl/load/generic-substitution.js';
import { loadDefinitionFile } from '../asl/load/load-definition-file.js';
import { parseUserJson, readUserFile } from './user-input.js';
import { formatLocatedDiagnostics } from './located-diagnostics.js';

export interface RunCommandArgs {
  readonly definitionFile: string;
  /** The machine to run when the file holds several (logical id, name or CDK construct id). */
  readonly machine?: string | undefined;
  /** `${Name}` placeholder values from `--sub Name=value`. */
  readonly substitutions?: Readonly<Record<string, string>>;
  /** Fill placeholders no `--sub` names with stand-in values (`--stand-ins`). */
  readonly standIns?: boolean;
  readonly input: string | undefined;
  readonly mocks: string | undefined;
  readonly mockConfig: string | undefined;
  readonly testCase: string | undefined;
  readonly stateMachine: string | undefined;
  readonly seed: string | undefined;
  readonly json: boolean;
}

export async function runCommand(args: RunCommandArgs): Promise<number> {
  const loaded = await loadDefinitionFile(args.definitionFile, {
    ...(args.machine === undefined ? {} : { machine: args.machine }),
    ...(args.substitutions === undefined ? {} : { substitutions: args.substitutions }),
    ...(args.standIns === true ? { fallback: genericSubstitution } : {}),
  });
  // AWS never runs a definition with a placeholder left in it: neither do we
  if (loaded.diagnostics.some((d) => d.severity === 'ERROR')) {
    const hint = 'give values with --sub Name=value, or --stand-ins to fill them with stand-in values';
    throw new UsageError(`cannot run ${args.definitionFile}:\n${formatLocatedDiagnostics(loaded, loaded.diagnostics)}\n(${hint})`);
  }
  const input =
    args.input === undefined
      ? {}
      : parseUserJson(args.input.startsWith('@') ? readUserFile(args.input.slice(1), 'input file') : args.input, '--input');
  const seed = args.seed === undefined ? 0 : Number(args.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be an integer; got '${args.seed}'`);
  const mocks = args.mocks === undefined ? undefined : parseUserJson(readUserFile(args.mocks, 'mocks file'), '--mocks');
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
          file: parseUserJson(readUserFile(args.mockConfig, 'mock config file'), '--mock-config'),
          testCase: args.testCase as string,
          stateMachine: args.stateMachine,
        };
  const machine = new StateMachine(loaded.definition, {
    ...(loaded.machine?.type === undefined ? {} : { type: loaded.machine.type }),
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
      args.machine !== undefined ? `--machine ${args.machine}` : '',
      ...Object.entries(args.substitutions ?? {}).map(([name, value]) => `--sub '${name}=${value}'`),
      args.standIns === true ? '--stand-ins' : '',
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
