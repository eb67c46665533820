import { JSONATA_FOLDERS } from './cases.js';
import type { CaseOutcome } from './runner.js';

/** Match counts for a group of cases. */
export interface Tally {
  readonly cases: number;
  /** status + output + error + cause match */
  readonly resultMatch: number;
  /** cases with a recorded history */
  readonly historyCases: number;
  /** same event-type sequence */
  readonly historyExact: number;
  /** same multiset of event types, in another order */
  readonly historyOtherOrder: number;
}

export interface FolderTally extends Tally {
  readonly folder: string;
}

export interface Totals {
  readonly all: Tally;
  /** leaving out the folders `assign` and `evaluate_jsonata` */
  readonly outsideJsonataFolders: Tally;
  /** also leaving out any case whose definition uses QueryLanguage JSONata anywhere */
  readonly outsideJsonataAnywhere: Tally;
}

export function tally(outcomes: readonly CaseOutcome[]): Tally {
  let resultMatch = 0;
  let historyCases = 0;
  let historyExact = 0;
  let historyOtherOrder = 0;
  for (const o of outcomes) {
    if (o.resultMatch) resultMatch++;
    if (o.hasHistory) historyCases++;
    if (o.history === 'exact') historyExact++;
    if (o.history === 'other-order') historyOtherOrder++;
  }
  return { cases: outcomes.length, resultMatch, historyCases, historyExact, historyOtherOrder };
}

/** One tally per feature folder, folders in alphabetical order. */
export function tallyByFolder(outcomes: readonly CaseOutcome[]): FolderTally[] {
  const groups = new Map<string, CaseOutcome[]>();
  for (const o of outcomes) {
    const group = groups.get(o.folder);
    if (group === undefined) groups.set(o.folder, [o]);
    else group.push(o);
  }
  return [...groups.keys()].sort().map((folder) => ({ folder, ...tally(groups.get(folder) ?? []) }));
}

/** One tally per group (`<folder>`, `<folder>+lambda`), in alphabetical order: the baseline's keys. */
export function tallyByGroup(outcomes: readonly CaseOutcome[]): FolderTally[] {
  return tallyByFolder(outcomes.map((o) => ({ ...o, folder: o.group })));
}

export function totals(outcomes: readonly CaseOutcome[]): Totals {
  const outsideFolders = outcomes.filter((o) => !JSONATA_FOLDERS.includes(o.folder));
  return {
    all: tally(outcomes),
    outsideJsonataFolders: tally(outsideFolders),
    outsideJsonataAnywhere: tally(outsideFolders.filter((o) => !o.usesJsonata)),
  };
}
