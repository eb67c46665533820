import { didYouMean } from './did-you-mean.js';
import { pointer, type Diagnostic } from './diagnostics.js';
import { isJsonObject, type JsonObject } from './json.js';
import { STATE_TYPES } from './types.js';

const TYPE_LIST = `[${STATE_TYPES.join(', ')}]`;
const NAME_LIMIT = 80;

/**
 * The structural and transition checks AWS applies at CreateStateMachine time, phrased with AWS's
 * codes and wording (ASL-REFERENCE §10.3). Field-level checks (paths, templates, choice rules) are
 * reported by the compiler, which parses them anyway.
 */
export function validateDefinition(definition: unknown): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (!isJsonObject(definition)) {
    diagnostics.push({
      severity: 'ERROR',
      code: 'SCHEMA_VALIDATION_FAILED',
      message: 'Definition must be a valid JSON object',
      location: '/',
    });
    return diagnostics;
  }
  const seen = new Set<string>();
  checkBlock(definition, [], diagnostics, seen);
  return diagnostics;
}

function checkBlock(block: JsonObject, at: string[], out: Diagnostic[], seen: Set<string>): void {
  const missing = ['States', 'StartAt'].filter((f) => !(f in block));
  if (missing.length > 0) {
    out.push(schemaError(`These fields are required: [${missing.join(', ')}]`, pointer(...at)));
    return;
  }
  const states = block['States'];
  const startAt = block['StartAt'];
  if (!isJsonObject(states)) {
    out.push(schemaError("The field 'States' must be an object", pointer(...at, 'States')));
    return;
  }
  if (typeof startAt !== 'string') {
    out.push(schemaError("The field 'StartAt' must be a string", pointer(...at, 'StartAt')));
    return;
  }
  const names = Object.keys(states);
  if (names.length === 0) out.push(schemaError('Value cannot be empty', pointer(...at, 'States')));
  if (!(startAt in states) && names.length > 0) {
    out.push(transitionError(`Missing 'Next' target: ${startAt}${didYouMean(startAt, names)}`, pointer(...at, 'StartAt')));
  }
  const targets = new Map<string, string[]>();
  let hasTerminal = false;
  for (const name of names) {
    const loc = [...at, 'States', name];
    if (seen.has(name)) {
      out.push({ severity: 'ERROR', code: 'DUPLICATE_STATE_NAME', message: `Duplicate State name: ${name}`, location: pointer(...loc) });
    }
    seen.add(name);
    if (name.length === 0 || [...name].length > NAME_LIMIT) {
      out.push({
        severity: 'ERROR',
        code: 'INVALID_STATE_NAME',
        message: `State names must be 1 to ${NAME_LIMIT} characters long: "${name.slice(0, 40)}…"`,
        location: pointer(...loc),
      });
    }
    const state = states[name];
    if (!isJsonObject(state)) {
      out.push(schemaError('A state must be a JSON object', pointer(...loc)));
      continue;
    }
    const type = state['Type'];
    if (typeof type !== 'string' || !(STATE_TYPES as readonly string[]).includes(type)) {
      out.push(schemaError(`The field 'Type' should have one of these values: ${TYPE_LIST}`, pointer(...loc, 'Type')));
      continue;
    }
    const next: string[] = [];
    targets.set(name, next);
    if (type === 'Succeed' || type === 'Fail') hasTerminal = true;
    if (type === 'Choice') {
      const choices = state['Choices'];
      if (!Array.isArray(choices) || choices.length === 0) {
        out.push(schemaError("The field 'Choices' is required and cannot be empty", pointer(...loc, 'Choices')));
      } else {
        choices.forEach((rule, i) => {
          const n = isJsonObject(rule) ? rule['Next'] : undefined;
          if (typeof n !== 'string') out.push(schemaError("The field 'Next' is required", pointer(...loc, 'Choices', i)));
          else checkTarget(n, names, pointer(...loc, 'Choices', i, 'Next'), out, next);
        });
      }
      const def = state['Default'];
      if (def !== undefined) {
        if (typeof def !== 'string') out.push(schemaError("The field 'Default' must be a string", pointer(...loc, 'Default')));
        else checkTarget(def, names, pointer(...loc, 'Default'), out, next);
      }
    } else if (type !== 'Succeed' && type !== 'Fail') {
      const n = state['Next'];
      const end = state['End'];
      if (end === true && n !== undefined) {
        out.push(schemaError("The fields 'Next' and 'End' are mutually exclusive", pointer(...loc)));
      } else if (end === true) {
        hasTerminal = true;
      } else if (typeof n === 'string') {
        checkTarget(n, names, pointer(...loc, 'Next'), out, next);
      } else {
        out.push(schemaError("One of the fields 'Next' or 'End' is required", pointer(...loc)));
      }
    }
    if (type === 'Task') {
      const resource = state['Resource'];
      if (typeof resource !== 'string') {
        out.push(schemaError("The field 'Resource' is required and must be a string", pointer(...loc, 'Resource')));
      } else if (!/^arn:[^:]+:[^:]+:/.test(resource)) {
        out.push({
          severity: 'ERROR',
          code: 'INVALID_RESOURCE',
          message: `The resource provided ${resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.`,
          location: pointer(...loc, 'Resource'),
        });
      }
    }
    checkErrorHandlers(state, loc, names, out, next);
    if (type === 'Parallel') {
      const branches = state['Branches'];
      if (!Array.isArray(branches) || branches.length === 0) {
        out.push(schemaError('Value cannot be empty', pointer(...loc, 'Branches')));
      } else {
        branches.forEach((b, i) => {
          if (isJsonObject(b)) checkBlock(b, [...loc, 'Branches', String(i)], out, seen);
          else out.push(schemaError('A branch must be a JSON object', pointer(...loc, 'Branches', i)));
        });
      }
    }
    if (type === 'Map') {
      const processor = state['ItemProcessor'] ?? state['Iterator'];
      const field = 'ItemProcessor' in state ? 'ItemProcessor' : 'Iterator';
      if ('ItemProcessor' in state && 'Iterator' in state) {
        out.push(schemaError("The fields 'ItemProcessor' and 'Iterator' are mutually exclusive", pointer(...loc)));
      }
      if (isJsonObject(processor)) checkBlock(processor, [...loc, field], out, seen);
      else out.push(schemaError("The field 'ItemProcessor' is required", pointer(...loc)));
    }
  }
  if (names.length > 0 && !hasTerminal) {
    out.push({
      severity: 'ERROR',
      code: 'MISSING_END_STATE',
      message: 'No terminal state found in the state machine',
      location: pointer(...at),
    });
  }
  checkReachable(startAt, names, targets, at, out);
}

function checkErrorHandlers(state: JsonObject, loc: string[], names: string[], out: Diagnostic[], next: string[]): void {
  for (const field of ['Retry', 'Catch'] as const) {
    const list = state[field];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      out.push(schemaError(`The field '${field}' must be an array`, pointer(...loc, field)));
      continue;
    }
    list.forEach((entry, i) => {
      const errors = isJsonObject(entry) ? entry['ErrorEquals'] : undefined;
      if (!Array.isArray(errors) || errors.length === 0 || errors.some((e) => typeof e !== 'string')) {
        out.push(schemaError("The field 'ErrorEquals' is required and must be a non-empty array of strings", pointer(...loc, field, i)));
      } else if (errors.includes('States.ALL') && (errors.length > 1 || i !== list.length - 1)) {
        out.push(
          schemaError(
            `States.ALL must appear alone in the last ${field === 'Retry' ? 'retrier' : 'catcher'}`,
            pointer(...loc, field, i, 'ErrorEquals'),
          ),
        );
      }
      if (field === 'Catch') {
        const n = isJsonObject(entry) ? entry['Next'] : undefined;
        if (typeof n !== 'string') out.push(schemaError("The field 'Next' is required", pointer(...loc, field, i)));
        else checkTarget(n, names, pointer(...loc, field, i, 'Next'), out, next);
      }
    });
  }
}

function checkTarget(target: string, names: string[], location: string, out: Diagnostic[], next: string[]): void {
  if (names.includes(target)) next.push(target);
  else out.push(transitionError(`Missing 'Next' target: ${target}${didYouMean(target, names)}`, location));
}

function checkReachable(start: string, names: string[], targets: Map<string, string[]>, at: string[], out: Diagnostic[]): void {
  if (!names.includes(start)) return;
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const n of targets.get(queue.pop() as string) ?? []) {
      if (!reached.has(n)) {
        reached.add(n);
        queue.push(n);
      }
    }
  }
  for (const name of names) {
    if (!reached.has(name) && targets.has(name)) {
      out.push(transitionError(`State "${name}" is not reachable.`, pointer(...at, 'States', name)));
    }
  }
}

function schemaError(message: string, location: string): Diagnostic {
  return { severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message, location };
}

function transitionError(message: string, location: string): Diagnostic {
  return { severity: 'ERROR', code: 'MISSING_TRANSITION_TARGET', message, location };
}
