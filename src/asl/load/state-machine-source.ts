import type { Diagnostic } from '../diagnostics.js';
import type { Json } from '../json.js';
import type { SourcePosition } from './source-document.js';
import type { SubstitutionValue } from './substitutions.js';

/** Where a definition came from. */
export type DefinitionSourceKind = 'asl-json' | 'asl-yaml' | 'cloudformation' | 'sam' | 'cdk' | 'serverless';

/** STANDARD or EXPRESS, as the template declares it. */
export type StateMachineKind = 'STANDARD' | 'EXPRESS';

/** A state machine found in a file, as {@link listStateMachines} reports it. */
export interface StateMachineEntry {
  /** The logical id (templates), the key under `stepFunctions.stateMachines` (Serverless), or the file name (ASL). */
  readonly id: string;
  /** StateMachineName / Name / `name`, when given (intrinsics shown as `${...}` placeholders). */
  readonly name?: string;
  readonly type?: StateMachineKind;
  readonly source: DefinitionSourceKind;
  /** The file declaring it (a template of a `cdk.out` directory, for instance). */
  readonly file: string;
  /** The CDK construct path from the `aws:cdk:path` metadata, e.g. `MyStack/MyStateMachine/Resource`. */
  readonly constructPath?: string;
}

/** A definition taken out of its file, before substitutions. */
export interface ExtractedDefinition {
  readonly definition: Json;
  /** The file the definition text is in (the DefinitionUri target for SAM). */
  readonly file: string;
  readonly templateFile?: string;
  readonly locate: (pointer: string) => SourcePosition | undefined;
  readonly diagnostics: Diagnostic[];
  readonly definitionSubstitutions: Readonly<Record<string, SubstitutionValue>>;
}

/** A state machine a file offers: how to name it, and how to take its definition out. */
export interface MachineCandidate {
  readonly entry: StateMachineEntry;
  /** Every string `--machine` may use for it besides the id: name, construct path and its segment. */
  readonly aliases: readonly string[];
  readonly extract: () => Promise<ExtractedDefinition>;
}

/** `STANDARD`/`EXPRESS` in any case, else undefined (an intrinsic or a typo is not a kind). */
export function machineKind(value: unknown): StateMachineKind | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.toUpperCase();
  return upper === 'STANDARD' || upper === 'EXPRESS' ? upper : undefined;
}
