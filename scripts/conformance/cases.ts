import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One recorded execution, as stored in `shared/conformance/cases/<feature>/<id>.json`. */
export interface ConformanceCase {
  readonly id: string;
  readonly feature?: string;
  readonly definition: unknown;
  readonly input?: unknown;
  readonly expected: {
    readonly status?: string;
    readonly output?: unknown;
    readonly error?: unknown;
    readonly cause?: unknown;
    readonly history?: readonly unknown[] | null;
  };
  readonly needs: readonly string[];
  readonly meta?: Record<string, unknown>;
}

/** A case together with where it came from and how it is classified. */
export interface LoadedCase {
  /** The feature folder under `cases/`. */
  readonly folder: string;
  /** The file name inside the folder. */
  readonly file: string;
  readonly case: ConformanceCase;
  /** `QueryLanguage: "JSONata"` appears somewhere in the definition (top level or any state). */
  readonly usesJsonata: boolean;
  /** `expected.history` is a recorded event list (choice-operator and express sync cases have none). */
  readonly hasHistory: boolean;
}

/** Folders whose cases exercise JSONata or variables (Assign) as their subject. */
export const JSONATA_FOLDERS: readonly string[] = ['assign', 'evaluate_jsonata'];

/** True when `QueryLanguage: "JSONata"` occurs anywhere inside `value`. */
export function usesJsonata(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(usesJsonata);
  if (value === null || typeof value !== 'object') return false;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'QueryLanguage' && child === 'JSONata') return true;
    if (usesJsonata(child)) return true;
  }
  return false;
}

/** A case is pure (runnable without AWS services or external actions) when `needs` is empty. */
export function isPure(c: ConformanceCase): boolean {
  return Array.isArray(c.needs) && c.needs.length === 0;
}

/** Wraps a parsed case with its classification. */
export function classifyCase(folder: string, file: string, c: ConformanceCase): LoadedCase {
  return {
    folder,
    file,
    case: c,
    usesJsonata: usesJsonata(c.definition),
    hasHistory: Array.isArray(c.expected?.history),
  };
}

/** Which cases to run: pure ones, optionally limited to some folders. */
export interface CaseSelection {
  /** Only these feature folders (all when absent or empty). */
  readonly folders?: readonly string[];
  /** Only cases whose id contains this text. */
  readonly idContains?: string;
}

/** Keeps the pure cases that the selection asks for, sorted by folder then file. */
export function selectCases(all: readonly LoadedCase[], selection: CaseSelection = {}): LoadedCase[] {
  const folders = selection.folders !== undefined && selection.folders.length > 0 ? new Set(selection.folders) : null;
  const idContains = selection.idContains;
  return all
    .filter((lc) => isPure(lc.case))
    .filter((lc) => folders === null || folders.has(lc.folder))
    .filter((lc) => idContains === undefined || lc.case.id.includes(idContains))
    .sort((a, b) => (a.folder === b.folder ? compareText(a.file, b.file) : compareText(a.folder, b.folder)));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every case file under `<conformanceDir>/cases`, classified (pure or not). */
export function loadAllCases(conformanceDir: string): LoadedCase[] {
  const casesDir = join(conformanceDir, 'cases');
  const out: LoadedCase[] = [];
  for (const folder of readdirSync(casesDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(casesDir, folder.name))) {
      if (!file.endsWith('.json')) continue;
      const parsed = JSON.parse(readFileSync(join(casesDir, folder.name, file), 'utf8')) as ConformanceCase;
      out.push(classifyCase(folder.name, file, parsed));
    }
  }
  return out;
}
