import type { Json, JsonObject } from '../asl/json.js';
import { numericValue } from '../asl/numeric.js';
import type { StateType } from '../asl/types.js';
import { StateMachine } from '../engine/state-machine.js';
import { UsageError } from '../engine/errors.js';

/** A state machine as the fuzz functions accept it: a `StateMachine`, its parsed definition or its JSON text. */
export type FuzzTarget = StateMachine | JsonObject | string;

/** A retrier as the fuzzer reads it: the errors it names and its attempt budget. */
export interface OutlinedRetrier {
  readonly errorEquals: readonly string[];
  /** `MaxAttempts` (a numeric string counts, as in the engine), AWS's default 3 when absent. */
  readonly maxAttempts: number;
}

export interface OutlinedCatcher {
  readonly errorEquals: readonly string[];
  readonly next: string;
}

/** A state with what fuzzing needs of it. */
export interface FuzzState {
  readonly name: string;
  readonly type: StateType;
  /** Inside a Parallel branch or a Map item processor: its calls may interleave with other iterations'. */
  readonly nested: boolean;
  readonly retriers: readonly OutlinedRetrier[];
  readonly catchers: readonly OutlinedCatcher[];
  /** Literal `TimeoutSeconds` / `HeartbeatSeconds` (Task); `undefined` when absent or read from a path. */
  readonly timeoutSeconds: number | undefined;
  readonly heartbeatSeconds: number | undefined;
  /** Choice: how many rules, and whether it has a `Default`. */
  readonly choiceRules: number;
  readonly hasDefault: boolean;
  /** Fail: its literal `Error`. */
  readonly failError: string | undefined;
}

/** A definition reduced to what failure plans, properties and coverage need; built once per fuzz run. */
export interface MachineOutline {
  readonly definition: JsonObject;
  /** Every state, in definition order, nested ones included. */
  readonly states: readonly FuzzState[];
  readonly byName: ReadonlyMap<string, FuzzState>;
  readonly tasks: readonly FuzzState[];
}

const DEFAULT_MAX_ATTEMPTS = 3;
const outlines = new WeakMap<object, MachineOutline>();

/** The definition of a fuzz target, parsed. */
export function definitionOf(target: FuzzTarget): JsonObject {
  if (target instanceof StateMachine) return target.definition;
  if (typeof target === 'string') {
    try {
      return JSON.parse(target) as JsonObject;
    } catch (e) {
      throw new UsageError(`fuzz: the definition is not valid JSON: ${(e as Error).message}`);
    }
  }
  return target;
}

/** Outlines a definition (cached per definition object). */
export function outlineMachine(target: FuzzTarget): MachineOutline {
  const definition = definitionOf(target);
  const cached = outlines.get(definition);
  if (cached !== undefined) return cached;
  if (typeof definition !== 'object' || definition === null || typeof definition['States'] !== 'object') {
    throw new UsageError('fuzz: expected a state machine definition (an object with StartAt and States), its JSON text, or a StateMachine');
  }
  const states: FuzzState[] = [];
  outlineBlock(definition, false, states);
  const outline: MachineOutline = {
    definition,
    states,
    byName: new Map(states.map((s) => [s.name, s])),
    tasks: states.filter((s) => s.type === 'Task'),
  };
  outlines.set(definition, outline);
  return outline;
}

function outlineBlock(block: JsonObject, nested: boolean, into: FuzzState[]): void {
  for (const [name, raw] of Object.entries(block['States'] as JsonObject)) {
    const s = raw as JsonObject;
    const type = s['Type'] as StateType;
    into.push({
      name,
      type,
      nested,
      retriers: list(s['Retry']).map((r) => ({
        errorEquals: strings(r['ErrorEquals']),
        maxAttempts: numericValue(r['MaxAttempts'], true) ?? DEFAULT_MAX_ATTEMPTS,
      })),
      catchers: list(s['Catch']).map((c) => ({ errorEquals: strings(c['ErrorEquals']), next: String(c['Next']) })),
      timeoutSeconds: numericValue(s['TimeoutSeconds'], true),
      heartbeatSeconds: numericValue(s['HeartbeatSeconds'], true),
      choiceRules: type === 'Choice' ? list(s['Choices']).length : 0,
      hasDefault: type === 'Choice' && typeof s['Default'] === 'string',
      failError: type === 'Fail' && typeof s['Error'] === 'string' ? s['Error'] : undefined,
    });
    if (type === 'Parallel') for (const branch of list(s['Branches'])) outlineBlock(branch, true, into);
    if (type === 'Map') {
      const processor = s['ItemProcessor'] ?? s['Iterator'];
      if (isObject(processor)) outlineBlock(processor, true, into);
    }
  }
}

/** Attempts one visit of the state may make: the first try plus every retrier's MaxAttempts (each retrier counts its own). */
export function attemptBound(state: FuzzState): number {
  return 1 + state.retriers.reduce((sum, r) => sum + Math.max(0, r.maxAttempts), 0);
}

function list(value: Json | undefined): JsonObject[] {
  return Array.isArray(value) ? (value.filter(isObject) as JsonObject[]) : [];
}

function strings(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
