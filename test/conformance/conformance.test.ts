// The conformance ratchet: per feature folder of ../shared/conformance, the number of matching
// cases must not fall below test/conformance/baseline.json, for the pure cases (`<folder>`) and the
// lambda cases (`<folder>+lambda`, functions mocked by scripts/conformance/lambda-mocks.ts). Raise
// the baseline with `npm run conformance -- --update-baseline` (it never lowers a number).
import { beforeAll, describe, expect, it } from 'vitest';
import { adaptResult } from '../../scripts/conformance/actual-result.js';
import { baselineEntry, formatBaseline, ratchetBaseline, readBaseline } from '../../scripts/conformance/baseline.js';
import {
  caseSuite,
  classifyCase,
  groupKey,
  loadAllCases,
  selectCases,
  usesJsonata,
  type ConformanceCase,
} from '../../scripts/conformance/cases.js';
import { firstResultDifference, historyDifference, type CompareResult } from '../../scripts/conformance/compare.js';
import { formatFailureLine, formatReport, formatTable, percent } from '../../scripts/conformance/format.js';
import {
  DEFAULT_RUNNER_SETTINGS,
  runConformance,
  summarizeSuites,
  type CaseOutcome,
  type ConformanceReport,
} from '../../scripts/conformance/runner.js';
import { locateShared } from '../../scripts/conformance/shared-dir.js';
import { tallyByGroup, type FolderTally } from '../../scripts/conformance/tally.js';

const location = locateShared();
const baseline = readBaseline();

const ratchet = location.found ? describe : describe.skip;
const title = location.found
  ? 'conformance ratchet (../shared/conformance)'
  : '../shared/conformance not found: conformance ratchet skipped';

ratchet(title, () => {
  const folders = location.found
    ? [
        ...new Set([
          ...selectCases(loadAllCases(location.conformanceDir)).map((lc) => groupKey(lc.suite, lc.folder)),
          ...Object.keys(baseline),
        ]),
      ].sort()
    : [];
  let report: ConformanceReport;
  let byFolder: Map<string, FolderTally>;

  beforeAll(async () => {
    report = await runConformance({ location });
    byFolder = new Map(tallyByGroup(report.outcomes).map((t) => [t.folder, t]));
  }, 300_000);

  // keeps the skipped suite visible in the report when the corpus is absent
  if (folders.length === 0) it('compares each feature folder with its baseline', () => {});
  for (const folder of folders) {
    it(`${folder}: matches stay at or above the baseline`, () => {
      const base = baselineEntry(baseline, folder);
      const got = byFolder.get(folder);
      const result = got?.resultMatch ?? 0;
      const history = got?.historyExact ?? 0;
      const historyAnyOrder = history + (got?.historyOtherOrder ?? 0);
      const hint = `(npm run conformance -- --only ${folder} --failures)`;
      expect(result, `${folder}: result matches fell below the baseline ${hint}`).toBeGreaterThanOrEqual(base.result);
      expect(history, `${folder}: exact history matches fell below the baseline ${hint}`).toBeGreaterThanOrEqual(base.history);
      expect(historyAnyOrder, `${folder}: any-order history matches fell below the baseline ${hint}`).toBeGreaterThanOrEqual(
        base.historyAnyOrder,
      );
    });
  }
});

// The runner's pure pieces, checked without the shared corpus or the engine.
describe('conformance runner tooling', () => {
  const sampleCase: ConformanceCase = {
    id: 'base.sample',
    definition: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
    input: {},
    expected: { status: 'SUCCEEDED', output: {}, history: [] },
    needs: [],
  };

  it('finds QueryLanguage JSONata at any depth of a definition', () => {
    expect(usesJsonata({ StartAt: 'A', States: { A: { Type: 'Pass', QueryLanguage: 'JSONata' } } })).toBe(true);
    expect(usesJsonata({ QueryLanguage: 'JSONPath', States: { A: { Type: 'Pass' } } })).toBe(false);
  });

  it('selects pure and lambda-only cases, by folder or suite, pure first, sorted', () => {
    const all = [
      classifyCase('b', 'z.json', sampleCase),
      classifyCase('a', 'y.json', { ...sampleCase, id: 'a.y' }),
      classifyCase('a', 'x.json', { ...sampleCase, id: 'a.x', needs: ['lambda'] }),
      classifyCase('a', 'w.json', { ...sampleCase, id: 'a.w', needs: ['lambda', 's3'] }),
      classifyCase('a', 'v.json', { ...sampleCase, id: 'a.v', needs: ['sqs'] }),
    ];
    expect(selectCases(all).map((lc) => `${groupKey(lc.suite, lc.folder)}/${lc.file}`)).toEqual([
      'a/y.json',
      'b/z.json',
      'a+lambda/x.json',
    ]);
    expect(selectCases(all, { folders: ['b'] }).map((lc) => lc.file)).toEqual(['z.json']);
    expect(selectCases(all, { folders: ['a'] }).map((lc) => lc.file)).toEqual(['y.json', 'x.json']);
    expect(selectCases(all, { folders: ['a+lambda'] }).map((lc) => lc.file)).toEqual(['x.json']);
    expect(selectCases(all, { suites: ['pure'] }).map((lc) => lc.file)).toEqual(['y.json', 'z.json']);
    expect(caseSuite({ ...sampleCase, needs: ['lambda'] })).toBe('lambda');
    expect(caseSuite({ ...sampleCase, needs: ['lambda', 'sqs'] })).toBeNull();
  });

  it('adapts an execution result to compare.mjs actual shape', () => {
    expect(adaptResult({ status: 'FAILED', error: 'States.Runtime', cause: 'boom', history: [{ type: 'ExecutionStarted' }] })).toEqual({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: 'boom',
      history: [{ type: 'ExecutionStarted' }],
    });
    expect(adaptResult({ status: 'SUCCEEDED', output: { a: 1 } })).toEqual({
      status: 'SUCCEEDED',
      output: { a: 1 },
      error: null,
      cause: null,
    });
  });

  it('words the first difference in one line', () => {
    const cmp: CompareResult = {
      id: 'x',
      match: false,
      match_ignoring_event_order: false,
      checks: {
        status: { ok: true },
        output: { ok: false, path: '$.a', expected: 1, actual: 2, why: 'number' },
        history: {
          ok: false,
          ok_unordered: false,
          expected_len: 4,
          actual_len: 3,
          first_divergence: { index: 3, expected: 'ExecutionSucceeded', actual: null },
        },
      },
    };
    expect(firstResultDifference(cmp)).toBe('output $.a: expected 1, got 2');
    expect(historyDifference(cmp)).toBe('history[3]: expected ExecutionSucceeded, got (end) (len 4 vs 3)');
  });

  it('ratchets the baseline up, never down, keeping folders not run', () => {
    const previous = { a: { result: 5, history: 2, historyAnyOrder: 3 }, keep: { result: 1, history: 1, historyAnyOrder: 1 } };
    const { next, changes } = ratchetBaseline(previous, {
      a: { result: 4, history: 3, historyAnyOrder: 3 },
      b: { result: 1, history: 0, historyAnyOrder: 0 },
    });
    expect(next).toEqual({
      a: { result: 5, history: 3, historyAnyOrder: 3 },
      b: { result: 1, history: 0, historyAnyOrder: 0 },
      keep: { result: 1, history: 1, historyAnyOrder: 1 },
    });
    expect(changes).toEqual([
      { folder: 'a', field: 'history', from: 2, to: 3 },
      { folder: 'b', field: 'result', from: 0, to: 1 },
    ]);
    expect(formatBaseline({ b: next.b!, a: next.a! })).toBe(
      '{\n  "a": {"result":5,"history":3,"historyAnyOrder":3},\n  "b": {"result":1,"history":0,"historyAnyOrder":0}\n}\n',
    );
  });

  it('prints a table per folder with the three total lines', () => {
    const outcome = (folder: string, resultMatch: boolean, history: CaseOutcome['history'], usesJsonataFlag = false): CaseOutcome => ({
      folder,
      suite: 'pure',
      group: folder,
      file: 'f.json',
      id: `${folder}.f`,
      usesJsonata: usesJsonataFlag,
      hasHistory: history !== 'not-recorded',
      resultMatch,
      history,
      difference: resultMatch ? null : 'status: expected "FAILED", got "SUCCEEDED"',
      historyDifference: history === 'miss' ? 'history[1]: expected PassStateEntered, got TaskStateEntered (len 4 vs 4)' : null,
      crash: null,
      elapsedMs: 1,
      compare: null,
    });
    const outcomes = [
      outcome('base', true, 'exact'),
      outcome('base', false, 'other-order'),
      outcome('assign', true, 'miss'),
      outcome('scenarios', true, 'not-recorded', true),
    ];
    expect(percent(1, 3)).toBe('33.3%');
    expect(percent(0, 0)).toBe('-');
    expect(formatTable(outcomes)).toMatchInlineSnapshot(`
      "feature                                   cases  result       %  |  history  exact  other order  exact %  any order %
      ----------------------------------------  -----  ------  ------  -  -------  -----  -----------  -------  -----------
      assign                                        1       1  100.0%  |        1      0            0     0.0%         0.0%
      base                                          2       1   50.0%  |        2      1            1    50.0%       100.0%
      scenarios                                     1       1  100.0%  |        0      0            0        -            -
      ----------------------------------------  -----  ------  ------  -  -------  -----  -----------  -------  -----------
      TOTAL                                         4       3   75.0%  |        3      1            1    33.3%        66.7%
      outside assign/evaluate_jsonata folders       3       2   66.7%  |        2      1            1    50.0%       100.0%
      outside those and any JSONata definition      2       1   50.0%  |        2      1            1    50.0%       100.0%"
    `);
    expect(formatFailureLine(outcomes[1]!)).toBe('base/base.f: status: expected "FAILED", got "SUCCEEDED"');
    expect(formatFailureLine(outcomes[0]!)).toBeNull();
  });

  it('reports lambda cases in their own table and misses section, and baselines them as <folder>+lambda', () => {
    const outcome = (suite: CaseOutcome['suite'], resultMatch: boolean): CaseOutcome => ({
      folder: 'services',
      suite,
      group: groupKey(suite, 'services'),
      file: 'f.json',
      id: `services.${suite}`,
      usesJsonata: false,
      hasHistory: true,
      resultMatch,
      history: 'exact',
      difference: resultMatch ? null : 'output $.Payload: expected {}, got null (type)',
      historyDifference: null,
      crash: null,
      elapsedMs: 1,
      compare: null,
    });
    const outcomes = [outcome('pure', true), outcome('lambda', false), outcome('lambda', true)];
    expect(tallyByGroup(outcomes).map((t) => [t.folder, t.cases, t.resultMatch])).toEqual([
      ['services', 1, 1],
      ['services+lambda', 2, 1],
    ]);
    const suites = summarizeSuites(outcomes);
    expect(suites.pure.cases).toBe(1);
    expect(suites.lambda.totals.all).toMatchObject({ cases: 2, resultMatch: 1 });
    expect(suites.lambda.folders.map((f) => f.folder)).toEqual(['services+lambda']);
    const report: ConformanceReport = {
      sharedDir: '/shared',
      settings: DEFAULT_RUNNER_SETTINGS,
      engine: { available: true, reason: null },
      casesFound: 5,
      casesNeedingServices: 3,
      casesNotRun: 1,
      suites,
      outcomes,
      elapsedMs: 10,
    };
    const text = formatReport(report, { failures: true });
    expect(text).toContain('1 pure + 2 lambda case(s) run');
    expect(text).toContain('(1 of 5 need other AWS services: not run)');
    expect(text).toContain('misses (0):');
    expect(text).toContain('lambda misses (1):\n  services+lambda/services.lambda: output $.Payload: expected {}, got null (type)');
    expect(text).toContain('lambda cases (needs: ["lambda"]');
  });
});
