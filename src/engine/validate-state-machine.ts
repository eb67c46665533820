import type { Diagnostic } from '../asl/diagnostics.js';
import { isJsonObject, type JsonObject } from '../asl/json.js';
import { validateDefinition, withoutPlaceholderErrors, type WorkflowType } from '../asl/validate.js';
import type { CompiledBlock } from './compiled.js';
import { applySubstitutions } from '../asl/load/substitutions.js';
import { compileDefinition } from './compile.js';
import { documentOrder } from './diagnostic-order.js';

/**
 * What AWS's ValidateStateMachineDefinition returns (ASL-REFERENCE §10.1): `FAIL` when any
 * diagnostic is an ERROR; warnings alone give `OK`.
 */
export interface ValidationReport {
  readonly result: 'OK' | 'FAIL';
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of {@link validateStateMachine}. */
export interface ValidateStateMachineOptions {
  /** EXPRESS rejects `.sync`, `.waitForTaskToken` and activities (§6.1). @defaultValue 'STANDARD' */
  readonly type?: WorkflowType;
}

/** The report, plus the parsed definition and its plan when it compiled (for the StateMachine constructor). */
export interface CheckedDefinition {
  readonly report: ValidationReport;
  readonly definition: JsonObject | undefined;
  readonly plan: CompiledBlock | undefined;
}

/**
 * Validates a definition the way AWS does before creating a state machine: JSON text or a parsed
 * value; schema, then semantic rules, then (when the structure is sound) every path, template,
 * intrinsic and JSONata expression. Never throws: whatever the input, the answer is a report.
 * @example
 * const report = validateStateMachine({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } });
 * report.result; // 'FAIL'
 * report.diagnostics[0]; // { severity: 'ERROR', code: 'MISSING_TRANSITION_TARGET', message: "Missing 'Next' target: B", location: '/States/A/Next' }
 */
export function validateStateMachine(definition: unknown, options: ValidateStateMachineOptions = {}): ValidationReport {
  return checkDefinition(definition, options).report;
}

/** What the StateMachine constructor also asks for: `${Name}` values applied once the text is parsed. */
export interface CheckOptions extends ValidateStateMachineOptions {
  readonly substitutions?: Readonly<Record<string, string | number | boolean>>;
}

/** {@link validateStateMachine}, keeping the compiled plan so the constructor need not compile twice. */
export function checkDefinition(definition: unknown, options: CheckOptions = {}): CheckedDefinition {
  try {
    return check(definition, options.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD', options.substitutions);
  } catch (e) {
    // a bug of ours must not become the user's exception; say what happened instead
    const message = `sfn-sim could not validate this definition (${e instanceof Error ? e.message : 'unknown error'}); please report it`;
    return fail([{ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message, location: '/' }]);
  }
}

function check(input: unknown, type: WorkflowType, substitutions: CheckOptions['substitutions']): CheckedDefinition {
  const parsed = parse(input);
  if (!parsed.ok) return fail([parsed.diagnostic]);
  const definition =
    substitutions !== undefined && isJsonObject(parsed.value) ? applySubstitutions(parsed.value, substitutions).definition : parsed.value;
  let diagnostics = validateDefinition(definition, { type });
  let plan: CompiledBlock | undefined;
  if (isJsonObject(definition) && !diagnostics.some((d) => d.severity === 'ERROR' && !COMPILABLE_DESPITE.has(d.code))) {
    const compiled = compileDefinition(definition);
    diagnostics = [...diagnostics, ...withoutPlaceholderErrors(compiled.diagnostics, definition)];
    plan = compiled.block;
  }
  const ordered = documentOrder(dedupe(diagnostics), definition);
  const result = ordered.some((d) => d.severity === 'ERROR') ? 'FAIL' : 'OK';
  return {
    report: { result, diagnostics: ordered },
    definition: isJsonObject(definition) ? definition : undefined,
    plan: result === 'OK' ? plan : undefined,
  };
}

/**
 * Errors that leave every state's own fields sound, so the compiler can still check paths,
 * templates, intrinsics and JSONata: the user then sees every problem at once, not in rounds.
 */
const COMPILABLE_DESPITE: ReadonlySet<Diagnostic['code']> = new Set([
  'MISSING_TRANSITION_TARGET',
  'MISSING_END_STATE',
  'DUPLICATE_STATE_NAME',
  'INVALID_STATE_NAME',
  'INVALID_LABEL_NAME',
  'INVALID_RESOURCE',
  'UNRESOLVED_PLACEHOLDER',
]);

type Parsed = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/** JSON text is parsed as AWS receives it; an empty or null definition has its own code (§10.2, §10.3). */
function parse(input: unknown): Parsed {
  if (input === null || input === undefined) return { ok: false, diagnostic: missing() };
  if (typeof input !== 'string') return { ok: true, value: input };
  if (input.trim() === '') {
    return {
      ok: false,
      diagnostic: { severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'Definition must be a valid JSON object', location: '/' },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(input) as unknown;
  } catch (e) {
    const message = e instanceof Error ? e.message : 'not JSON';
    return { ok: false, diagnostic: { severity: 'ERROR', code: 'INVALID_JSON_DESCRIPTION', message, location: '/' } };
  }
  return value === null ? { ok: false, diagnostic: missing() } : { ok: true, value };
}

function missing(): Diagnostic {
  return { severity: 'ERROR', code: 'MISSING_DESCRIPTION', message: 'The definition is empty or null', location: '/' };
}

function fail(diagnostics: Diagnostic[]): CheckedDefinition {
  return { report: { result: 'FAIL', diagnostics }, definition: undefined, plan: undefined };
}

function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.severity}\u0000${d.code}\u0000${d.location}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
