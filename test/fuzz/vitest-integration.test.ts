import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { failurePlan, inputFromSchema, outlineMachine, retriesWithinDeclaredAttempts, runScenario } from '../../src/fuzz/index.js';
import { StateMachine } from '../../src/index.js';
import { plantedDefinition, plantedSchema } from './helpers.js';

const machine = new StateMachine(plantedDefinition, { unmockedTasks: 'passthrough' });

describe('with @fast-check/vitest', () => {
  // test.prop prints the seed and path of a failure, as fast-check does
  test.prop([inputFromSchema(plantedSchema), failurePlan(machine)], { seed: 1, numRuns: 200 })(
    'a declined card or an unanswered warehouse ends in a Fail state, never mid-way',
    async (input, plan) => {
      const result = await runScenario(machine, { input, plan });
      expect(['SUCCEEDED', 'FAILED']).toContain(result.status);
      if (result.status === 'FAILED' && result.error !== 'Payments.Throttled') {
        expect(['Order.Invalid', 'Order.OutOfStock', 'Payment.Declined']).toContain(result.error);
      }
      expect(retriesWithinDeclaredAttempts().check(result, { input, plan }, outlineMachine(machine))).toBe(true);
    },
  );

  test.prop([failurePlan(machine, { states: ['ChargeCard'], latencies: false })], { seed: 2 })('only the chosen states fail', (plan) => {
    expect(Object.keys(plan)).toEqual(['ChargeCard']);
    return fc.pre(true) === undefined;
  });
});
