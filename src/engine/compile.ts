import type { Diagnostic } from '../asl/diagnostics.js';
import { isJsonObject, type Json, type JsonObject } from '../asl/json.js';
import { numericValue } from '../asl/numeric.js';
import { integrationPattern } from '../asl/resource-arn.js';
import type { QueryLanguage, StateType } from '../asl/types.js';
import { parseTaskResource, type TaskResource } from '../services/resource.js';
import type { CompiledAssign, CompiledBlock, CompiledCatcher, CompiledChoiceBranch, CompiledRetrier, CompiledState } from './compiled.js';
import { FieldCompiler } from './compile-fields.js';
import { forbiddenFieldsFor } from './query-language-fields.js';
import { compileChoiceRule } from './states/choice-rule.js';

/** Collects compile problems instead of stopping at the first, so the user sees them all at once. */
class Compiler extends FieldCompiler {
  constructor(private readonly machineLanguage: QueryLanguage) {
    super();
  }

  block(def: JsonObject, at: string[]): CompiledBlock {
    const states = new Map<string, CompiledState>();
    for (const [name, state] of Object.entries(def['States'] as JsonObject)) {
      const compiled = this.state(name, state as JsonObject, [...at, 'States', name]);
      if (compiled === undefined) continue;
      const shaped = uniformShape(compiled);
      (shaped as { identity: boolean }).identity = isIdentity(shaped);
      states.set(name, shaped);
    }
    for (const state of states.values()) {
      (state as { nextState: CompiledState | undefined }).nextState = state.next === undefined ? undefined : states.get(state.next);
    }
    return { startAt: def['StartAt'] as string, states };
  }

  private state(name: string, s: JsonObject, at: string[]): CompiledState | undefined {
    const declared = s['QueryLanguage'];
    if (declared !== undefined && declared !== 'JSONPath' && declared !== 'JSONata') {
      this.error('SCHEMA_VALIDATION_FAILED', "The field 'QueryLanguage' should have one of these values: [JSONPath, JSONata]", [
        ...at,
        'QueryLanguage',
      ]);
      return undefined;
    }
    if (declared === 'JSONPath' && this.machineLanguage === 'JSONata') {
      // AWS: no per-state downgrade from a JSONata machine (§3.1)
      this.error('SCHEMA_VALIDATION_FAILED', "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", at);
      return undefined;
    }
    const lang: QueryLanguage = declared ?? this.machineLanguage;
    const type = s['Type'] as StateType;
    for (const field of forbiddenFieldsFor(type, lang, s)) {
      this.error(
        'SCHEMA_VALIDATION_FAILED',
        `The field '${field}' is not supported in ${lang} states${lang === 'JSONata' ? ' (JSONata states use Arguments, Output and Assign)' : ''}`,
        [...at, field],
      );
    }
    const jsonata = lang === 'JSONata';
    const common = {
      name,
      lang,
      sync: !jsonata && (type === 'Pass' || type === 'Choice' || type === 'Succeed' || type === 'Fail'),
      identity: false,
      nextState: undefined,
      next: typeof s['Next'] === 'string' ? s['Next'] : undefined,
      inputPath: jsonata ? undefined : this.optionalPath(s, 'InputPath', at),
      outputPath: jsonata ? undefined : this.optionalPath(s, 'OutputPath', at),
      assign: this.assign(s, lang, at),
      output: jsonata ? this.jsonata(s, 'Output', at) : undefined,
    };
    // Object.assign onto `common`, not spread syntax: spreading every state through V8's generic clone
    // path was most of a large definition's compile time
    switch (type) {
      case 'Pass':
        return Object.assign(common, {
          type,
          parameters: jsonata ? undefined : this.template(s, 'Parameters', at),
          result: jsonata ? undefined : s['Result'],
          resultPath: jsonata ? undefined : this.optionalPath(s, 'ResultPath', at),
        });
      case 'Task':
        return Object.assign(common, this.withResult(s, lang, at), taskTarget(this.string(s, 'Resource', at) ?? ''), {
          type,
          parameters: jsonata ? undefined : this.template(s, 'Parameters', at),
          arguments: jsonata ? this.jsonata(s, 'Arguments', at) : undefined,
          timeoutSeconds: this.numberSource(s, 'TimeoutSeconds', lang, at),
          heartbeatSeconds: this.numberSource(s, 'HeartbeatSeconds', lang, at),
          credentials: jsonata ? undefined : this.template(s, 'Credentials', at),
        });
      case 'Choice':
        return Object.assign(common, {
          type,
          choices: this.choices(s, lang, at),
          defaultNext: typeof s['Default'] === 'string' ? s['Default'] : undefined,
        });
      case 'Wait':
        return Object.assign(common, { type, wait: this.waitSource(s, lang, at) });
      case 'Succeed':
        return Object.assign(common, { type });
      case 'Fail':
        return Object.assign(common, {
          type,
          error: this.failField(s, 'Error', 'ErrorPath', lang, at),
          cause: this.failField(s, 'Cause', 'CausePath', lang, at),
        });
      case 'Parallel':
        return Object.assign(common, this.withResult(s, lang, at), {
          type,
          parameters: jsonata ? undefined : this.template(s, 'Parameters', at),
          arguments: jsonata ? this.jsonata(s, 'Arguments', at) : undefined,
          branches: (s['Branches'] as JsonObject[]).map((b, i) => this.block(b, [...at, 'Branches', String(i)])),
        });
      case 'Map': {
        const processorField = 'ItemProcessor' in s ? 'ItemProcessor' : 'Iterator';
        const processor = s[processorField] as JsonObject;
        const config = processor['ProcessorConfig'];
        const itemsPath = jsonata ? undefined : this.optionalPath(s, 'ItemsPath', at);
        const selectorField = 'ItemSelector' in s ? 'ItemSelector' : 'Parameters';
        return Object.assign(common, this.withResult(s, lang, at), {
          type,
          itemsPath: itemsPath === null ? undefined : itemsPath,
          itemSelector: jsonata ? undefined : this.template(s, selectorField, at),
          itemSelectorJsonata: jsonata ? this.jsonata(s, 'ItemSelector', at) : undefined,
          items: jsonata ? this.jsonata(s, 'Items', at) : undefined,
          processor: this.block(processor, [...at, processorField]),
          distributed: isJsonObject(config) && config['Mode'] === 'DISTRIBUTED',
          maxConcurrency: this.numberSource(s, 'MaxConcurrency', lang, at),
          toleratedFailureCount: this.numberSource(s, 'ToleratedFailureCount', lang, at),
          toleratedFailurePercentage: this.numberSource(s, 'ToleratedFailurePercentage', lang, at),
          label: typeof s['Label'] === 'string' ? s['Label'] : undefined,
        });
      }
      default: {
        const never: never = type;
        this.error('SCHEMA_VALIDATION_FAILED', `Unknown state type ${String(never)}`, [...at, 'Type']);
        return undefined;
      }
    }
  }

  private choices(s: JsonObject, lang: QueryLanguage, at: string[]): CompiledChoiceBranch[] {
    const branches: CompiledChoiceBranch[] = [];
    (s['Choices'] as Json[]).forEach((raw, i) => {
      const loc = [...at, 'Choices', String(i)];
      const rule = raw as JsonObject;
      const { Next: next, Comment: _comment, Assign: _assign, Output: _output, Condition: condition, ...test } = rule;
      const common = {
        next: next as string,
        assign: this.assign(rule, lang, loc),
        output: lang === 'JSONata' ? this.jsonata(rule, 'Output', loc) : undefined,
      };
      if (lang === 'JSONata') {
        if (condition === undefined) {
          this.error('SCHEMA_VALIDATION_FAILED', "The field 'Condition' is required in a JSONata Choice rule", loc);
          return;
        }
        branches.push({ ...common, rule: undefined, condition: this.compileJsonataValue(condition, 'Condition', [...loc, 'Condition']) });
        return;
      }
      try {
        branches.push({ ...common, rule: compileChoiceRule(test, `Choices[${i}]`), condition: undefined });
      } catch (e) {
        this.error('SCHEMA_VALIDATION_FAILED', (e as Error).message, loc);
      }
    });
    return branches;
  }

  private withResult(s: JsonObject, lang: QueryLanguage, at: string[]) {
    const jsonata = lang === 'JSONata';
    return {
      resultSelector: jsonata ? undefined : this.template(s, 'ResultSelector', at),
      resultPath: jsonata ? undefined : this.optionalPath(s, 'ResultPath', at),
      retriers: this.retriers(s, at),
      catchers: this.catchers(s, lang, at),
    };
  }

  private retriers(s: JsonObject, at: string[]): CompiledRetrier[] {
    const list = s['Retry'];
    if (!Array.isArray(list)) return [];
    return list.map((r, i) => {
      const retrier = r as JsonObject;
      const loc = [...at, 'Retry', String(i)];
      const num = (field: string, fallback: number, min: number): number => {
        const raw = retrier[field];
        if (raw === undefined) return fallback;
        // numeric strings count as numbers, as AWS's Jackson-based validator reads them (docs/decisions.md)
        const v = numericValue(raw);
        if (v === undefined || v < min) {
          this.error('SCHEMA_VALIDATION_FAILED', `The field '${field}' must be a number >= ${min}`, [...loc, field]);
          return fallback;
        }
        return v;
      };
      const maxDelay = retrier['MaxDelaySeconds'];
      return {
        errorEquals: retrier['ErrorEquals'] as string[],
        intervalSeconds: num('IntervalSeconds', 1, 1),
        maxAttempts: num('MaxAttempts', 3, 0),
        backoffRate: num('BackoffRate', 2, 1),
        maxDelaySeconds: maxDelay === undefined ? undefined : num('MaxDelaySeconds', 0, 1),
        jitter: retrier['JitterStrategy'] === 'FULL' ? 'FULL' : 'NONE',
      };
    });
  }

  private catchers(s: JsonObject, lang: QueryLanguage, at: string[]): CompiledCatcher[] {
    const list = s['Catch'];
    if (!Array.isArray(list)) return [];
    return list.map((c, i) => {
      const catcher = c as JsonObject;
      const loc = [...at, 'Catch', String(i)];
      return {
        errorEquals: catcher['ErrorEquals'] as string[],
        next: catcher['Next'] as string,
        resultPath: lang === 'JSONata' ? undefined : this.optionalPath(catcher, 'ResultPath', loc),
        assign: this.assign(catcher, lang, loc),
        output: lang === 'JSONata' ? this.jsonata(catcher, 'Output', loc) : undefined,
      };
    });
  }

  private assign(s: JsonObject, lang: QueryLanguage, at: string[]): CompiledAssign | undefined {
    if (!('Assign' in s)) return undefined;
    const value = s['Assign'];
    if (!isJsonObject(value)) {
      this.error('SCHEMA_VALIDATION_FAILED', "The field 'Assign' must be a JSON object of variable names to values", [...at, 'Assign']);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      const name = lang === 'JSONPath' && key.endsWith('.$') ? key.slice(0, -2) : key;
      if (!/^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(name) || name === 'states' || [...name].length > 80) {
        this.error(
          'SCHEMA_VALIDATION_FAILED',
          `'${name}' is not a valid variable name: use a letter or _ then letters, digits or _, at most 80 characters ('states' is reserved)`,
          [...at, 'Assign', key],
        );
      }
    }
    if (lang === 'JSONata') {
      const compiled = this.jsonata(s, 'Assign', at);
      return compiled === undefined ? undefined : { lang, value: compiled };
    }
    const template = this.template(s, 'Assign', at);
    return template === undefined ? undefined : { lang, template };
  }
}

/** Parses a Task's Resource once per definition. */
function taskTarget(resource: string): { resource: string; target: TaskResource; waits: boolean } {
  return { resource, target: parseTaskResource(resource), waits: integrationPattern(resource) !== undefined };
}

/** A JSONPath Pass or Succeed without any data-flow field passes its input through unchanged. */
function isIdentity(state: CompiledState): boolean {
  if (state.lang !== 'JSONPath' || state.assign !== undefined || state.inputPath !== undefined || state.outputPath !== undefined)
    return false;
  if (state.type === 'Succeed') return true;
  return state.type === 'Pass' && state.parameters === undefined && state.result === undefined && state.resultPath === undefined;
}

/**
 * Rebuilds an object by adding its keys in order to a fresh `{}`. Objects made with spread syntax can
 * each get a hidden class of their own (957 for a 1,000-state chain on V8 11), which makes every
 * property read on the per-transition path megamorphic; built this way, states of one type share one.
 */
function uniformShape<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = (value as Record<string, unknown>)[key];
  return out as T;
}

/** Turns a (structurally valid) definition into an executable plan, or diagnostics. */
export function compileDefinition(definition: JsonObject): { block: CompiledBlock; diagnostics: Diagnostic[] } {
  const language = definition['QueryLanguage'];
  if (language !== undefined && language !== 'JSONPath' && language !== 'JSONata') {
    return {
      block: { startAt: '', states: new Map() },
      diagnostics: [
        {
          severity: 'ERROR',
          code: 'SCHEMA_VALIDATION_FAILED',
          message: "The field 'QueryLanguage' should have one of these values: [JSONPath, JSONata]",
          location: '/QueryLanguage',
        },
      ],
    };
  }
  const compiler = new Compiler(language ?? 'JSONPath');
  const block = compiler.block(definition, []);
  return { block, diagnostics: compiler.diagnostics };
}
