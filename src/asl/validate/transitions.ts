import { didYouMean } from '../did-you-mean.js';
import { pointer, type Diagnostic } from '../diagnostics.js';
import { isJsonObject } from '../json.js';
import { hasPlaceholder } from '../placeholders.js';
import type { BlockRef, StateRef } from './model.js';

/**
 * Transitions of one block (ASL-REFERENCE §1.2, §10.3): StartAt and every Next/Default/Catch target
 * name a state of the same block (a branch cannot leave its Parallel or Map), every state is
 * reachable, and every reachable state can reach a terminal state. Linear in the block's size.
 */
export function checkTransitions(block: BlockRef, out: Diagnostic[]): void {
  const names = block.names;
  if (names.size === 0) return;
  const edges = new Map<StateRef, StateRef[]>();
  const target = (name: unknown, at: readonly (string | number)[], list: StateRef[]): void => {
    if (typeof name !== 'string') return;
    if (!names.has(name)) {
      // a `${Next}` placeholder is reported once, as a warning (see placeholder-warnings.ts)
      if (!hasPlaceholder(name)) out.push(missingTarget(name, [...names.keys()], pointer(...at)));
      return;
    }
    const ref = names.get(name);
    if (ref !== undefined) list.push(ref);
  };
  if (block.startAt !== undefined && !names.has(block.startAt) && !hasPlaceholder(block.startAt)) {
    out.push(missingTarget(block.startAt, [...names.keys()], pointer(...block.at, 'StartAt')));
  }
  for (const s of block.states) {
    const list: StateRef[] = [];
    edges.set(s, list);
    if (s.type === 'Choice') {
      const choices = s.state['Choices'];
      if (Array.isArray(choices)) {
        choices.forEach((rule, i) => {
          if (isJsonObject(rule)) target(rule['Next'], [...s.at, 'Choices', i, 'Next'], list);
        });
      }
      target(s.state['Default'], [...s.at, 'Default'], list);
    } else {
      target(s.state['Next'], [...s.at, 'Next'], list);
    }
    const catchers = s.state['Catch'];
    if (Array.isArray(catchers)) {
      catchers.forEach((c, i) => {
        if (isJsonObject(c)) target(c['Next'], [...s.at, 'Catch', i, 'Next'], list);
      });
    }
  }
  const start = block.startAt === undefined ? undefined : names.get(block.startAt);
  if (start === undefined) return;
  const reached = new Set<StateRef>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const n of edges.get(queue.pop() as StateRef) ?? []) {
      if (!reached.has(n)) {
        reached.add(n);
        queue.push(n);
      }
    }
  }
  for (const s of block.states) {
    if (!reached.has(s)) out.push(transitionError(`State "${s.name}" is not reachable.`, pointer(...s.at)));
  }
  checkTermination(block, edges, reached, out);
}

/** A terminal state ends the block: End: true, Succeed or Fail (§1.2). */
function isTerminal(s: StateRef): boolean {
  return s.type === 'Succeed' || s.type === 'Fail' || (s.type !== 'Choice' && s.state['End'] === true);
}

/**
 * MISSING_END_STATE: no terminal state at all, or reachable states from which every path loops
 * forever (a loop with a Choice or Catch exit to a terminal state is fine). Found by walking the
 * reversed graph from the terminal states.
 */
function checkTermination(block: BlockRef, edges: Map<StateRef, StateRef[]>, reached: Set<StateRef>, out: Diagnostic[]): void {
  const terminals = block.states.filter(isTerminal);
  const at = pointer(...block.at);
  if (terminals.length === 0) {
    if (block.states.length > 0) out.push(endError('No terminal state found in the state machine', at));
    return;
  }
  // a transition to a missing or malformed state was reported already; assume it could end
  const incoming = new Map<StateRef, StateRef[]>();
  const ends = new Set<StateRef>(terminals);
  for (const [from, tos] of edges) {
    for (const to of tos) {
      const list = incoming.get(to);
      if (list === undefined) incoming.set(to, [from]);
      else list.push(from);
    }
    if (hasDanglingTransition(from, block)) ends.add(from);
  }
  const canEnd = new Set<StateRef>(ends);
  const queue = [...ends];
  while (queue.length > 0) {
    for (const from of incoming.get(queue.pop() as StateRef) ?? []) {
      if (!canEnd.has(from)) {
        canEnd.add(from);
        queue.push(from);
      }
    }
  }
  const stuck = block.states.filter((s) => reached.has(s) && !canEnd.has(s)).map((s) => s.name);
  if (stuck.length > 0) {
    const shown = stuck.slice(0, 5).join(', ') + (stuck.length > 5 ? `, … (${stuck.length} states)` : '');
    out.push(endError(`No terminal state can be reached from these states, which loop with no exit: [${shown}]`, at));
  }
}

function hasDanglingTransition(s: StateRef, block: BlockRef): boolean {
  const next = s.state['Next'];
  if (s.type !== 'Choice' && typeof next === 'string' && block.names.get(next) === undefined) return true;
  return s.type !== 'Choice' && s.type !== 'Succeed' && s.type !== 'Fail' && next === undefined && s.state['End'] !== true;
}

function missingTarget(name: string, names: string[], location: string): Diagnostic {
  return transitionError(`Missing 'Next' target: ${name}${didYouMean(name, names)}`, location);
}

function transitionError(message: string, location: string): Diagnostic {
  return { severity: 'ERROR', code: 'MISSING_TRANSITION_TARGET', message, location };
}

function endError(message: string, location: string): Diagnostic {
  return { severity: 'ERROR', code: 'MISSING_END_STATE', message, location };
}
