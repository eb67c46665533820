import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StateMachine, StatesError, type TaskHandler } from '../../src/index.js';

type StateDef = Record<string, unknown>;

/** One step of a generated machine; `next` is filled in when the chain is assembled. */
const step: fc.Arbitrary<StateDef> = fc.oneof(
  fc.record({
    Type: fc.constant('Pass'),
    Parameters: fc.constant({ 'id.$': 'States.UUID()', 'n.$': 'States.MathRandom(1, 1000)', 'in.$': '$' }),
  }),
  fc.record({ Type: fc.constant('Wait'), Seconds: fc.integer({ min: 0, max: 100_000 }) }),
  fc.record({
    Type: fc.constant('Task'),
    Resource: fc.constant('arn:aws:states:::lambda:invoke'),
    Retry: fc.constant([{ ErrorEquals: ['Flaky'], IntervalSeconds: 2, MaxAttempts: 4, JitterStrategy: 'FULL' }]),
    Catch: fc.constant([{ ErrorEquals: ['States.ALL'], ResultPath: '$.err', Next: '__NEXT__' }]),
  }),
  fc.record({
    Type: fc.constant('Parallel'),
    Branches: fc.constant([
      { StartAt: 'B1', States: { B1: { Type: 'Wait', Seconds: 3, End: true } } },
      { StartAt: 'B2', States: { B2: { Type: 'Pass', Parameters: { 'u.$': 'States.UUID()' }, End: true } } },
    ]),
  }),
  fc.record({
    Type: fc.constant('Map'),
    ItemsPath: fc.constant('$$.Execution.Input.items'),
    MaxConcurrency: fc.integer({ min: 0, max: 3 }),
    ItemProcessor: fc.constant({ StartAt: 'I', States: { I: { Type: 'Wait', SecondsPath: '$', End: true } } }),
  }),
);

function assemble(steps: StateDef[], prefix: string) {
  const states: Record<string, StateDef> = {};
  steps.forEach((s, i) => {
    const name = `${prefix}${i}`;
    const next = i + 1 < steps.length ? `${prefix}${i + 1}` : 'Done';
    const copy = JSON.parse(
      JSON.stringify(s)
        .replaceAll('__NEXT__', next)
        .replaceAll('"B1"', `"${name}B1"`)
        .replaceAll('"B2"', `"${name}B2"`)
        .replaceAll('"I"', `"${name}I"`),
    ) as StateDef;
    states[name] = { ...copy, Next: next };
  });
  states['Done'] = { Type: 'Succeed' };
  return { StartAt: `${prefix}0`, States: states };
}

/** A handler whose failures depend only on the attempt number, so both runs see the same behaviour. */
const flaky: TaskHandler = ({ attempt, input }) => {
  if (attempt % 3 === 0) throw new StatesError('Flaky', 'try again');
  return { attempt, input };
};

describe('determinism', () => {
  it('gives deep-equal results (history included) for the same definition, input and seed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 6 }),
        fc.integer(),
        async (steps, items, seed) => {
          const definition = assemble(steps, 'S');
          const handlers = Object.fromEntries(
            Object.entries(definition.States)
              .filter(([, s]) => s['Type'] === 'Task')
              .map(([n]) => [n, flaky]),
          );
          const machine = new StateMachine(definition, { taskHandlers: handlers });
          const a = await machine.run({ items }, { seed });
          const b = await machine.run({ items }, { seed });
          expect(a.status).not.toBe('TIMED_OUT');
          expect(b).toEqual(a);
          expect(JSON.stringify(b.history)).toBe(JSON.stringify(a.history));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('changes seeded values when the seed changes', async () => {
    const machine = new StateMachine({ StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'id.$': 'States.UUID()' }, End: true } } });
    const a = await machine.run({}, { seed: 1 });
    const b = await machine.run({}, { seed: 2 });
    expect(a.output).not.toEqual(b.output);
  });
});
