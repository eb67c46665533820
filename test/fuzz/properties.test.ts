import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../src/index.js';
import {
  costBelow,
  everyCatchLeadsToRunningState,
  noUnhandledErrors,
  outlineMachine,
  outputMatchesSchema,
  retriesWithinDeclaredAttempts,
  runScenario,
  terminatesWithin,
  type NamedProperty,
  type Scenario,
} from '../../src/fuzz/index.js';
import { plantedDefinition, throttled } from './helpers.js';

const machine = outlineMachine(plantedDefinition);
const happy: Scenario = { input: { orderId: 'o-1', amount: 10 }, plan: {} };
const exhausted: Scenario = { input: { orderId: 'o-1', amount: 10 }, plan: { ChargeCard: [throttled, throttled, throttled] } };
const declined: Scenario = {
  input: { orderId: 'o-1', amount: 10 },
  plan: { ChargeCard: [{ outcome: 'throw', error: 'Payments.CardDeclined' }] },
};

async function verdict(property: NamedProperty, scenario: Scenario, definition = plantedDefinition) {
  const result = await runScenario(definition, scenario);
  return property.check(result, scenario, outlineMachine(definition));
}

describe('noUnhandledErrors', () => {
  it('holds for a success and for an execution that ends in a Fail state', async () => {
    expect(await verdict(noUnhandledErrors(), happy)).toBe(true);
    expect(await verdict(noUnhandledErrors(), declined)).toBe(true);
  });
  it('fails for an error no Catch took, unless it is allowed', async () => {
    expect(await verdict(noUnhandledErrors(), exhausted)).toBe('the execution FAILED with Payments.Throttled, which no Catch handled');
    expect(await verdict(noUnhandledErrors({ allow: ['Payments.Throttled'] }), exhausted)).toBe(true);
    expect(await verdict(noUnhandledErrors({ allowFailStates: false }), declined)).toBe(
      'the execution FAILED with Payment.Declined (cause: "The card was declined"), which no Catch handled',
    );
  });
});

describe('terminatesWithin', () => {
  it('holds when the execution stops in time', async () => {
    expect(await verdict(terminatesWithin(60), happy)).toBe(true);
  });
  it('fails when latency and back-off take longer', async () => {
    const slow: Scenario = { ...happy, plan: { ShipOrder: [{ outcome: 'succeed', afterSeconds: 90 }] } };
    expect(await verdict(terminatesWithin(60), slow)).toBe('the execution took 90 s of virtual time, more than 60 s');
  });
});

const loop = {
  StartAt: 'Call',
  States: {
    Call: {
      Type: 'Task',
      Resource: 'arn:aws:lambda:us-east-1:123456789012:function:call',
      Retry: [{ ErrorEquals: ['Busy'], MaxAttempts: 1, IntervalSeconds: 1 }],
      Catch: [{ ErrorEquals: ['Busy'], Next: 'Pause' }],
      End: true,
    },
    Pause: { Type: 'Wait', Seconds: 60, Next: 'Call' },
  },
};

describe('retriesWithinDeclaredAttempts', () => {
  it('holds when each failing streak stays within 1 + MaxAttempts', async () => {
    expect(await verdict(retriesWithinDeclaredAttempts(), exhausted)).toBe(true);
    const twice: Scenario = {
      input: {},
      plan: {
        Call: [
          { outcome: 'throw', error: 'Busy' },
          { outcome: 'throw', error: 'Busy' },
        ],
      },
    };
    expect(await verdict(retriesWithinDeclaredAttempts(), twice, loop)).toBe(true);
  });
  it('fails when a Catch loops back to a Task that keeps failing', async () => {
    const busy = { outcome: 'throw', error: 'Busy' } as const;
    const scenario: Scenario = { input: {}, plan: { Call: [busy, busy, busy] } };
    expect(await verdict(retriesWithinDeclaredAttempts(), scenario, loop)).toBe(
      'Call failed 3 calls in a row; its Retry allows 2 attempts (a Catch or loop goes back to it)',
    );
  });
});

describe('everyCatchLeadsToRunningState', () => {
  it("holds when the catcher's Next state is entered", async () => {
    expect(await verdict(everyCatchLeadsToRunningState(), declined)).toBe(true);
  });
  it("fails when the state after a caught error is not the catcher's Next (a doctored history)", async () => {
    const result = await runScenario(plantedDefinition, declined);
    const history = result.history.filter(
      (e: HistoryEvent) => !(e.type === 'TaskStateEntered' && e.stateEnteredEventDetails?.name === 'NotifyDeclined'),
    );
    expect(everyCatchLeadsToRunningState().check({ ...result, history }, declined, machine)).toBe(
      'ChargeCard caught Payments.CardDeclined (event #13); its catcher goes to NotifyDeclined, but no state was entered next',
    );
  });
});

describe('outputMatchesSchema', () => {
  const schema = { type: 'object', required: ['orderId', 'amount'], properties: { amount: { type: 'integer', maximum: 100 } } };
  it('holds for an output that matches', async () => {
    expect(await verdict(outputMatchesSchema(schema), happy)).toBe(true);
  });
  it('fails for one that does not, with ajv saying why', async () => {
    expect(await verdict(outputMatchesSchema(schema), { ...happy, input: { orderId: 'o-1', amount: 500 } })).toBe(
      'the output does not match the schema: /amount must be <= 100',
    );
  });
});

describe('costBelow', () => {
  // 5 states entered x $0.000025 = $0.000125 as Standard
  it('holds under the bound', async () => {
    expect(await verdict(costBelow(0.001), happy)).toBe(true);
  });
  it('fails over it', async () => {
    expect(await verdict(costBelow(0.0001), happy)).toBe('one execution costs $0.000125 as Standard, not below $0.0001');
  });
});
