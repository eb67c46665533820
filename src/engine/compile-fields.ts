import { pointer, type Diagnostic } from '../asl/diagnostics.js';
import type { Json, JsonObject } from '../asl/json.js';
import { numericValue } from '../asl/numeric.js';
import type { QueryLanguage } from '../asl/types.js';
import { compileJsonata, isJsonataExpression, type CompiledJsonata } from '../query/jsonata.js';
import { compilePath, type CompiledPath } from '../query/jsonpath.js';
import { compileDynamicValue, compilePayloadTemplate, TemplateError, type CompiledTemplate } from '../query/payload-template.js';
import { parseTimestamp } from '../query/timestamp.js';
import type { FailField, NumberSource, WaitSource } from './compiled.js';

/**
 * How single fields compile (paths, templates, JSONata values, numbers, Wait and Fail fields), with
 * the diagnostics they collect; the state and block structure is compiled by `compile.ts` on top.
 */
export class FieldCompiler {
  readonly diagnostics: Diagnostic[] = [];

  protected waitSource(s: JsonObject, lang: QueryLanguage, at: string[]): WaitSource {
    const given = ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'].filter((f) => f in s);
    if (given.length !== 1) {
      this.error('SCHEMA_VALIDATION_FAILED', 'A Wait state needs exactly one of Seconds, Timestamp, SecondsPath, TimestampPath', at);
      return { kind: 'seconds', value: 0 };
    }
    const field = given[0] as string;
    const value = s[field];
    if (lang === 'JSONata' && isJsonataExpression(value)) {
      const compiled = this.compileJsonataValue(value, field, [...at, field]);
      if (compiled === undefined) return { kind: 'seconds', value: 0 };
      return field === 'Seconds' ? { kind: 'jsonataSeconds', value: compiled } : { kind: 'jsonataTimestamp', value: compiled };
    }
    switch (field) {
      case 'Seconds': {
        const seconds = numericValue(value, true);
        if (seconds === undefined || seconds < 0) {
          this.error('SCHEMA_VALIDATION_FAILED', "The field 'Seconds' must be a non-negative integer", [...at, field]);
          return { kind: 'seconds', value: 0 };
        }
        return { kind: 'seconds', value: seconds };
      }
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

  protected failField(s: JsonObject, literal: string, pathField: 'ErrorPath' | 'CausePath', lang: QueryLanguage, at: string[]): FailField {
    const path = s[pathField];
    if (lang === 'JSONPath' && typeof path === 'string') {
      try {
        return { kind: 'dynamic', field: pathField, text: path, evaluate: compileDynamicValue(pathField, path) };
      } catch (e) {
        this.error('SCHEMA_VALIDATION_FAILED', (e as Error).message, [...at, pathField]);
      }
    }
    const value = s[literal];
    if (lang === 'JSONata' && isJsonataExpression(value)) {
      const compiled = this.compileJsonataValue(value, literal, [...at, literal]);
      if (compiled !== undefined) return { kind: 'jsonata', value: compiled };
    }
    return { kind: 'literal', value: typeof value === 'string' ? value : null };
  }

  protected numberSource(s: JsonObject, field: string, lang: QueryLanguage, at: string[]): NumberSource | undefined {
    const value = s[field];
    const literal = numericValue(value);
    if (literal !== undefined) return { kind: 'literal', value: literal };
    if (lang === 'JSONata' && isJsonataExpression(value)) {
      const compiled = this.compileJsonataValue(value, field, [...at, field]);
      return compiled === undefined ? undefined : { kind: 'jsonata', value: compiled, field };
    }
    if (value !== undefined) this.error('SCHEMA_VALIDATION_FAILED', `The field '${field}' must be a number`, [...at, field]);
    const pathText = s[`${field}Path`];
    if (pathText === undefined || lang === 'JSONata') return undefined;
    const path = this.path(pathText, `${field}Path`, at);
    return path === undefined ? undefined : { kind: 'path', path, field: `${field}Path` };
  }

  protected optionalPath(s: JsonObject, field: string, at: string[]): CompiledPath | null | undefined {
    if (!(field in s)) return undefined;
    const value = s[field];
    if (value === null) return null;
    const path = this.path(value, field, at);
    // ResultPath writes into the state input: a variable or the Context object cannot be written (ASL-REFERENCE §4.1)
    if (field === 'ResultPath' && path !== undefined && path.root !== 'input') {
      this.error(
        'INVALID_JSON_PATH',
        `The value for the field 'ResultPath' must be a reference path into the state input ('$' or '$.field'); ${path.root === 'variable' ? 'assign variables with Assign' : 'the Context object is read-only'}`,
        [...at, field],
      );
      return undefined;
    }
    return path;
  }

  protected path(value: Json | undefined, field: string, at: string[]): CompiledPath | undefined {
    if (typeof value !== 'string') {
      this.error('SCHEMA_VALIDATION_FAILED', `The field '${field}' must be a JSONPath string`, [...at, field]);
      return undefined;
    }
    try {
      return compilePath(value);
    } catch (e) {
      this.error('INVALID_JSON_PATH', `The value for the field '${field}' must be a valid JSONPath: ${(e as Error).message}`, [
        ...at,
        field,
      ]);
      return undefined;
    }
  }

  protected template(s: JsonObject, field: string, at: string[]): CompiledTemplate | undefined {
    if (!(field in s)) return undefined;
    try {
      return compilePayloadTemplate(s[field] as Json);
    } catch (e) {
      const loc = e instanceof TemplateError ? `${pointer(...at, field)}${e.location}` : pointer(...at, field);
      this.diagnostics.push({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: (e as Error).message, location: loc });
      return undefined;
    }
  }

  protected jsonata(s: JsonObject, field: string, at: string[]): CompiledJsonata | undefined {
    if (!(field in s)) return undefined;
    return this.compileJsonataValue(s[field] as Json, field, [...at, field]);
  }

  protected compileJsonataValue(value: Json, field: string, at: string[]): CompiledJsonata | undefined {
    try {
      return compileJsonata(value, field);
    } catch (e) {
      this.error('SCHEMA_VALIDATION_FAILED', (e as Error).message, at);
      return undefined;
    }
  }

  protected string(s: JsonObject, field: string, at: string[]): string | undefined {
    const v = s[field];
    if (typeof v === 'string') return v;
    this.error('SCHEMA_VALIDATION_FAILED', `The field '${field}' is required and must be a string`, [...at, field]);
    return undefined;
  }

  protected error(code: Diagnostic['code'], message: string, at: string[]): void {
    this.diagnostics.push({ severity: 'ERROR', code, message, location: pointer(...at) });
  }
}
