import { pointer, type Diagnostic } from '../asl/diagnostics.js';
import { isJsonObject, type Json, type JsonObject } from '../asl/json.js';
import type { StateType } from '../asl/types.js';
import { compilePath, type CompiledPath } from '../query/jsonpath.js';
import { compileDynamicValue, compilePayloadTemplate, TemplateError, type CompiledTemplate } from '../query/payload-template.js';
import { parseTimestamp } from '../query/timestamp.js';
import type {
  CompiledBlock,
  CompiledCatcher,
  CompiledRetrier,
  CompiledState,
  FailField,
  NumberSource,
  WaitSource,
} from './compiled.js';
import { compileChoiceRule } from './states/choice-rule.js';

/** Collects compile problems instead of stopping at the first, so the user sees them all at once. */
class Compiler {
  readonly diagnostics: Diagnostic[] = [];

  block(def: JsonObject, at: string[]): CompiledBlock {
    const states = new Map<string, CompiledState>();
    for (const [name, state] of Object.entries(def['States'] as JsonObject)) {
      const compiled = this.state(name, state as JsonObject, [...at, 'States', name]);
      if (compiled !== undefined) states.set(name, compiled);
    }
    return { startAt: def['StartAt'] as string, states };
  }

  private state(name: string, s: JsonObject, at: string[]): CompiledState | undefined {
    if (s['QueryLanguage'] === 'JSONata') {
      this.error('SCHEMA_VALIDATION_FAILED', 'QueryLanguage JSONata is not supported yet by sfn-sim', [...at, 'QueryLanguage']);
      return undefined;
    }
    const type = s['Type'] as StateType;
    const common = {
      name,
      next: typeof s['Next'] === 'string' ? s['Next'] : undefined,
      inputPath: this.optionalPath(s, 'InputPath', at),
      outputPath: this.optionalPath(s, 'OutputPath', at),
    };
    switch (type) {
      case 'Pass':
        return {
          ...common,
          type,
          parameters: this.template(s, 'Parameters', at),
          result: s['Result'],
          resultPath: this.optionalPath(s, 'ResultPath', at),
        };
      case 'Task':
        return {
          ...common,
          ...this.withResult(s, at),
          type,
          resource: this.string(s, 'Resource', at) ?? '',
          parameters: this.template(s, 'Parameters', at),
          timeoutSeconds: this.numberSource(s, 'TimeoutSeconds', at),
          heartbeatSeconds: this.numberSource(s, 'HeartbeatSeconds', at),
          credentials: this.template(s, 'Credentials', at),
        };
      case 'Choice': {
        const choices: Array<{ rule: ReturnType<typeof compileChoiceRule>; next: string }> = [];
        (s['Choices'] as Json[]).forEach((rule, i) => {
          try {
            const { Next: next, ...rest } = rule as JsonObject;
            delete rest['Comment'];
            delete rest['Assign'];
            choices.push({ rule: compileChoiceRule(rest, `Choices[${i}]`), next: next as string });
          } catch (e) {
            this.error('SCHEMA_VALIDATION_FAILED', (e as Error).message, [...at, 'Choices', String(i)]);
          }
        });
        return { ...common, type, choices, defaultNext: typeof s['Default'] === 'string' ? s['Default'] : undefined };
      }
      case 'Wait':
        return { ...common, type, wait: this.waitSource(s, at) };
      case 'Succeed':
        return { ...common, type };
      case 'Fail':
        return {
          ...common,
          type,
          error: this.failField(s, 'Error', 'ErrorPath', at),
          cause: this.failField(s, 'Cause', 'CausePath', at),
        };
      case 'Parallel':
        return {
          ...common,
          ...this.withResult(s, at),
          type,
          parameters: this.template(s, 'Parameters', at),
          branches: (s['Branches'] as JsonObject[]).map((b, i) => this.block(b, [...at, 'Branches', String(i)])),
        };
      case 'Map': {
        const processorField = 'ItemProcessor' in s ? 'ItemProcessor' : 'Iterator';
        const processor = s[processorField] as JsonObject;
        const config = processor['ProcessorConfig'];
        const itemsPath = this.optionalPath(s, 'ItemsPath', at);
        const selectorField = 'ItemSelector' in s ? 'ItemSelector' : 'Parameters';
        return {
          ...common,
          ...this.withResult(s, at),
          type,
          itemsPath: itemsPath === null ? undefined : itemsPath,
          itemSelector: this.template(s, selectorField, at),
          processor: this.block(processor, [...at, processorField]),
          distributed: isJsonObject(config) && config['Mode'] === 'DISTRIBUTED',
          maxConcurrency: this.numberSource(s, 'MaxConcurrency', at),
          toleratedFailureCount: this.numberSource(s, 'ToleratedFailureCount', at),
          toleratedFailurePercentage: this.numberSource(s, 'ToleratedFailurePercentage', at),
          label: typeof s['Label'] === 'string' ? s['Label'] : undefined,
        };
      }
      default: {
        const never: never = type;
        this.error('SCHEMA_VALIDATION_FAILED', `Unknown state type ${String(never)}`, [...at, 'Type']);
        return undefined;
      }
    }
  }

  private withResult(s: JsonObject, at: string[]) {
    return {
      resultSelector: this.template(s, 'ResultSelector', at),
      resultPath: this.optionalPath(s, 'ResultPath', at),
      retriers: this.retriers(s, at),
      catchers: this.catchers(s, at),
    };
  }

  private retriers(s: JsonObject, at: string[]): CompiledRetrier[] {
    const list = s['Retry'];
    if (!Array.isArray(list)) return [];
    return list.map((r, i) => {
      const retrier = r as JsonObject;
      const loc = [...at, 'Retry', String(i)];
      const num = (field: string, fallback: number, min: number): number => {
        const v = retrier[field];
        if (v === undefined) return fallback;
        if (typeof v !== 'number' || !Number.isFinite(v) || v < min) {
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
        maxDelaySeconds: typeof maxDelay === 'number' ? num('MaxDelaySeconds', 0, 1) : undefined,
        jitter: retrier['JitterStrategy'] === 'FULL' ? 'FULL' : 'NONE',
      };
    });
  }

  private catchers(s: JsonObject, at: string[]): CompiledCatcher[] {
    const list = s['Catch'];
    if (!Array.isArray(list)) return [];
    return list.map((c, i) => {
      const catcher = c as JsonObject;
      return {
        errorEquals: catcher['ErrorEquals'] as string[],
        next: catcher['Next'] as string,
        resultPath: this.optionalPath(catcher, 'ResultPath', [...at, 'Catch', String(i)]),
      };
    });
  }

  private waitSource(s: JsonObject, at: string[]): WaitSource {
    const given = ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'].filter((f) => f in s);
    if (given.length !== 1) {
      this.error('SCHEMA_VALIDATION_FAILED', 'A Wait state needs exactly one of Seconds, Timestamp, SecondsPath, TimestampPath', at);
      return { kind: 'seconds', value: 0 };
    }
    const field = given[0] as string;
    const value = s[field];
    switch (field) {
      case 'Seconds':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
          this.error('SCHEMA_VALIDATION_FAILED', "The field 'Seconds' must be a non-negative integer", [...at, field]);
          return { kind: 'seconds', value: 0 };
        }
        return { kind: 'seconds', value };
      case 'Timestamp': {
        const epochMs = typeof value === 'string' ? parseTimestamp(value) : undefined;
        if (epochMs === undefined) {
          this.error('SCHEMA_VALIDATION_FAILED', 'String does not match RFC3339 timestamp', [...at, field]);
          return { kind: 'seconds', value: 0 };
        }
        return { kind: 'timestamp', epochMs };
      }
      default: {
        const path = this.path(value, field, at);
        if (path === undefined) return { kind: 'seconds', value: 0 };
        return field === 'SecondsPath' ? { kind: 'secondsPath', path } : { kind: 'timestampPath', path };
      }
    }
  }

  private failField(s: JsonObject, literal: string, pathField: 'ErrorPath' | 'CausePath', at: string[]): FailField {
    const path = s[pathField];
    if (typeof path === 'string') {
      try {
        return { kind: 'dynamic', field: pathField, text: path, evaluate: compileDynamicValue(pathField, path) };
      } catch (e) {
        this.error('SCHEMA_VALIDATION_FAILED', (e as Error).message, [...at, pathField]);
      }
    }
    const value = s[literal];
    return { kind: 'literal', value: typeof value === 'string' ? value : null };
  }

  private numberSource(s: JsonObject, field: string, at: string[]): NumberSource | undefined {
    const value = s[field];
    const pathText = s[`${field}Path`];
    if (typeof value === 'number') return { kind: 'literal', value };
    if (value !== undefined) this.error('SCHEMA_VALIDATION_FAILED', `The field '${field}' must be a number`, [...at, field]);
    if (pathText === undefined) return undefined;
    const path = this.path(pathText, `${field}Path`, at);
    return path === undefined ? undefined : { kind: 'path', path, field: `${field}Path` };
  }

  private optionalPath(s: JsonObject, field: string, at: string[]): CompiledPath | null | undefined {
    if (!(field in s)) return undefined;
    const value = s[field];
    if (value === null) return null;
    return this.path(value, field, at);
  }

  private path(value: Json | undefined, field: string, at: string[]): CompiledPath | undefined {
    if (typeof value !== 'string') {
      this.error('SCHEMA_VALIDATION_FAILED', `The field '${field}' must be a JSONPath string`, [...at, field]);
      return undefined;
    }
    try {
      return compilePath(value);
    } catch (e) {
      this.error('INVALID_JSON_PATH', `The value for the field '${field}' must be a valid JSONPath: ${(e as Error).message}`, [...at, field]);
      return undefined;
    }
  }

  private template(s: JsonObject, field: string, at: string[]): CompiledTemplate | undefined {
    if (!(field in s)) return undefined;
    try {
      return compilePayloadTemplate(s[field] as Json);
    } catch (e) {
      const loc = e instanceof TemplateError ? `${pointer(...at, field)}${e.location}` : pointer(...at, field);
      this.diagnostics.push({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: (e as Error).message, location: loc });
      return undefined;
    }
  }

  private string(s: JsonObject, field: string, at: string[]): string | undefined {
    const v = s[field];
    if (typeof v === 'string') return v;
    this.error('SCHEMA_VALIDATION_FAILED', `The field '${field}' is required and must be a string`, [...at, field]);
    return undefined;
  }

  private error(code: Diagnostic['code'], message: string, at: string[]): void {
    this.diagnostics.push({ severity: 'ERROR', code, message, location: pointer(...at) });
  }
}

/** Turns a (structurally valid) definition into an executable plan, or diagnostics. */
export function compileDefinition(definition: JsonObject): { block: CompiledBlock; diagnostics: Diagnostic[] } {
  const compiler = new Compiler();
  if (definition['QueryLanguage'] === 'JSONata') {
    return {
      block: { startAt: '', states: new Map() },
      diagnostics: [{ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'QueryLanguage JSONata is not supported yet by sfn-sim', location: '/QueryLanguage' }],
    };
  }
  const block = compiler.block(definition, []);
  return { block, diagnostics: compiler.diagnostics };
}
