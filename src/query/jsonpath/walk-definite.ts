import { isJsonObject, setOwn, type Json, type JsonObject } from '../../asl/json.js';
import {
  arrayExpectedMessage,
  expectedObjectMessage,
  missingPropertyMessage,
  multiPropertyLeafMessage,
  noResultsMessage,
  pathIsNullMessage,
} from './miss-messages.js';
import { applyPathFunction, PathFunctionError } from './path-functions.js';
import { renderPath, renderTokens, tokenFragment, type PathToken } from './tokens.js';

/** What a definite path gives when it reads nothing. */
export const MISS: unique symbol = Symbol('miss');

/**
 * Walks a definite path (single properties, single indexes, a leaf property union, a final
 * function) from `start`. Reads own properties only, so `__proto__` and `constructor` are just keys.
 * On a miss, calls `explain` (when given) with Jayway's message; the caller re-walks with `explain`
 * only after a miss, so the common case builds no text.
 */
export function walkDefinite(tokens: readonly PathToken[], start: Json, explain?: (message: string) => void): Json | typeof MISS {
  let model = start;
  const last = tokens.length - 1;
  for (let i = 0; i <= last; i++) {
    const token = tokens[i] as PathToken;
    switch (token.kind) {
      case 'property': {
        if (!isJsonObject(model)) {
          explain?.(expectedObjectMessage(tokenFragment(token), renderPath(tokens, i), model));
          return MISS;
        }
        if (token.names.length > 1) {
          if (i !== last) {
            explain?.(multiPropertyLeafMessage(renderPath(tokens, i), token.names));
            return MISS;
          }
          model = mergeProperties(model, token.names);
          break;
        }
        const name = token.names[0] as string;
        if (!Object.hasOwn(model, name)) {
          // Jayway: a missing leaf is "no results"; a missing property on the way is named.
          explain?.(i === last ? noResultsMessage(renderPath(tokens)) : missingPropertyMessage(renderPath(tokens, i + 1)));
          return MISS;
        }
        model = model[name] as Json;
        break;
      }
      case 'index': {
        if (model === null) {
          explain?.(pathIsNullMessage(renderPath(tokens, i)));
          return MISS;
        }
        if (!Array.isArray(model)) {
          explain?.(arrayExpectedMessage(renderTokens(tokens, i), model));
          return MISS;
        }
        const index = token.indexes[0] as number;
        const effective = index < 0 ? model.length + index : index;
        if (effective < 0 || effective >= model.length) {
          // Jayway swallows the IndexOutOfBoundsException, so the path just has no results.
          explain?.(noResultsMessage(renderPath(tokens)));
          return MISS;
        }
        model = model[effective] as Json;
        break;
      }
      case 'function':
        try {
          model = applyPathFunction(token.name, model);
        } catch (error) {
          if (!(error instanceof PathFunctionError)) throw error;
          explain?.(error.message);
          return MISS;
        }
        break;
      default:
        throw new Error(`internal: ${token.kind} token in a definite path`);
    }
  }
  return model;
}

/** A leaf property union merges the named properties that exist into one object (Jayway). */
export function mergeProperties(model: JsonObject, names: readonly string[]): JsonObject {
  const merged: JsonObject = {};
  for (const name of names) {
    if (Object.hasOwn(model, name)) setOwn(merged, name, model[name] as Json);
  }
  return merged;
}
