// The conformance ratchet: per feature folder of ../shared/conformance, the number of matching
// cases must not fall below test/conformance/baseline.json, for the pure cases (`<folder>`), the
// lambda cases (`<folder>+lambda`, functions mocked by scripts/conformance/lambda-mocks.ts) and the
// services cases (`<folder>+services`, service answers replayed from the recorded history by
// scripts/conformance/replay-mocks.ts). Raise the baseline with `npm run conformance -- --update-baseline`
// (it never lowers a number).
import { beforeAll, describe, expect, it } from 'vitest';
import { adaptResult } from '../../scripts/conformance/actual-result.js';
import { baselineEntry, formatBaseline, ratchetBaseline, readBaseline } from '../../scripts/conformance/baseline.js';
import {
  caseSuite,
  classifyCase,
  groupKey,
  loadAllCases,
  notRunReason,
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

  it('selects pure, lambda-only and services cases, by folder or suite, pure first, sorted', () => {
    const s3Map = {
      StartAt: 'M',
      States: { M: { Type: 'Map', ItemReader: { Resource: 'arn:aws:states:::s3:getObject' }, End: true } },
    };
    const all = [
      classifyCase('b', 'z.json', sampleCase),
      classifyCase('a', 'y.json', { ...sampleCase, id: 'a.y' }),
      classifyCase('a', 'x.json', { ...sampleCase, id: 'a.x', needs: ['lambda'] }),
      classifyCase('a', 'w.json', { ...sampleCase, id: 'a.w', needs: ['lambda', 's3'] }),
      classifyCase('a', 'v.json', { ...sampleCase, id: 'a.v', needs: ['sqs'] }),
      classifyCase('a', 'u.json', { ...sampleCase, id: 'a.u', needs: ['external:StopExecution'] }),
      classifyCase('a', 't.json', { ...sampleCase, id: 'a.t', needs: ['s3'], definition: s3Map }),
    ];
    expect(selectCases(all).map((lc) => `${groupKey(lc.suite, lc.folder)}/${lc.file}`)).toEqual([
      'a/y.json',
      'b/z.json',
      'a+lambda/x.json',
      'a+services/v.json',
      'a+services/w.json',
    ]);
    expect(selectCases(all, { folders: ['b'] }).map((lc) => lc.file)).toEqual(['z.json']);
    expect(selectCases(all, { folders: ['a'] }).map((lc) => lc.file)).toEqual(['y.json', 'x.json', 'v.json', 'w.json']);
    expect(selectCases(all, { folders: ['a+lambda'] }).map((lc) => lc.file)).toEqual(['x.json']);
    expect(selectCases(all, { folders: ['a+services'] }).map((lc) => lc.file)).toEqual(['v.json', 'w.json']);
    expect(selectCases(all, { suites: ['pure'] }).map((lc) => lc.file)).toEqual(['y.json', 'z.json']);
    expect(selectCases(all, { suites: ['services'] }).map((lc) => lc.file)).toEqual(['v.json', 'w.json']);
    expect(caseSuite({ ...sampleCase, needs: ['lambda'] })).toBe('lambda');
    expect(caseSuite({ ...sampleCase, needs: ['lambda', 'sqs'] })).toBe('services');
    expect(caseSuite({ ...sampleCase, needs: ['callback', 'sqs'] })).toBe('services');
    expect(caseSuite({ ...sampleCase, needs: ['external:StopExecution'] })).toBeNull();
    expect(notRunReason({ ...sampleCase, needs: ['external:StopExecution'] })).toMatch(/^needs external:StopExecution/);
    expect(notRunReason({ ...sampleCase, needs: ['s3'], definition: s3Map })).toMatch(/ItemReader/);
    expect(all.map((lc) => lc.notRun === null)).toEqual([true, true, true, true, true, false, false]);
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

  it('reports lambda and services cases in their own tables and misses sections, baselined as <folder>+<suite>', () => {
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
    const outcomes = [
      outcome('pure', true),
      outcome('lambda', false),
      outcome('lambda', true),
      outcome('services', true),
      outcome('services', false),
    ];
    expect(tallyByGroup(outcomes).map((t) => [t.folder, t.cases, t.resultMatch])).toEqual([
      ['services', 1, 1],
      ['services+lambda', 2, 1],
      ['services+services', 2, 1],
    ]);
    const suites = summarizeSuites(outcomes);
    expect(suites.pure.cases).toBe(1);
    expect(suites.lambda.totals.all).toMatchObject({ cases: 2, resultMatch: 1 });
    expect(suites.lambda.folders.map((f) => f.folder)).toEqual(['services+lambda']);
    expect(suites.services.folders.map((f) => f.folder)).toEqual(['services+services']);
    const report: ConformanceReport = {
      sharedDir: '/shared',
      settings: DEFAULT_RUNNER_SETTINGS,
      engine: { available: true, reason: null },
      casesFound: 6,
      casesNeedingServices: 5,
      casesNotRun: 1,
      notRun: [{ folder: 'sfn_api', file: 's.json', id: 'sfn_api.s', reason: 'needs external:StopExecution' }],
      suites,
      outcomes,
      elapsedMs: 10,
    };
    const text = formatReport(report, { failures: true });
    expect(text).toContain('1 pure + 2 lambda + 2 services case(s) run');
    expect(text).toContain('(1 of 6 cannot be run: not run)');
    expect(text).toContain('  not run: 1 case(s): needs external:StopExecution');
    expect(text).toContain('misses (0):');
    expect(text).toContain('lambda misses (1):\n  services+lambda/services.lambda: output $.Payload: expected {}, got null (type)');
    expect(text).toContain('services misses (1):\n  services+services/services.services: output $.Payload');
    expect(text).toContain('not run (1):\n  sfn_api/sfn_api.s: needs external:StopExecution');
    expect(text).toContain('lambda cases (needs: ["lambda"]');
    expect(text).toContain("replayed service answers: checks everything around the service call, not the answers' shapes");
    expect(text).toMatch(/\nservices\+lambda +2 +1 +50\.0%/);
    expect(text).toMatch(/\nservices\+services +2 +1 +50\.0%/);
  });
});
