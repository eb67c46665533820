import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCliOutput } from './capture-output.js';
import { main } from '../../src/cli/main.js';

const io = captureCliOutput();

const example = 'fixtures/report-export';
const run = (...more: string[]): Promise<number> =>
  main(['cost', `${example}/definition.asl.json`, '--input', `@${example}/input.json`, '--mocks', `${example}/mocks.json`, ...more]);

describe('sfn-sim cost', () => {
  // The README's decision. By hand: 9 transitions = $0.000225 as Standard; 244.5 s x 64 MB = 15.28125 GB-s as Express.
  //   100,000 a month: Standard (900,000 - 4,000) x $0.000025 = $22.40; Express $0.10 + 424.48 GB-h x $0.06 = $25.57
  //   1,000,000 a month: Standard $224.90; Express $1.00 + $60.00 + 3,244.79 GB-h x $0.03 = $158.34
  //   break-even: 0.000225 N - 0.1 = 0.00012834375 N + 30 -> N = 311,412.87
  it('prices the report export at 100,000 executions a month: Standard is cheaper', async () => {
    expect(await run('--executions-per-month', '100000')).toBe(0);
    expect(io.err).toBe('');
    expect(io.out).toMatchInlineSnapshot(`
      "Cost of fixtures/report-export/definition.asl.json in us-east-1, 100,000 executions a month
      Run: SUCCEEDED in 00:04:04.500 of virtual time, 9 state transitions

                            Standard         Express
      Billed per execution  9 transitions    244,500 ms x 64 MB
      Price per execution   $0.000225        $0.000256
      Per month             $22.40           $25.57

      Standard is cheaper at 100,000 executions a month, by $3.17 a month (12.4% less than Express).
      Break-even: 311,413 executions a month; Standard is cheaper below, Express from there up.
      Express limits: none found (under 5 minutes; no .sync, callbacks, activities or distributed Map).

      Standard per month: 900,000 transitions - 4,000 free = 896,000 x $0.025 per 1,000 = $22.40
      Express per month:  100,000 requests x $1.00 per million = $0.10; 424.48 GB-hours: 424.48 x $0.06 = $25.47

      Transitions by state, per execution:
        StartExport      1
        WaitForExport    2
        GetExportStatus  2
        IsExportReady    2
        NotifyRequester  1
        Done             1
      Express memory: 50 MB + 1,709 B definition + 888 B payload x 1 step = 50.0026 MB, billed 64 MB (AWS's estimate).
      Prices for us-east-1, read 2020-07 to 2025 (the captures agree; ASL-REFERENCE §11):
        Standard: aws.amazon.com/step-functions/pricing (state transitions table, free tier)
        Express:  aws.amazon.com/step-functions/pricing (Express requests and duration tiers)
      Replay: sfn-sim cost fixtures/report-export/definition.asl.json --input '@fixtures/report-export/input.json' --mocks fixtures/report-export/mocks.json --executions-per-month 100000 --region us-east-1 --seed 0
      "
    `);
  });

  it('prices it at 1,000,000 executions a month: Express is cheaper', async () => {
    expect(await run('--executions-per-month', '1,000,000')).toBe(0);
    expect(io.out).toContain('Express is cheaper at 1,000,000 executions a month, by $66.56 a month (29.6% less than Standard).');
    expect(io.out.split('\n').slice(3, 7).join('\n')).toMatchInlineSnapshot(`
      "                      Standard         Express
      Billed per execution  9 transitions    244,500 ms x 64 MB
      Price per execution   $0.000225        $0.000256
      Per month             $224.90          $158.34"
    `);
  });

  it('prints the estimate and the execution cost as JSON with --format json', async () => {
    expect(await run('--format', 'json', '--executions-per-month', '100000')).toBe(0);
    const { estimate, execution } = JSON.parse(io.out) as {
      estimate: { cheaper: string; breakEven: unknown[]; standard: { totalUsd: number } };
      execution: { standard: { transitions: number; byState: unknown[] }; express: { billingDetails: unknown } };
    };
    expect(estimate.cheaper).toBe('STANDARD');
    expect(estimate.breakEven).toEqual([{ executionsPerMonth: 311_413, cheaperBelow: 'STANDARD', cheaperAbove: 'EXPRESS' }]);
    expect(execution.standard.transitions).toBe(9);
    expect(execution.express.billingDetails).toEqual({ billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 244_500 });
  });

  it("uses another region's prices, or the user's own", async () => {
    expect(await run('--region', 'sa-east-1', '--executions-per-month', '100000')).toBe(0);
    // (900,000 - 4,000) x $0.0375 / 1,000 = $33.60
    expect(io.out).toContain('Standard per month: 900,000 transitions - 4,000 free = 896,000 x $0.0375 per 1,000 = $33.60');
    expect(io.out).toContain('Express:  ASSUMED equal to us-east-1');

    io.clear();
    const dir = mkdtempSync(join(tmpdir(), 'sfn-sim-cost-'));
    const pricing = join(dir, 'pricing.json');
    writeFileSync(
      pricing,
      JSON.stringify({
        region: 'eu-south-2',
        standard: { usdPerThousandTransitions: 0.05, freeTransitionsPerMonth: 0, source: 'our invoice', date: '2025-06' },
        express: {
          usdPerMillionRequests: 1,
          durationTiers: [{ upToGbHours: null, usdPerGbHour: 0.06 }],
          source: 'our invoice',
          date: '2025-06',
        },
      }),
    );
    expect(await run('--pricing', pricing, '--executions-per-month', '1000')).toBe(0);
    // 9,000 x $0.05 / 1,000 = $0.45
    expect(io.out).toContain('Standard per month: 9,000 transitions - 0 free = 9,000 x $0.05 per 1,000 = $0.45');
  });

  it('explains its options under --help', async () => {
    expect(await main(['cost', '--help'])).toBe(0);
    expect(io.out).toContain('--executions-per-month  Monthly traffic to price (default: 1000000)');
  });
});

describe('sfn-sim cost: usage problems exit 2 with a one-line message and no stack trace', () => {
  it.each([
    [['--executions-per-month', 'lots'], "sfn-sim: --executions-per-month must be a whole number of executions (e.g. 250000); got 'lots'"],
    [['--executions-per-month=-5'], "sfn-sim: --executions-per-month must be a whole number of executions (e.g. 250000); got '-5'"],
    [['--format', 'yaml'], "sfn-sim: --format must be 'text' or 'json'; got 'yaml'"],
    [['--region', 'mars-1'], "sfn-sim: no Step Functions prices for region 'mars-1'; known regions:"],
    [['--pricing', 'nowhere.json'], "sfn-sim: cannot read pricing file 'nowhere.json': no such file"],
    [['--colour'], "sfn-sim: Unknown option '--colour'"],
  ])('%j', async (args, message) => {
    expect(await run(...args)).toBe(2);
    expect(io.err.startsWith(message)).toBe(true);
    expect(io.err).toContain("Run 'sfn-sim cost --help' for usage.");
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(io.out).toBe('');
  });

  it('needs exactly one definition file', async () => {
    expect(await main(['cost'])).toBe(2);
    expect(io.err).toMatchInlineSnapshot(`
      "sfn-sim: 'cost' takes exactly one definition file; got 0
      Run 'sfn-sim cost --help' for usage.
      "
    `);
  });

  it('reports an invalid definition with its diagnostics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfn-sim-cost-'));
    const file = join(dir, 'bad.asl.json');
    writeFileSync(file, JSON.stringify({ StartAt: 'Nope', States: { A: { Type: 'Pass', End: true } } }));
    expect(await main(['cost', file])).toBe(2);
    expect(io.err).toMatch(/^sfn-sim: Invalid state machine definition/);
  });
});
