import { didYouMean } from '../did-you-mean.js';
import { LoadError } from './load-error.js';
import type { MachineCandidate } from './state-machine-source.js';

/** What the file is, for messages: "this template defines 3 state machines". */
export type SourceNoun = 'template' | 'Serverless config' | 'cloud assembly';

/**
 * Picks the machine to load: the one `wanted` names (logical id, key, name, CDK construct path or
 * its segment), or the only one. Several without a choice is an error listing them all.
 */
export function selectMachine(
  file: string,
  noun: SourceNoun,
  candidates: readonly MachineCandidate[],
  wanted: string | undefined,
): MachineCandidate {
  if (candidates.length === 0) {
    throw new LoadError(
      'NO_STATE_MACHINE',
      file,
      noun === 'Serverless config'
        ? `${file}: this Serverless config defines no state machine under stepFunctions.stateMachines`
        : `${file}: this ${noun} defines no state machine (no resource of type AWS::StepFunctions::StateMachine or AWS::Serverless::StateMachine)`,
    );
  }
  if (wanted === undefined) {
    if (candidates.length === 1) return candidates[0] as MachineCandidate;
    throw new LoadError('AMBIGUOUS_MACHINE', file, `${file}: ${defines(noun, candidates)}; pick one with --machine <id>`);
  }
  const byId = candidates.filter((c) => c.entry.id === wanted);
  const matches = byId.length > 0 ? byId : candidates.filter((c) => c.aliases.includes(wanted));
  if (matches.length === 1) return matches[0] as MachineCandidate;
  if (matches.length > 1) {
    throw new LoadError(
      'AMBIGUOUS_MACHINE',
      file,
      `${file}: "${wanted}" names ${matches.length} state machines: ${list(matches)}; pick one by its id`,
    );
  }
  const names = candidates.flatMap((c) => [c.entry.id, ...c.aliases]);
  throw new LoadError(
    'MACHINE_NOT_FOUND',
    file,
    `${file}: no state machine "${wanted}"${didYouMean(wanted, names)}; ${defines(noun, candidates)}`,
  );
}

function defines(noun: SourceNoun, candidates: readonly MachineCandidate[]): string {
  const count = candidates.length === 1 ? '1 state machine' : `${candidates.length} state machines`;
  return `this ${noun} defines ${count}: ${list(candidates)}`;
}

/** `OrderFlow (OrderFlowStateMachine)`: the name the user knows, then the id to pass. */
function list(candidates: readonly MachineCandidate[]): string {
  const files = new Set(candidates.map((c) => c.entry.file));
  return candidates
    .map(({ entry, aliases }) => {
      const known = entry.name ?? aliases[aliases.length - 1];
      const where = files.size > 1 ? ` in ${entry.file}` : '';
      return known === undefined || known === entry.id ? `${entry.id}${where}` : `${known} (${entry.id}${where})`;
    })
    .join(', ');
}
