import type { CompiledPath } from '../jsonpath.js';
import type { IntrinsicName } from './names.js';

/** `States.Name(arg, ...)`, with its own source text so causes can quote the call that failed. */
export interface CallNode {
  readonly kind: 'call';
  readonly name: IntrinsicName;
  readonly args: readonly ArgumentNode[];
  /** The call exactly as written, e.g. `States.MathAdd($.a, 1)`. */
  readonly text: string;
}

/** `'text'`: `value` has the escapes resolved; `raw` keeps them, because Format reads `\{` and `\}` itself. */
export interface StringNode {
  readonly kind: 'string';
  readonly value: string;
  readonly raw: string;
  /** A backslash not followed by `'`, `{`, `}` or `\`: AWS fails when the call runs, not when it is created. */
  readonly badEscape?: { readonly sequence: string; readonly position: number };
}

export interface NumberNode {
  readonly kind: 'number';
  readonly value: number;
}

export interface BooleanNode {
  readonly kind: 'boolean';
  readonly value: boolean;
}

export interface NullNode {
  readonly kind: 'null';
}

/** `$.x`, `$$.Execution.Id` or `$var.x`, compiled once by the JSONPath module. */
export interface PathNode {
  readonly kind: 'path';
  readonly path: CompiledPath;
}

export type ArgumentNode = CallNode | StringNode | NumberNode | BooleanNode | NullNode | PathNode;
