import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics.js';
import { isJsonObject, type Json } from '../json.js';
import { assemblyTemplates } from './cdk-assembly.js';
import { isTemplate, templateMachines } from './cloudformation.js';
import { resolveIntrinsics } from './intrinsics.js';
import { LoadError } from './load-error.js';
import { selectMachine, type SourceNoun } from './select-machine.js';
import { isServerlessConfig, serverlessMachines } from './serverless.js';
import { parseSource, type SourcePosition, type SourceDocument } from './source-document.js';
import type { DefinitionSourceKind, MachineCandidate, StateMachineEntry, StateMachineKind } from './state-machine-source.js';
import { applySubstitutions, type Placeholder, type SubstitutionValue, type Substitutions } from './substitutions.js';

/** Options of {@link loadDefinitionFile}. */
export interface LoadOptions {
  /**
   * Which machine to load when the file holds several: logical id, Serverless key, name
   * (StateMachineName / Name / `name`) or CDK construct path segment. Ignored for an ASL file.
   * @defaultValue the only machine of the file
   */
  readonly machine?: string;
  /**
   * Values for `${Name}` placeholders; they win over the template's DefinitionSubstitutions.
   * Pass {@link genericSubstitution} to fill every placeholder with a plausible value.
   * @defaultValue none: every placeholder the template does not fill is reported
   */
  readonly substitutions?: Substitutions;
  /**
   * Fills the placeholders that neither `substitutions` nor the template's DefinitionSubstitutions
   * fill, e.g. {@link genericSubstitution} to check a template without its stack's values.
   * @defaultValue none: they are reported as UNRESOLVED_PLACEHOLDER
   */
  readonly fallback?: (placeholder: Placeholder) => SubstitutionValue | undefined;
}

/** A definition loaded from a file, with a way back to the file's lines. */
export interface LoadedDefinition {
  readonly definition: Json;
  /** The file holding the definition text (a SAM DefinitionUri's target, not the template). */
  readonly file: string;
  /** The template, when the definition came from another file through DefinitionUri. */
  readonly templateFile?: string;
  readonly source: DefinitionSourceKind;
  readonly machine?: { readonly id: string; readonly name?: string; readonly type?: StateMachineKind };
  /** Problems found while loading: unresolved placeholders, a DefinitionString that is not JSON. */
  readonly diagnostics: Diagnostic[];
  /**
   * The 1-based position in {@link LoadedDefinition.file} of a JSON pointer into the definition;
   * an unknown pointer gives its nearest ancestor's position. A DefinitionString maps to its start.
   */
  locate(pointer: string): SourcePosition | undefined;
}

/**
 * Loads a state machine definition from an ASL file (`.asl.json`, `.asl.yaml`, …), a
 * CloudFormation or SAM template, a CDK-synthesized template or `cdk.out` folder, or a Serverless
 * config. Placeholders are substituted; those left are reported in `diagnostics`.
 *
 * @throws {LoadError} when the file cannot be read or parsed, holds no machine, or holds several and `machine` names none of them.
 * @example
 * ```ts
 * const loaded = await loadDefinitionFile('template.yaml', { machine: 'OrderFlow', substitutions: { OrderTable: 'orders' } });
 * for (const d of loaded.diagnostics) console.log(loaded.locate(d.location), d.message);
 * const machine = new StateMachine(loaded.definition);
 * ```
 */
export async function loadDefinitionFile(path: string, options: LoadOptions = {}): Promise<LoadedDefinition> {
  const opened = await open(path);
  if (opened.kind === 'asl') {
    const substituted = applySubstitutions(resolveIntrinsics(opened.doc.value), options.substitutions, fallbackOption(options));
    return {
      definition: substituted.definition,
      file: path,
      source: /\.ya?ml$/i.test(path) ? 'asl-yaml' : 'asl-json',
      diagnostics: substituted.diagnostics,
      locate: (p) => opened.doc.locate(p),
    };
  }
  const candidate = selectMachine(path, opened.noun, opened.candidates, options.machine);
  const extracted = await candidate.extract();
  const substituted = applySubstitutions(extracted.definition, options.substitutions, {
    definitionSubstitutions: extracted.definitionSubstitutions,
    ...fallbackOption(options),
  });
  const { id, name, type } = candidate.entry;
  return {
    definition: substituted.definition,
    file: extracted.file,
    ...(extracted.templateFile !== undefined && { templateFile: extracted.templateFile }),
    source: candidate.entry.source,
    machine: { id, ...(name !== undefined && { name }), ...(type !== undefined && { type }) },
    diagnostics: [...extracted.diagnostics, ...substituted.diagnostics],
    locate: extracted.locate,
  };
}

/**
 * The state machines a file (or `cdk.out` folder) holds, without loading their definitions.
 *
 * @throws {LoadError} when the file cannot be read or parsed.
 * @example
 * ```ts
 * for (const m of await listStateMachines('template.yaml')) console.log(m.id, m.name ?? '', m.type ?? '');
 * ```
 */
export async function listStateMachines(path: string): Promise<StateMachineEntry[]> {
  const opened = await open(path);
  if (opened.kind === 'asl') {
    return [{ id: baseName(path), source: /\.ya?ml$/i.test(path) ? 'asl-yaml' : 'asl-json', file: path }];
  }
  return opened.candidates.map((c) => c.entry);
}

type Opened =
  | { readonly kind: 'asl'; readonly doc: SourceDocument }
  | { readonly kind: 'machines'; readonly noun: SourceNoun; readonly candidates: MachineCandidate[] };

async function open(path: string): Promise<Opened> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    throw unreadable(path, error);
  }
  if (isDirectory) {
    const candidates: MachineCandidate[] = [];
    for (const template of await assemblyTemplates(path)) candidates.push(...templateMachines(await parseFile(template)));
    return { kind: 'machines', noun: 'cloud assembly', candidates };
  }
  const doc = await parseFile(path);
  const top = doc.value;
  if (!isJsonObject(top)) {
    throw new LoadError('NO_STATE_MACHINE', path, `${path}: ${EXPECTED}; found ${describe(top)}`);
  }
  if (isTemplate(top)) return { kind: 'machines', noun: 'template', candidates: templateMachines(doc) };
  if (isServerlessConfig(top)) return { kind: 'machines', noun: 'Serverless config', candidates: serverlessMachines(doc) };
  if ('States' in top || 'StartAt' in top) return { kind: 'asl', doc };
  const keys = Object.keys(top);
  const shown = keys.length === 0 ? 'an empty object' : `an object with keys ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`;
  throw new LoadError('NO_STATE_MACHINE', path, `${path}: ${EXPECTED}; found ${shown}`);
}

const EXPECTED =
  'expected a state machine definition (an object with StartAt and States), a CloudFormation/SAM template (with Resources) or a Serverless config (with stepFunctions)';

async function parseFile(path: string): Promise<SourceDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    return parseSource(path, text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof LoadError) throw error;
    // A host error from the parser on hostile input (a stack overflow on deep nesting) is still a parse error.
    throw new LoadError('PARSE_ERROR', path, `${path}: cannot parse: ${(error as Error).message}`);
  }
}

function unreadable(path: string, error: unknown): LoadError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
  return new LoadError('UNREADABLE_FILE', path, `${path}: cannot read the file (${reason})`);
}

function describe(value: Json): string {
  if (value === null) return 'an empty document';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/(\.asl)?\.(json|ya?ml)$/i, '');
}

function fallbackOption(options: LoadOptions): { fallback?: (placeholder: Placeholder) => SubstitutionValue | undefined } {
  return options.fallback === undefined ? {} : { fallback: options.fallback };
}
