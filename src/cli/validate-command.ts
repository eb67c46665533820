import { parseArgs } from 'node:util';
import { LoadError } from '../asl/load/load-error.js';
import { UsageError } from '../engine/errors.js';
import { validateDefinitionFile, type FileValidationReport } from '../engine/validate-definition-file.js';
import { filePlace, formatLocatedDiagnostic } from './located-diagnostics.js';
import { parseSubstitutions } from './substitutions.js';

const HELP = `sfn-sim validate: check definitions the way AWS's ValidateStateMachineDefinition does, before running anything.

Usage:
  sfn-sim validate <file...> [--machine <id>] [--sub Name=value ...] [--type STANDARD|EXPRESS] [--format text|json]

Files may be ASL (.json, .asl.json, .yaml, .asl.yaml), CloudFormation or SAM templates, a CDK
template (cdk.out/*.template.json, or the cdk.out folder) or a Serverless Framework serverless.yml.
A file with several state machines is validated machine by machine unless --machine picks one.

Options:
  --machine  The state machine to check: logical id, name or CDK construct id
  --sub      A value for a \${Name} placeholder (repeatable). Placeholders without one get a
             stand-in value so that the rest can be checked; the summary counts them
  --type     STANDARD or EXPRESS (default: the template's type, else STANDARD); EXPRESS
             rejects .sync, .waitForTaskToken and activities, as AWS does
  --format   text (default): one line per problem, file:line:col: error CODE message
             json: one object with every file, machine and diagnostic
  -h, --help Show this help

Exit codes: 0 every definition is valid, 1 at least one is invalid, 2 bad arguments or unreadable files.
`;

interface FileProblem {
  readonly file: string;
  readonly code: string;
  readonly message: string;
  readonly line: number | null;
  readonly column: number | null;
}

export async function validateMain(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        machine: { type: 'string' },
        sub: { type: 'string', multiple: true },
        type: { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) return usage("'validate' needs at least one file");
  if (values.format !== 'text' && values.format !== 'json') return usage(`--format must be text or json; got '${values.format}'`);
  const type = values.type?.toUpperCase();
  if (type !== undefined && type !== 'STANDARD' && type !== 'EXPRESS')
    return usage(`--type must be STANDARD or EXPRESS; got '${values.type}'`);
  let given: Record<string, string>;
  try {
    given = parseSubstitutions(values.sub ?? []);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usage(e.message);
  }

  const checked: FileValidationReport[] = [];
  const problems: FileProblem[] = [];
  for (const file of positionals) {
    try {
      const reports = await validateDefinitionFile(file, {
        ...(values.machine === undefined ? {} : { machine: values.machine }),
        substitutions: given,
        ...(type === undefined ? {} : { type: type as 'STANDARD' | 'EXPRESS' }),
      });
      checked.push(...reports);
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      problems.push(placeProblem(e));
    }
  }

  if (values.format === 'json') {
    const result = problems.length > 0 ? 'ERROR' : checked.every((c) => c.result === 'OK') ? 'OK' : 'FAIL';
    process.stdout.write(`${JSON.stringify({ result, machines: checked, unreadable: problems }, null, 2)}\n`);
  } else {
    process.stdout.write(formatText(checked, problems));
  }
  if (problems.length > 0) return 2;
  return checked.every((c) => c.result === 'OK') ? 0 : 1;
}

/** Compiler-style lines (`file:line:col: error CODE message`), then one summary line. */
export function formatText(checked: readonly FileValidationReport[], problems: readonly FileProblem[]): string {
  const lines: string[] = [];
  for (const p of problems) lines.push(`${filePlace(p.file, p.line, p.column)}: error ${p.code} ${p.message}`);
  for (const c of checked) {
    for (const d of c.diagnostics) lines.push(formatLocatedDiagnostic(d, c.machine));
  }
  const invalid = checked.filter((c) => c.result === 'FAIL').length;
  const errors = checked.reduce((n, c) => n + c.diagnostics.filter((d) => d.severity === 'ERROR').length, 0);
  const warnings = checked.reduce((n, c) => n + c.diagnostics.filter((d) => d.severity === 'WARNING').length, 0);
  const standIns = [...new Set(checked.flatMap((c) => c.standIns))];
  const summary = [
    `${checked.length} state machine${checked.length === 1 ? '' : 's'} checked: ${checked.length - invalid} valid, ${invalid} invalid`,
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  ];
  if (problems.length > 0) summary.push(`${problems.length} could not be loaded`);
  lines.push(summary.join('; '));
  if (standIns.length > 0) {
    const shown = standIns.slice(0, 6).map((n) => `\${${n}}`);
    lines.push(
      `stand-in values used for ${standIns.length} placeholder${standIns.length === 1 ? '' : 's'} (${shown.join(', ')}${standIns.length > 6 ? ', …' : ''}); give real ones with --sub Name=value`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A LoadError's message starts with its place (`file: ` or `file:line:col: `): keep the place apart from the text. */
function placeProblem(e: LoadError): FileProblem {
  let line = e.line ?? null;
  let column = e.column ?? null;
  let message = e.message;
  if (message.startsWith(`${e.file}:`)) {
    const rest = message.slice(e.file.length + 1);
    const at = /^(\d+):(\d+): /.exec(rest);
    if (at !== null) {
      line ??= Number(at[1]);
      column ??= Number(at[2]);
      message = rest.slice(at[0].length);
    } else message = rest.replace(/^ /, '');
  }
  return { file: e.file, code: e.code, message, line, column };
}

function usage(message: string): number {
  process.stderr.write(`sfn-sim validate: ${message}\nRun 'sfn-sim validate --help' for usage.\n`);
  return 2;
}
