import { describe, expect, it } from 'vitest';
import { compareDefinitions, estimateScenarios, runWithCost } from '../../src/cost/run-scenarios.js';
import { StateMachine } from '../../src/index.js';
import { cents, reportExport } from './helpers.js';

const throttledStart = {
  StartExport: [
    { throws: { error: 'Lambda.TooManyRequestsException', cause: 'Rate exceeded' } },
    { returns: { exportId: 'exp-7' }, afterSeconds: 2 },
  ],
};

describe('runWithCost', () => {
  it('returns the execution result with its cost for both types', async () => {
    const machine = new StateMachine(reportExport.definition, { mocks: reportExport.mocks });
    const result = await runWithCost(machine, reportExport.input);
    expect(result.status).toBe('SUCCEEDED');
    expect(result.cost.standard.transitions).toBe(result.transitions);
    expect(result.cost.express.billingDetails).toEqual({ billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 244_500 });
  });
});

describe('estimateScenarios', () => {
  it('runs each scenario with its own mocks on top of the shared ones and weighs them', async () => {
    const estimate = await estimateScenarios(
      reportExport.definition,
      [
        { name: 'happy', weight: 9, input: reportExport.input },
        { name: 'throttled', weight: 1, input: reportExport.input, mocks: throttledStart },
      ],
      { executionsPerMonth: 1_000_000, machineOptions: { mocks: reportExport.mocks } },
    );
    // the same mix as estimateCost's 90/10 test: $227.40 as Standard, $158.45 as Express
    expect(estimate.scenarios.map((s) => s.transitions)).toEqual([9, 10]);
    expect(cents(estimate.standard.totalUsd)).toBe(227.4);
    expect(cents(estimate.express.totalUsd)).toBe(158.45);
  });
});

describe('compareDefinitions', () => {
  it('runs the same scenarios on both definitions', async () => {
    const v2 = JSON.parse(reportExport.definition) as { States: Record<string, Record<string, unknown>> };
    v2.States['StartExport'] = { ...v2.States['StartExport'], Retry: [] };
    const { diff } = await compareDefinitions(reportExport.definition, v2, [{ input: reportExport.input, mocks: throttledStart }], {
      executionsPerMonth: 1000,
      machineOptions: { mocks: reportExport.mocks },
    });
    // without its Retry the throttled start fails at once: StartExport only, 1 transition instead of 10
    expect(diff.standard.transitionsPerExecution).toMatchObject({ before: 10, after: 1 });
  });
});
