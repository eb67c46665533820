import type { Diagnostic } from './diagnostics.js';
import { isJsonObject } from './json.js';
import { valueAt } from './json-pointer.js';
import { hasPlaceholder } from './placeholders.js';
import { checkFieldRules } from './validate/field-rules.js';
import { checkJsonShape } from './validate/json-shape.js';
import { buildModel } from './validate/model.js';
import { checkLabel, checkStateNames } from './validate/names.js';
import { placeholderWarnings } from './validate/placeholder-warnings.js';
import { checkResource, type WorkflowType } from './validate/resources.js';
import { checkTransitions } from './validate/transitions.js';

export type { WorkflowType } from './validate/resources.js';

/** Options of {@link validateDefinition}. */
export interface ValidateDefinitionOptions {
  /** @defaultValue 'STANDARD' */
  readonly type?: WorkflowType;
}

/**
 * The checks AWS applies at CreateStateMachine time, with AWS's codes and wording (ASL-REFERENCE
 * §10): the JSON Schema of every block and state, then the semantic rules (transitions, reachability,
 * termination, names, labels, resources, exclusive fields). Field syntax (paths, templates,
 * intrinsics, JSONata) is reported by the engine's compiler, which parses it anyway.
 * A string holding `${Name}` earns an UNRESOLVED_PLACEHOLDER warning and no error of its own.
 */
export function validateDefinition(definition: unknown, options: ValidateDefinitionOptions = {}): Diagnostic[] {
  if (!isJsonObject(definition)) {
    return [{ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'Definition must be a valid JSON object', location: '/' }];
  }
  const shape = checkJsonShape(definition);
  if (shape.length > 0) return shape;
  const model = buildModel(definition);
  const out = model.diagnostics;
  checkStateNames(model.blocks, out);
  for (const block of model.blocks) checkTransitions(block, out);
  for (const s of model.states) {
    checkFieldRules(s, out);
    checkLabel(s, out);
    checkResource(s, options.type ?? 'STANDARD', out);
  }
  return [...withoutPlaceholderErrors(out, definition), ...placeholderWarnings(definition)];
}

/** Drops errors about a value that is an unresolved placeholder: its warning says all there is to say. */
export function withoutPlaceholderErrors(diagnostics: readonly Diagnostic[], definition: unknown): Diagnostic[] {
  return diagnostics.filter((d) => d.severity !== 'ERROR' || !hasPlaceholder(valueAt(definition, d.location)));
}
