import type { ValidateFunction } from 'ajv';
import { pointer, type Diagnostic } from '../diagnostics.js';
import { isJsonObject, type JsonObject } from '../json.js';
import { schemaDiagnostics } from '../schema/schema-diagnostics.js';
import { aslValidators } from '../schema/validators.js';
import { STATE_TYPES, type QueryLanguage, type StateType } from '../types.js';

/** One state of the machine, wherever it is nested, with what the rules need to know about it. */
export interface StateRef {
  readonly name: string;
  /** Path segments from the root to this state. */
  readonly at: readonly string[];
  readonly state: JsonObject;
  readonly type: StateType;
  /** The state's own QueryLanguage, else the machine's (nested blocks follow the machine, §3.1). */
  readonly lang: QueryLanguage;
  readonly block: BlockRef;
}

/** A `{StartAt, States}` scope: the machine, a Parallel branch or a Map processor. */
export interface BlockRef {
  readonly at: readonly string[];
  readonly startAt: string | undefined;
  /** Every name in the block, the well-formed states mapped to their ref. */
  readonly names: ReadonlyMap<string, StateRef | undefined>;
  readonly states: StateRef[];
  /** Map/Parallel nesting level (0 for the machine). */
  readonly depth: number;
}

/** The definition as the semantic rules see it, plus the schema problems found while building it. */
export interface Model {
  readonly blocks: BlockRef[];
  readonly states: StateRef[];
  readonly diagnostics: Diagnostic[];
}

const TYPE_LIST = `[${STATE_TYPES.join(', ')}]`;

/** Walks the definition once, checking each part against its schema (ASL-REFERENCE §1, §3.4, §10.3). */
export function buildModel(definition: JsonObject): Model {
  const v = aslValidators();
  const model: Model = { blocks: [], states: [], diagnostics: [] };
  const declared = definition['QueryLanguage'];
  const machineLang: QueryLanguage = declared === 'JSONata' ? 'JSONata' : 'JSONPath';
  const walk = (block: JsonObject, at: string[], validate: ValidateFunction, depth: number): void => {
    check(validate, block, at, machineLang, model.diagnostics);
    const states = isJsonObject(block['States']) ? block['States'] : {};
    const startAt = block['StartAt'];
    const names = new Map<string, StateRef | undefined>();
    const ref: BlockRef = { at, startAt: typeof startAt === 'string' ? startAt : undefined, names, states: [], depth };
    model.blocks.push(ref);
    for (const name of Object.keys(states)) {
      names.set(name, undefined);
      const loc = [...at, 'States', name];
      const state = states[name];
      if (!isJsonObject(state)) {
        model.diagnostics.push(schemaError('A state must be a JSON object', pointer(...loc)));
        continue;
      }
      const type = state['Type'];
      if (type === undefined) {
        model.diagnostics.push(schemaError("The field 'Type' is required but was missing", pointer(...loc)));
        continue;
      }
      if (typeof type !== 'string' || !(STATE_TYPES as readonly string[]).includes(type)) {
        model.diagnostics.push(schemaError(`The field 'Type' should have one of these values: ${TYPE_LIST}`, pointer(...loc, 'Type')));
        continue;
      }
      const own = state['QueryLanguage'];
      if (own === 'JSONPath' && machineLang === 'JSONata') {
        // AWS: no per-state downgrade from a JSONata machine (§3.1)
        model.diagnostics.push(
          schemaError("'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", pointer(...loc)),
        );
      }
      const lang: QueryLanguage = own === 'JSONata' ? 'JSONata' : machineLang;
      const s: StateRef = { name, at: loc, state, type: type as StateType, lang, block: ref };
      names.set(name, s);
      ref.states.push(s);
      model.states.push(s);
      check(v.state[s.type][lang], state, loc, lang, model.diagnostics);
      if (s.type === 'Parallel' && Array.isArray(state['Branches'])) {
        state['Branches'].forEach((b, i) => {
          if (isJsonObject(b)) walk(b, [...loc, 'Branches', String(i)], v.branch, depth + 1);
        });
      }
      if (s.type === 'Map') {
        for (const field of ['ItemProcessor', 'Iterator'] as const) {
          const processor = state[field];
          if (isJsonObject(processor)) walk(processor, [...loc, field], v.processor, depth + 1);
        }
      }
    }
  };
  walk(definition, [], v.machine, 0);
  return model;
}

function check(validate: ValidateFunction, value: JsonObject, at: string[], lang: QueryLanguage, out: Diagnostic[]): void {
  if (validate(value)) return;
  out.push(...schemaDiagnostics(validate.errors ?? [], pointer(...at), lang));
}

export function schemaError(message: string, location: string): Diagnostic {
  return { severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message, location };
}
