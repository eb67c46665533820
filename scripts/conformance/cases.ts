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
 * The runnable groups of cases: `pure` (`needs: []`), `lambda` (`needs: ["lambda"]`, the functions
 * mocked from `meta.lambdas`, see lambda-mocks.ts) and `services` (any other service: the answers
 * replayed from the recorded history, see replay-mocks.ts).
 */
export type Suite = 'pure' | 'lambda' | 'services';

export const SUITES: readonly Suite[] = ['pure', 'lambda', 'services'];

/**
 * Why a case cannot be run, or `null`: it needs an external action during the run (`external:*`, e.g.
 * StopExecution from the test), or a Map reads its items from S3 / writes its results to S3
 * (ItemReader, ResultWriter): the Map calls S3 itself and sfn-sim has no mock for those reads.
 */
export function notRunReason(c: ConformanceCase): string | null {
  if (!Array.isArray(c.needs)) return 'no needs list';
  const external = c.needs.filter((n) => n.startsWith('external:'));
  if (external.length > 0) return `needs ${external.join(', ')} (an action during the run the runner cannot reproduce)`;
  const s3Map = mapS3Fields(c.definition);
  if (s3Map.length > 0) return `a Map ${s3Map.join(' and ')} reads/writes S3 itself (sfn-sim has no mock for it)`;
  return null;
}

/** `ItemReader` / `ResultWriter` when a Map state of the definition has one. */
function mapS3Fields(value: unknown, out: Set<string> = new Set()): string[] {
  if (Array.isArray(value)) for (const v of value) mapS3Fields(v, out);
  else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (o['Type'] === 'Map') for (const field of ['ItemReader', 'ResultWriter']) if (field in o) out.add(field);
    for (const v of Object.values(o)) mapS3Fields(v, out);
  }
  return [...out].sort();
}

/** The suite a case belongs to; `null` when the runner cannot run it (see `notRunReason`). */
export function caseSuite(c: ConformanceCase): Suite | null {
  if (!Array.isArray(c.needs)) return null;
  if (c.needs.length === 0) return 'pure';
  if (c.needs.length === 1 && c.needs[0] === 'lambda') return 'lambda';
  return notRunReason(c) === null ? 'services' : null;
}

/**
 * The name a folder's cases of a suite are reported and baselined under: the folder itself for pure
 * cases, `<folder>+lambda` / `<folder>+services` for the others.
 */
export function groupKey(suite: Suite, folder: string): string {
  return suite === 'pure' ? folder : `${folder}+${suite}`;
}

/** A case together with where it came from and how it is classified. */
export interface LoadedCase {
  /** The feature folder under `cases/`. */
  readonly folder: string;
  /** `null`: the runner cannot run it (`notRun` says why). */
  readonly suite: Suite | null;
  /** Why the case is not run (`suite` is `null`), else `null`. */
  readonly notRun: string | null;
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
    notRun: caseSuite(c) === null ? (notRunReason(c) ?? 'not runnable') : null,
    case: c,
    usesJsonata: usesJsonata(c.definition),
    hasHistory: Array.isArray(c.expected?.history),
  };
}

/** Which cases to run: pure, lambda and services ones, optionally limited to some folders or suites. */
export interface CaseSelection {
  /**
   * Only these feature folders (all when absent or empty); `<folder>+lambda` / `<folder>+services`
   * selects only that folder's cases of that suite.
   */
  readonly folders?: readonly string[];
  /** Only these suites (all when absent or empty). */
  readonly suites?: readonly Suite[];
  /** Only cases whose id contains this text. */
  readonly idContains?: string;
}

/** A case of a suite the runner runs. */
export type RunnableCase = LoadedCase & { readonly suite: Suite };

/** Keeps the runnable cases that the selection asks for, sorted by suite (pure, lambda, services), folder, file. */
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

/** Every case file under `<conformanceDir>/cases`, classified by suite. */
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
