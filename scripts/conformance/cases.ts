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

/**
 * The runnable groups of cases: `pure` (`needs: []`) and `lambda` (`needs: ["lambda"]`, the
 * functions mocked from `meta.lambdas`, see lambda-mocks.ts).
 */
export type Suite = 'pure' | 'lambda';

export const SUITES: readonly Suite[] = ['pure', 'lambda'];

/** The suite a case belongs to; `null` when it needs services the runner does not mock. */
export function caseSuite(c: ConformanceCase): Suite | null {
  if (!Array.isArray(c.needs)) return null;
  if (c.needs.length === 0) return 'pure';
  if (c.needs.length === 1 && c.needs[0] === 'lambda') return 'lambda';
  return null;
}

/**
 * The name a folder's cases of a suite are reported and baselined under: the folder itself for pure
 * cases, `<folder>+lambda` for the lambda ones.
 */
export function groupKey(suite: Suite, folder: string): string {
  return suite === 'pure' ? folder : `${folder}+${suite}`;
}

/** A case together with where it came from and how it is classified. */
export interface LoadedCase {
  /** The feature folder under `cases/`. */
  readonly folder: string;
  /** `null`: needs services the runner does not mock (not run). */
  readonly suite: Suite | null;
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
    suite: caseSuite(c),
    case: c,
    usesJsonata: usesJsonata(c.definition),
    hasHistory: Array.isArray(c.expected?.history),
  };
}

/** Which cases to run: pure and lambda ones, optionally limited to some folders or one suite. */
export interface CaseSelection {
  /**
   * Only these feature folders (all when absent or empty); `<folder>+lambda` selects only that
   * folder's lambda cases.
   */
  readonly folders?: readonly string[];
  /** Only these suites (both when absent or empty). */
  readonly suites?: readonly Suite[];
  /** Only cases whose id contains this text. */
  readonly idContains?: string;
}

/** A case of a suite the runner runs. */
export type RunnableCase = LoadedCase & { readonly suite: Suite };

/** Keeps the runnable cases that the selection asks for, sorted by suite (pure first), folder, file. */
export function selectCases(all: readonly LoadedCase[], selection: CaseSelection = {}): RunnableCase[] {
  const folders = selection.folders !== undefined && selection.folders.length > 0 ? new Set(selection.folders) : null;
  const suites = new Set(selection.suites !== undefined && selection.suites.length > 0 ? selection.suites : SUITES);
  const idContains = selection.idContains;
  const suiteRank = (s: Suite | null): number => (s === null ? -1 : SUITES.indexOf(s));
  return all
    .filter((lc): lc is RunnableCase => lc.suite !== null && suites.has(lc.suite))
    .filter((lc) => folders === null || folders.has(lc.folder) || folders.has(groupKey(lc.suite, lc.folder)))
    .filter((lc) => idContains === undefined || lc.case.id.includes(idContains))
    .sort((a, b) => suiteRank(a.suite) - suiteRank(b.suite) || compareText(a.folder, b.folder) || compareText(a.file, b.file));
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
