import { adaptResult, applyMetadataPlaceholders } from './actual-result.js';
import {
  groupKey,
  loadAllCases,
  selectCases,
  SUITES,
  type CaseSelection,
  type LoadedCase,
  type RunnableCase,
  type Suite,
} from './cases.js';
import {
  firstResultDifference,
  historyDifference,
  historyVerdict,
  isResultMatch,
  loadCompareCase,
  type CompareCaseFn,
  type CompareResult,
  type HistoryVerdict,
} from './compare.js';
import { locateShared, type SharedLocation } from './shared-dir.js';
import { buildLambdaMocks } from './lambda-mocks.js';
import { buildReplayPlan, replayDefinition, replayMocks } from './replay-mocks.js';
import { rekeyMocks, withRealResourceArns } from './real-resources.js';
import {
  describeError,
  lambdaMockEngine,
  replayMockEngine,
  loadSimEngine,
  type SimEngineLoad,
  type SimExecutionResult,
  type SimStateMachineOptions,
  type SimTaskHandler,
} from './sim-engine.js';
import { totals, tallyByGroup, type FolderTally, type Totals } from './tally.js';

/** Fixed run settings, so a report is reproducible. */
export interface RunnerSettings {
  /** Virtual start time of every execution. */
  readonly startTime: string;
  readonly seed: number;
  /** Real-time limit per case; a slower case is a miss. */
  readonly timeoutMs: number;
}

export const DEFAULT_RUNNER_SETTINGS: RunnerSettings = {
  // One minute before the Wait timestamps the corpus's inputs carry (base/wait.test_wait_timestamppath:
  // "WAIT_1_MIN" until 2026-11-25T03:18:49Z, generated as "now + 1 min"); every other absolute
  // timestamp in a pure case lies before it.
  startTime: '2026-11-25T03:17:49.000Z',
  seed: 1,
  timeoutMs: 10_000,
};

/** The account id the corpus's snapshots normalised every ARN to. */
export const CORPUS_ACCOUNT_ID = '111111111111';

/** What happened to one case. */
export interface CaseOutcome {
  readonly folder: string;
  /**
   * `pure`, `lambda` (run with the functions of `meta.lambdas` mocked) or `services` (run with the
   * service answers replayed from the recorded history).
   */
  readonly suite: Suite;
  /** The folder, with `+lambda` / `+services` for those suites: the row the case counts in (and its baseline entry). */
  readonly group: string;
  readonly file: string;
  readonly id: string;
  readonly usesJsonata: boolean;
  readonly hasHistory: boolean;
  /** status + output + error + cause all match. */
  readonly resultMatch: boolean;
  readonly history: HistoryVerdict;
  /** The first result difference, or the crash reason; `null` when the result matches. */
  readonly difference: string | null;
  /** The first history divergence; `null` when it matches exactly or nothing was recorded. */
  readonly historyDifference: string | null;
  /**
   * Set when the definition was rejected, run() threw, the case timed out, or its mocks could not be
   * built (`unsupported lambda handler X`, `nothing to replay`).
   */
  readonly crash: string | null;
  readonly elapsedMs: number;
  readonly compare: CompareResult | null;
  /** services cases: how the recorded answers were replayed. */
  readonly replay?: ReplaySummary;
}

/** How a services case's answers were replayed (JSON report only). */
export interface ReplaySummary {
  /** `ids`: attempts attributed to states through previousEventId chains; `order`: by event order (re-sorted history). */
  readonly attribution: 'ids' | 'order' | 'none';
  /** Replayed attempts per Task state. */
  readonly attempts: Readonly<Record<string, number>>;
  /** States answered by a handler (an attempt failed with no error name), which loses the recorded TaskSubmitted output. */
  readonly handlerStates: readonly string[];
}

export interface ConformanceReport {
  readonly sharedDir: string;
  readonly settings: RunnerSettings;
  readonly engine: { readonly available: boolean; readonly reason: string | null };
  /** Every case file found, pure or not. */
  readonly casesFound: number;
  /** Cases that need AWS services (`needs` not empty), the lambda ones included. */
  readonly casesNeedingServices: number;
  /** Cases left out: the runner cannot run them (`notRun` says why). */
  readonly casesNotRun: number;
  /** Each case left out, with the reason (external actions, S3 reads/writes of a Map). */
  readonly notRun: readonly NotRunCase[];
  /** Per suite: how many cases ran, their totals, and one tally per folder. */
  readonly suites: Readonly<Record<Suite, SuiteSummary>>;
  readonly outcomes: readonly CaseOutcome[];
  readonly elapsedMs: number;
}

export interface NotRunCase {
  readonly folder: string;
  readonly file: string;
  readonly id: string;
  readonly reason: string;
}

export interface SuiteSummary {
  readonly cases: number;
  readonly totals: Totals;
  /** keyed by group (`<folder>` for pure, `<folder>+lambda`, `<folder>+services`) */
  readonly folders: readonly FolderTally[];
}

const TIMED_OUT = Symbol('timed out');

/** Runs one case against the engine and judges it with compare.mjs. Never throws. */
export async function runCase(
  lc: RunnableCase,
  engineLoad: SimEngineLoad,
  compare: CompareCaseFn,
  settings: RunnerSettings = DEFAULT_RUNNER_SETTINGS,
): Promise<CaseOutcome> {
  const started = performance.now();
  const where = { folder: lc.folder, suite: lc.suite, group: groupKey(lc.suite, lc.folder), file: lc.file };
  const crashed = (reason: string): CaseOutcome => ({
    ...where,
    id: lc.case.id,
    usesJsonata: lc.usesJsonata,
    hasHistory: lc.hasHistory,
    resultMatch: false,
    history: lc.hasHistory ? 'miss' : 'not-recorded',
    difference: reason,
    historyDifference: null,
    crash: reason,
    elapsedMs: performance.now() - started,
    compare: null,
  });
  if (!engineLoad.ok) return crashed(`engine not available: ${engineLoad.reason}`);

  let mocks: Record<string, unknown> | undefined;
  let taskHandlers: Record<string, SimTaskHandler> | undefined;
  let definition: unknown = lc.case.definition;
  let replay: ReplaySummary | undefined;
  if (lc.suite === 'lambda') {
    const helpers = lambdaMockEngine(engineLoad.engine);
    if (typeof helpers === 'string') return crashed(`lambda mocks not available: ${helpers}`);
    const built = buildLambdaMocks(lc.case, helpers);
    if (!built.ok) return crashed(built.reason);
    mocks = built.mocks;
  } else if (lc.suite === 'services') {
    const helpers = replayMockEngine(engineLoad.engine);
    if (typeof helpers === 'string') return crashed(`replay mocks not available: ${helpers}`);
    const plan = buildReplayPlan(lc.case);
    if (plan.byState.size === 0) return crashed('nothing to replay: no Task attempt in the recorded history');
    const built = replayMocks(plan, helpers);
    mocks = built.mocks;
    taskHandlers = built.taskHandlers;
    definition = replayDefinition(lc.case, plan, CORPUS_ACCOUNT_ID);
    replay = {
      attribution: plan.attribution,
      attempts: Object.fromEntries([...plan.byState].map(([state, attempts]) => [state, attempts.length])),
      handlerStates: Object.keys(built.taskHandlers),
    };
  }

  let machine;
  try {
    // Clones: the engine must not be able to alter the case the judge reads afterwards.
    const real = withRealResourceArns(definition);
    machine = new engineLoad.engine.StateMachine(real.definition, machineOptions(lc, rekeyMocks(mocks, real.renamed), taskHandlers));
  } catch (err) {
    return crashed(describeRejection(err));
  }

  let result: SimExecutionResult | typeof TIMED_OUT;
  try {
    const input = lc.case.input === undefined ? {} : structuredClone(lc.case.input);
    result = await withTimeout(
      machine.run(input, { seed: settings.seed, startTime: settings.startTime, ...executionName(lc) }),
      settings.timeoutMs,
    );
  } catch (err) {
    return crashed(`run() threw: ${describeError(err)}`);
  }
  // A run that hogs the event loop cannot be interrupted by the timer, but it is still a miss.
  if (result === TIMED_OUT || performance.now() - started > settings.timeoutMs) {
    return crashed(`timeout: no result within ${settings.timeoutMs} ms (real time)`);
  }

  let cmp: CompareResult;
  try {
    const expected = lc.case.expected as { status?: unknown; history?: unknown } | undefined;
    const incomplete = expected?.status === 'INCOMPLETE_HISTORY' && Array.isArray(expected.history) ? expected.history.length : undefined;
    const actual = adaptResult(result, incomplete, lc.case.meta?.history_parallel_sorted === true);
    // only cases that call services have SDK metadata in their output (a no-op for the others)
    const output = 'output' in actual ? applyMetadataPlaceholders(lc.case.expected.output, actual.output) : undefined;
    cmp = compare(lc.case, output === undefined ? actual : { ...actual, output }, { history: true });
  } catch (err) {
    return crashed(`compare.mjs threw on this result: ${describeError(err)}`);
  }
  const resultMatch = isResultMatch(cmp);
  return {
    ...where,
    id: lc.case.id,
    usesJsonata: lc.usesJsonata,
    hasHistory: lc.hasHistory,
    resultMatch,
    history: historyVerdict(cmp),
    difference: resultMatch ? null : firstResultDifference(cmp),
    historyDifference: historyDifference(cmp),
    crash: null,
    elapsedMs: performance.now() - started,
    compare: cmp,
    ...(replay === undefined ? {} : { replay }),
  };
}

/** The state machine's settings as the case was recorded: its type, the corpus account, and the mocks. */
function machineOptions(
  lc: LoadedCase,
  mocks: Record<string, unknown> | undefined,
  taskHandlers: Record<string, SimTaskHandler> | undefined,
): SimStateMachineOptions {
  const type = lc.case.meta?.['state_machine_type'];
  return {
    accountId: CORPUS_ACCOUNT_ID,
    ...(type === 'STANDARD' || type === 'EXPRESS' ? { type } : {}),
    ...(mocks === undefined ? {} : { mocks }),
    ...(taskHandlers === undefined || Object.keys(taskHandlers).length === 0 ? {} : { taskHandlers }),
  };
}

function executionName(lc: LoadedCase): { executionName?: string } {
  const name = lc.case.meta?.['execution_name_given'];
  return typeof name === 'string' && name !== '' ? { executionName: name } : {};
}

/** `definition rejected: <first diagnostic> (+N more)`, or the error itself when it has none. */
function describeRejection(err: unknown): string {
  const diagnostics =
    typeof err === 'object' && err !== null && 'diagnostics' in err ? (err as { diagnostics: unknown }).diagnostics : null;
  if (!Array.isArray(diagnostics) || diagnostics.length === 0) return `definition rejected: ${describeError(err)}`;
  const first: unknown = diagnostics[0];
  const text =
    typeof first === 'object' && first !== null && 'message' in first
      ? String((first as { message: unknown }).message)
      : JSON.stringify(first);
  const more = diagnostics.length > 1 ? ` (+${diagnostics.length - 1} more)` : '';
  return `definition rejected: ${text.split('\n')[0] ?? ''}${more}`;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RunConformanceOptions {
  readonly location?: SharedLocation;
  readonly selection?: CaseSelection;
  readonly settings?: RunnerSettings;
  /** Called after each case (progress display). */
  readonly onCase?: (outcome: CaseOutcome, index: number, total: number) => void;
}

/**
 * Runs every selected pure, lambda and services case of the shared corpus. The caller checks `locateShared().found`
 * first; this throws when the corpus is absent.
 */
export async function runConformance(options: RunConformanceOptions = {}): Promise<ConformanceReport> {
  const location = options.location ?? locateShared();
  if (!location.found) throw new Error(`${location.conformanceDir} not found`);
  const settings = options.settings ?? DEFAULT_RUNNER_SETTINGS;
  const started = performance.now();
  const all = loadAllCases(location.conformanceDir);
  const selected = selectCases(all, options.selection);
  const [engineLoad, compare] = await Promise.all([loadSimEngine(), loadCompareCase(location.conformanceDir)]);
  const outcomes: CaseOutcome[] = [];
  for (const [index, lc] of selected.entries()) {
    // Let timers (the per-case timeout) and I/O run between cases.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const outcome = await runCase(lc, engineLoad, compare, settings);
    outcomes.push(outcome);
    options.onCase?.(outcome, index, selected.length);
  }
  return {
    sharedDir: location.sharedDir,
    settings,
    engine: engineLoad.ok ? { available: true, reason: null } : { available: false, reason: engineLoad.reason },
    casesFound: all.length,
    casesNeedingServices: all.filter((lc) => lc.case.needs.length > 0).length,
    casesNotRun: all.filter((lc) => lc.suite === null).length,
    notRun: all
      .filter((lc) => lc.suite === null)
      .map((lc) => ({ folder: lc.folder, file: lc.file, id: lc.case.id, reason: lc.notRun ?? 'not runnable' }))
      .sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    suites: summarizeSuites(outcomes),
    outcomes,
    elapsedMs: performance.now() - started,
  };
}

/** The per-suite numbers of the JSON report. */
export function summarizeSuites(outcomes: readonly CaseOutcome[]): Record<Suite, SuiteSummary> {
  const out = {} as Record<Suite, SuiteSummary>;
  for (const suite of SUITES) {
    const of = outcomes.filter((o) => o.suite === suite);
    out[suite] = { cases: of.length, totals: totals(of), folders: tallyByGroup(of) };
  }
  return out;
}
