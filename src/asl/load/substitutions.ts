import { escapePointerSegment } from '../json-pointer.js';
import type { Diagnostic } from '../diagnostics.js';
import { type Json, type JsonObject, setOwn } from '../json.js';
import { mayHoldPlaceholder, tokenizePlaceholders } from './placeholder-syntax.js';

/** A value a placeholder can take: CloudFormation substitutes it as text, so numbers and booleans become their text. */
export type SubstitutionValue = string | number | boolean;

/** One `${Name}` placeholder found in a string value (or key) of a definition. */
export interface Placeholder {
  /** What is inside the braces: `OrderTable`, `Fn.Arn`, `AWS::Region`, `self:custom.table`. */
  readonly name: string;
  /** JSON pointer of the string value holding it (of the member, for a placeholder in a key). */
  readonly location: string;
  /** The key holding the string (`Resource`, `TableName`), or the array index as text. */
  readonly field: string;
  /** True when the whole string is exactly `${name}`. */
  readonly whole: boolean;
}

/** Values for placeholders: a table by name, or a function that may decline (`undefined`). */
export type Substitutions = Readonly<Record<string, SubstitutionValue>> | ((placeholder: Placeholder) => SubstitutionValue | undefined);

/** A placeholder met while substituting, and what filled it. */
export interface PlaceholderUse extends Placeholder {
  /** `substitutions` (the caller's), `DefinitionSubstitutions` (the template's), or `undefined` when nothing did. */
  readonly resolvedBy: 'substitutions' | 'DefinitionSubstitutions' | 'fallback' | undefined;
  /** The text put in its place, when resolved. */
  readonly value?: string;
}

/** What {@link applySubstitutions} returns. */
export interface SubstitutionResult {
  /** A copy of the definition with every resolved placeholder replaced; unresolved ones are kept as `${name}`. */
  readonly definition: Json;
  readonly placeholders: PlaceholderUse[];
  /** One `UNRESOLVED_PLACEHOLDER` error per placeholder left, at its pointer. */
  readonly diagnostics: Diagnostic[];
}

/** Options of {@link applySubstitutions}. */
export interface SubstitutionOptions {
  /**
   * The template's own DefinitionSubstitutions, consulted after the caller's substitutions. A value
   * may itself hold placeholders (an intrinsic such as `!GetAtt Fn.Arn` becomes `${Fn.Arn}`), which
   * are substituted in turn.
   * @defaultValue no template substitutions
   */
  readonly definitionSubstitutions?: Readonly<Record<string, SubstitutionValue>>;
  /**
   * Consulted last, for placeholders neither the caller nor the template fills: e.g.
   * {@link genericSubstitution} to check a template without its stack's values.
   * @defaultValue none: such placeholders are reported
   */
  readonly fallback?: (placeholder: Placeholder) => SubstitutionValue | undefined;
}

/** Nested DefinitionSubstitutions deeper than this are reported unresolved: it stops `A -> ${A}` loops. */
const MAX_NESTING = 4;

/**
 * Replaces `${Name}` placeholders inside the string values and keys of a definition, as
 * CloudFormation applies DefinitionSubstitutions: textually, so a whole-string `${Seconds}` filled
 * with `30` becomes the string `"30"`, never a number. `${!Literal}` (Fn::Sub's escape) becomes the
 * text `${Literal}`. Every placeholder left is reported, never silently kept.
 *
 * @example
 * ```ts
 * const { definition, diagnostics } = applySubstitutions(
 *   { StartAt: 'A', States: { A: { Type: 'Task', Resource: '${FnArn}', End: true } } },
 *   { FnArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' },
 * );
 * // diagnostics is empty; definition.States.A.Resource is the ARN
 * ```
 */
export function applySubstitutions(definition: Json, substitutions?: Substitutions, options: SubstitutionOptions = {}): SubstitutionResult {
  const placeholders: PlaceholderUse[] = [];
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  const fromTemplate = options.definitionSubstitutions;

  const lookup = (p: Placeholder): SubstitutionValue | undefined => {
    if (substitutions === undefined) return undefined;
    const value = typeof substitutions === 'function' ? substitutions(p) : own(substitutions, p.name);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
  };

  const expand = (text: string, location: string, field: string, whole: boolean, depth: number): string => {
    const tokens = tokenizePlaceholders(text);
    let out = '';
    for (const token of tokens) {
      if (token.kind !== 'placeholder') {
        out += token.text;
        continue;
      }
      const p: Placeholder = { name: token.name, location: location === '' ? '/' : location, field, whole: whole && tokens.length === 1 };
      const given = lookup(p);
      if (given !== undefined) {
        placeholders.push({ ...p, resolvedBy: 'substitutions', value: String(given) });
        out += String(given);
        continue;
      }
      const templateValue = fromTemplate === undefined || depth >= MAX_NESTING ? undefined : own(fromTemplate, token.name);
      if (templateValue !== undefined) {
        const text = String(templateValue);
        placeholders.push({ ...p, resolvedBy: 'DefinitionSubstitutions', value: text });
        out += mayHoldPlaceholder(text) ? expand(text, location, field, p.whole, depth + 1) : text;
        continue;
      }
      const stand = options.fallback?.(p);
      if (typeof stand === 'string' || typeof stand === 'number' || typeof stand === 'boolean') {
        placeholders.push({ ...p, resolvedBy: 'fallback', value: String(stand) });
        out += String(stand);
        continue;
      }
      placeholders.push({ ...p, resolvedBy: undefined });
      out += token.raw;
      const key = `${location}\u0000${token.name}`;
      if (!reported.has(key)) {
        reported.add(key);
        diagnostics.push(unresolvedPlaceholder(token.name, location));
      }
    }
    return out;
  };

  const walk = (value: Json, location: string, field: string): Json => {
    if (typeof value === 'string') return mayHoldPlaceholder(value) ? expand(value, location, field, true, 0) : value;
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${location}/${i}`, String(i)));
    const copy: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      const memberLocation = `${location}/${escapePointerSegment(key)}`;
      const newKey = mayHoldPlaceholder(key) ? expand(key, memberLocation, key, true, 0) : key;
      setOwn(copy, newKey, walk(item, `${location}/${escapePointerSegment(newKey)}`, newKey));
    }
    return copy;
  };

  return { definition: walk(definition, '', ''), placeholders, diagnostics };
}

/** The UNRESOLVED_PLACEHOLDER diagnostic, with the option and the CLI flag that would fill it. */
export function unresolvedPlaceholder(name: string, location: string): Diagnostic {
  const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return {
    severity: 'ERROR',
    code: 'UNRESOLVED_PLACEHOLDER',
    message: `Placeholder \${${name}} is not substituted: pass substitutions: { ${key}: '…' } (CLI: --sub ${name}=…)`,
    location: location === '' ? '/' : location,
  };
}

/** Own properties only: a placeholder named `constructor` must not find `Object.prototype.constructor`. */
function own<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}
