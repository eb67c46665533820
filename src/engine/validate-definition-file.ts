import type { Diagnostic } from '../asl/diagnostics.js';
import { genericSubstitution } from '../asl/load/generic-substitution.js';
import { listStateMachines, loadDefinitionFile, type LoadedDefinition } from '../asl/load/load-definition-file.js';
import type { Placeholder, Substitutions } from '../asl/load/substitutions.js';
import { validateStateMachine } from './validate-state-machine.js';

/** A diagnostic with the place in the file its JSON pointer maps to (1-based; `null` when unknown). */
export interface LocatedDiagnostic extends Diagnostic {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
}

/** One state machine of a file, validated. */
export interface FileValidationReport {
  /** The file holding the definition text (a SAM DefinitionUri's target, not the template). */
  readonly file: string;
  /** The machine's logical id (or Serverless key) in a template; `null` for an ASL file. */
  readonly machine: string | null;
  readonly result: 'OK' | 'FAIL';
  readonly diagnostics: readonly LocatedDiagnostic[];
  /** Placeholders given stand-in values because neither `substitutions` nor the template filled them. */
  readonly standIns: readonly string[];
}

/** Options of {@link validateDefinitionFile}. */
export interface ValidateFileOptions {
  /** Validate only this machine of a template (logical id, name or CDK construct id). @defaultValue every machine */
  readonly machine?: string;
  /** Values for `${Name}` placeholders. @defaultValue none */
  readonly substitutions?: Substitutions;
  /**
   * Fill the placeholders left (what a deployed stack would provide) with stand-ins, so the rest can
   * be checked; without it they are UNRESOLVED_PLACEHOLDER errors.
   * @defaultValue true
   */
  readonly standIns?: boolean;
  /** @defaultValue the template's StateMachineType/Type, else 'STANDARD' */
  readonly type?: 'STANDARD' | 'EXPRESS';
}

/**
 * Loads every state machine of a file (ASL JSON/YAML, CloudFormation/SAM, CDK, Serverless) and
 * validates it as AWS would, with each diagnostic placed at its line and column in the file.
 * @throws {LoadError} when the file cannot be read or parsed, or `machine` names no machine in it.
 * @example
 * ```ts
 * for (const report of await validateDefinitionFile('template.yaml')) {
 *   for (const d of report.diagnostics) console.log(`${d.file}:${d.line}:${d.column}: ${d.code} ${d.message}`);
 * }
 * ```
 */
export async function validateDefinitionFile(path: string, options: ValidateFileOptions = {}): Promise<FileValidationReport[]> {
  const ids = options.machine !== undefined ? [options.machine] : await machineIds(path);
  const reports: FileValidationReport[] = [];
  for (const id of ids) reports.push(await validateOne(path, id, options));
  return reports;
}

/** Logical ids of every machine in a file, or `[null]` for a plain ASL file or a single machine. */
async function machineIds(path: string): Promise<Array<string | null>> {
  const machines = await listStateMachines(path);
  return machines.length <= 1 ? [null] : machines.map((m) => m.id);
}

async function validateOne(path: string, machine: string | null, options: ValidateFileOptions): Promise<FileValidationReport> {
  const standIns = new Set<string>();
  const standIn = (p: Placeholder): string => {
    standIns.add(p.name);
    return genericSubstitution(p);
  };
  const loaded = await loadDefinitionFile(path, {
    ...(machine === null ? {} : { machine }),
    ...(options.substitutions === undefined ? {} : { substitutions: options.substitutions }),
    ...(options.standIns === false ? {} : { fallback: standIn }),
  });
  const type = options.type ?? loaded.machine?.type ?? 'STANDARD';
  // a DefinitionString that is not JSON leaves nothing to validate: its load diagnostic says it all
  const unparsed = loaded.diagnostics.some((d) => d.code === 'INVALID_JSON_DESCRIPTION');
  // the loader already reported each unfilled placeholder as an error: drop the validator's warning about it
  const reported = new Set(loaded.diagnostics.filter((d) => d.code === 'UNRESOLVED_PLACEHOLDER').map((d) => d.location));
  const validated = unparsed
    ? []
    : validateStateMachine(loaded.definition, { type }).diagnostics.filter(
        (d) => !(d.code === 'UNRESOLVED_PLACEHOLDER' && reported.has(d.location)),
      );
  const diagnostics = [...loaded.diagnostics, ...validated].map((d) => locateDiagnostic(loaded, d));
  return {
    file: loaded.file,
    machine: loaded.machine?.id ?? null,
    result: diagnostics.some((d) => d.severity === 'ERROR') ? 'FAIL' : 'OK',
    diagnostics,
    standIns: [...standIns].sort(),
  };
}

/** The diagnostic with the file position of its pointer. */
export function locateDiagnostic(loaded: LoadedDefinition, d: Diagnostic): LocatedDiagnostic {
  const at = loaded.locate(d.location);
  return { ...d, file: loaded.file, line: at?.line ?? null, column: at?.column ?? null };
}
