import type { JsonObject } from '../asl/json.js';
import type { StateType } from '../asl/types.js';
import { UsageError } from '../engine/errors.js';

/** A definition as `costOf` accepts it: JSON text, the parsed object, or a `StateMachine` (its `definition`). */
export type DefinitionSource = string | object | { readonly definition: JsonObject };

/** What billing needs to know about one state of the definition. */
export interface OutlinedState {
  readonly name: string;
  readonly type: StateType;
  /** Where it sits: `Process[*].Validate` (any Map item), `Fanout#1.Notify` (branch 1). */
  readonly label: string;
  readonly hasRetry: boolean;
  readonly resource: string | undefined;
  /** Parallel: its branches. */
  readonly branches: readonly OutlinedBlock[];
  /** Map: its item processor. */
  readonly processor: OutlinedBlock | undefined;
  /** A distributed Map: its children are executions of their own (§11.1). */
  readonly distributed: DistributedConfig | undefined;
  /** The innermost distributed Map whose children run this state; `undefined` when the execution itself runs it. */
  readonly childOf: OutlinedState | undefined;
}

export interface DistributedConfig {
  readonly executionType: 'STANDARD' | 'EXPRESS';
  /** Children running at once: MaxConcurrency when it is a number, else AWS's 10,000. */
  readonly concurrency: number;
  /** UTF-8 size of the item processor, the children's definition. */
  readonly processorBytes: number;
}

export interface OutlinedBlock {
  readonly startAt: string;
  readonly states: ReadonlyMap<string, OutlinedState>;
}

/** A definition reduced to what costs depend on. */
export interface DefinitionOutline {
  readonly root: OutlinedBlock;
  /** Every state, in definition order, nested ones included. */
  readonly states: readonly OutlinedState[];
  /** UTF-8 size of the definition (the text as given, or the object as compact JSON). */
  readonly bytes: number;
}

/** One `path` entry resolved against the definition. */
export interface LocatedEntry {
  readonly state: OutlinedState;
  /** The Map and Parallel states around it, outermost first, with the item or branch index and the entry's qualified name for it. */
  readonly chain: ReadonlyArray<{ readonly state: OutlinedState; readonly index: number; readonly qualified: string }>;
}

const DISTRIBUTED_DEFAULT_CONCURRENCY = 10_000;

/** Reads the parts of a definition that billing needs. */
export function outlineDefinition(source: DefinitionSource): DefinitionOutline {
  let text: string;
  let definition: unknown;
  if (typeof source === 'string') {
    text = source;
    try {
      definition = JSON.parse(source) as unknown;
    } catch (e) {
      throw new UsageError(`costOf: the definition is not valid JSON: ${(e as Error).message}`);
    }
  } else {
    definition = 'definition' in source && !('States' in source) ? source.definition : source;
    text = JSON.stringify(definition);
  }
  if (!isObject(definition) || !isObject(definition['States'])) {
    throw new UsageError(
      'costOf: expected a state machine definition (an object with StartAt and States), its JSON text, or a StateMachine',
    );
  }
  const states: OutlinedState[] = [];
  const root = outlineBlock(definition, '', states, undefined);
  return { root, states, bytes: Buffer.byteLength(text, 'utf8') };
}

function outlineBlock(
  block: Record<string, unknown>,
  prefix: string,
  all: OutlinedState[],
  childOf: OutlinedState | undefined,
): OutlinedBlock {
  const states = new Map<string, OutlinedState>();
  const raw = isObject(block['States']) ? block['States'] : {};
  for (const [name, value] of Object.entries(raw)) {
    if (!isObject(value)) continue;
    const state = outlineState(name, value, prefix, all, childOf);
    states.set(name, state);
  }
  return { startAt: typeof block['StartAt'] === 'string' ? block['StartAt'] : '', states };
}

function outlineState(
  name: string,
  value: Record<string, unknown>,
  prefix: string,
  all: OutlinedState[],
  childOf: OutlinedState | undefined,
): OutlinedState {
  const type = value['Type'] as StateType;
  const label = prefix + name;
  const branches: OutlinedBlock[] = [];
  let distributed: DistributedConfig | undefined;
  const block = type !== 'Map' ? undefined : isObject(value['ItemProcessor']) ? value['ItemProcessor'] : value['Iterator'];
  if (isObject(block) && isObject(block['ProcessorConfig']) && block['ProcessorConfig']['Mode'] === 'DISTRIBUTED') {
    const max = value['MaxConcurrency'];
    distributed = {
      executionType: block['ProcessorConfig']['ExecutionType'] === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
      concurrency: typeof max === 'number' && max > 0 ? Math.min(max, DISTRIBUTED_DEFAULT_CONCURRENCY) : DISTRIBUTED_DEFAULT_CONCURRENCY,
      processorBytes: Buffer.byteLength(JSON.stringify(block), 'utf8'),
    };
  }
  const state: { -readonly [K in keyof OutlinedState]: OutlinedState[K] } = {
    name,
    type,
    label,
    hasRetry: Array.isArray(value['Retry']) && value['Retry'].length > 0,
    resource: typeof value['Resource'] === 'string' ? value['Resource'] : undefined,
    branches,
    processor: undefined,
    distributed,
    childOf,
  };
  all.push(state);
  if (type === 'Parallel' && Array.isArray(value['Branches'])) {
    value['Branches'].forEach((branch: unknown, i) => {
      if (isObject(branch)) branches.push(outlineBlock(branch, `${label}#${i}.`, all, childOf));
    });
  }
  if (isObject(block)) state.processor = outlineBlock(block, `${label}[*].`, all, distributed === undefined ? childOf : state);
  return state;
}

/**
 * Resolves a qualified `path` entry (`Map[2].Inner`, `Par#1.Inner`) to its state. State names may
 * themselves hold `.`, `[` or `#`, so candidates are tried against the definition, not split on.
 */
export function locateEntry(outline: DefinitionOutline, entry: string): LocatedEntry | undefined {
  return locateIn(outline.root, entry, 0, []);
}

function locateIn(block: OutlinedBlock, entry: string, at: number, chain: LocatedEntry['chain']): LocatedEntry | undefined {
  for (const state of block.states.values()) {
    if (!entry.startsWith(state.name, at)) continue;
    const after = at + state.name.length;
    if (after === entry.length) return { state, chain };
    const rest = entry.slice(after);
    const nested = state.type === 'Map' ? /^\[(\d+)\]\./.exec(rest) : state.type === 'Parallel' ? /^#(\d+)\./.exec(rest) : null;
    if (nested === null) continue;
    const index = Number(nested[1]);
    const inner = state.type === 'Map' ? state.processor : state.branches[index];
    if (inner === undefined) continue;
    const found = locateIn(inner, entry, after + nested[0].length, [...chain, { state, index, qualified: entry.slice(0, after) }]);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
