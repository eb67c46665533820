import { describe, expect, it } from 'vitest';
import { fuzz } from '../../src/fuzz/index.js';

// `Small` is entered only when value < 5, so its rule `value > 10` can never hold.
const unreachable = {
  StartAt: 'Route',
  States: {
    Route: { Type: 'Choice', Choices: [{ Variable: '$.value', NumericLessThan: 5, Next: 'Small' }], Default: 'Big' },
    Small: { Type: 'Choice', Choices: [{ Variable: '$.value', NumericGreaterThan: 10, Next: 'Big' }], Default: 'Done' },
    Big: { Type: 'Pass', Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};
const schema = { type: 'object', required: ['value'], properties: { value: { type: 'integer', minimum: 0, maximum: 20 } } };

describe('coverage', () => {
  it('lists exactly the Choice rule nested where it cannot hold as uncovered', async () => {
    const report = await fuzz(unreachable, { inputSchema: schema, runs: 200, seed: 3 });
    expect(report.coverage.uncovered.map((item) => item.label)).toEqual(['Small.Choices[0]']);
    expect(report.coverage).toMatchObject({ total: 8, covered: 7, percent: 87.5 });
    expect(report.coverage.uncovered[0]).toEqual({ kind: 'choiceRule', state: 'Small', index: 0, label: 'Small.Choices[0]' });
  });

  it('counts retriers and catchers that fired, by index', async () => {
    const definition = {
      StartAt: 'Call',
      States: {
        Call: {
          Type: 'Task',
          Resource: 'arn:aws:lambda:us-east-1:123456789012:function:call',
          Retry: [{ ErrorEquals: ['Busy'], MaxAttempts: 1 }],
          Catch: [
            { ErrorEquals: ['Busy'], Next: 'Done' },
            { ErrorEquals: ['Never.Thrown'], Next: 'Done' },
          ],
          End: true,
        },
        Done: { Type: 'Succeed' },
      },
    };
    const report = await fuzz(definition, { runs: 100, seed: 1, errors: ['Busy'] });
    const hits = Object.fromEntries(report.coverage.items.map(({ item, hits }) => [item.label, hits > 0]));
    expect(hits).toEqual({ Call: true, 'Call.Retry[0]': true, 'Call.Catch[0]': true, 'Call.Catch[1]': false, Done: true });
  });

  it('keeps generating until coverage stops growing', async () => {
    const report = await fuzz(unreachable, { inputSchema: schema, seed: 3, untilCoverageStops: { patience: 50, maxRuns: 5000 } });
    expect(report.stoppedBy).toBe('coverage');
    expect(report.runs).toBeLessThan(200);
    expect(report.coverage.uncovered.map((item) => item.label)).toEqual(['Small.Choices[0]']);
  });
});
