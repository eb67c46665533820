import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StateMachine } from '../../src/index.js';
import { errorsFor, failurePlan, fuzz, outlineMachine, runScenario, scenarioMocks, type Scenario } from '../../src/fuzz/index.js';
import { attemptBound, type FuzzState } from '../../src/fuzz/machine-outline.js';
import { plantedDefinition, plantedSchema, throttled } from './helpers.js';

const charge = outlineMachine(plantedDefinition).byName.get('ChargeCard');

describe('failurePlan', () => {
  it('plans every Task state, with at most its attempt bound of calls', () => {
    for (const plan of fc.sample(failurePlan(plantedDefinition), { numRuns: 200, seed: 1 })) {
      expect(Object.keys(plan)).toEqual(['ReserveStock', 'ChargeCard', 'NotifyDeclined', 'ReviewOrder', 'ShipOrder']);
      expect(plan['ChargeCard']?.length).toBeLessThanOrEqual(3);
      expect(plan['ReserveStock']?.length).toBeLessThanOrEqual(2);
    }
  });

  it('throws the errors Retry and Catch declare, or also the generic and an unlisted one', () => {
    expect(charge === undefined ? [] : errorsFor(charge)).toEqual(['Payments.Throttled', 'Payments.CardDeclined']);
    expect(charge === undefined ? [] : errorsFor(charge, 'all')).toEqual([
      'Payments.Throttled',
      'Payments.CardDeclined',
      'States.TaskFailed',
      'States.Timeout',
      'Custom.Unlisted',
    ]);
  });

  it('shrinks toward success: the smallest plan with a failure is one failing call', () => {
    const details = fc.check(
      fc.property(failurePlan(plantedDefinition), (plan) =>
        Object.values(plan).every((calls) => calls.every((c) => c.outcome === 'succeed')),
      ),
      { seed: 5 },
    );
    const [plan] = details.counterexample ?? [{}];
    expect(Object.values(plan).flat()).toHaveLength(1);
  });

  it('is plain JSON that round-trips and replays to the same execution', async () => {
    const [generated] = fc.sample(fc.record({ input: fc.constant({ orderId: 'o', amount: 7 }), plan: failurePlan(plantedDefinition) }), {
      numRuns: 1,
      seed: 9,
    });
    const scenario = JSON.parse(JSON.stringify(generated)) as Scenario;
    expect(scenario).toEqual(generated);
    const first = await runScenario(plantedDefinition, generated as Scenario);
    const again = await runScenario(plantedDefinition, scenario);
    expect(again.history).toEqual(first.history);
  });

  it("replays as the mocks a report prints (with unmockedTasks: 'passthrough')", async () => {
    const scenario: Scenario = {
      input: { orderId: 'o', amount: 2000 },
      plan: { ChargeCard: [throttled, { outcome: 'succeed', afterSeconds: 5 }], ReserveStock: [{ outcome: 'succeed', afterSeconds: 30 }] },
    };
    const result = await runScenario(plantedDefinition, scenario);
    const { mocks, passthrough } = scenarioMocks(scenario, result);
    expect(passthrough).toBe(true);
    const replayed = await new StateMachine(plantedDefinition, { mocks, unmockedTasks: 'passthrough' }).run(scenario.input);
    expect(replayed.history).toEqual(result.history);
  });
});

describe('fuzz', () => {
  it('gives the same report for the same seed', async () => {
    const run = async () => {
      const { timings: _timings, ...report } = await fuzz(plantedDefinition, { inputSchema: plantedSchema, runs: 300, seed: 21 });
      return report;
    };
    expect(await run()).toEqual(await run());
  });

  it('reports a property of your own, with the string it returns as the reason', async () => {
    const report = await fuzz(plantedDefinition, {
      inputSchema: plantedSchema,
      seed: 4,
      properties: [(result) => result.status !== 'SUCCEEDED' || !result.path.includes('ReviewOrder') || 'large orders are reviewed'],
    });
    expect(report.failures[0]?.reason).toBe('large orders are reviewed');
    expect(report.failures[0]?.scenario).toEqual({ input: { orderId: ' ', amount: 1001 }, plan: {} });
  });
});

describe('the outline the plans are drawn from', () => {
  it('reads MaxAttempts given as a numeric string as the engine does (CloudFormation substitutes text)', () => {
    const outline = outlineMachine({
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['E'], MaxAttempts: '1' }], End: true },
      },
    });
    expect(attemptBound(outline.byName.get('T') as FuzzState)).toBe(2);
  });
});
