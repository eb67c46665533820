import { describe, expect, it } from 'vitest';
import { captureCliOutput } from '../cli/capture-output.js';
import { main } from '../../src/cli/main.js';
import { fuzz } from '../../src/fuzz/index.js';
import { PLANTED, plantedDefinition, plantedSchema } from './helpers.js';

const io = captureCliOutput();

const cli = (...more: string[]): Promise<number> =>
  main(['fuzz', `${PLANTED}/definition.asl.json`, '--schema', `${PLANTED}/input.schema.json`, '--runs', '1000', ...more]);

describe('sfn-sim fuzz on the planted bug', () => {
  it('finds the Catch that forgets Payments.Throttled in under 1,000 runs and prints the three throttled calls', async () => {
    expect(await cli('--seed', '7')).toBe(1);
    expect(io.err).toBe('');
    expect(io.out.replace(/^Speed .*\n/m, '')).toMatchInlineSnapshot(`
      "sfn-sim fuzz: property noUnhandledErrors failed after 44 runs

      Why: the execution FAILED with Payments.Throttled, which no Catch handled
      Execution: FAILED with Payments.Throttled at t=+00:00:06.000, path ValidateOrder → ReserveStock → ChargeCard

      Shrunk counterexample (18 shrinks):
      input: {"orderId":" ","amount":1}
      mocks: {
        "ChargeCard": [
          {"throws":{"error":"Payments.Throttled"}},
          {"throws":{"error":"Payments.Throttled"}},
          {"throws":{"error":"Payments.Throttled"}}
        ]
      },
      unmockedTasks: 'passthrough',

      Runs      44
      Failures  1
      Coverage  16 of 18 items (88.9%)
      Slowest   +00:01:05.000  ValidateOrder → ReserveStock → ChargeCard → IsLargeOrder → ReviewOrder → ShipOrder

      Never covered:
        ValidateOrder.Default
        InvalidOrder

      Replay: sfn-sim fuzz fixtures/fuzz-planted-bug/definition.asl.json --schema fixtures/fuzz-planted-bug/input.schema.json --seed 7 --path 43:0:0:1:0:0:0:0:0:0:0:0:0:0:0:1:1:4:4
              fuzz(machine, { seed: 7, path: '43:0:0:1:0:0:0:0:0:0:0:0:0:0:0:1:1:4:4' })
      "
    `);
  });

  it('finds it in under 1,000 runs whatever the seed, and shrinks to exactly the three throttled calls', async () => {
    for (const seed of [1, 2, 3, 42, 89, 1234]) {
      const report = await fuzz(plantedDefinition, { inputSchema: plantedSchema, runs: 1000, seed });
      expect(report.runs).toBeLessThan(1000);
      const failure = report.failures[0];
      expect(failure?.reason).toBe('the execution FAILED with Payments.Throttled, which no Catch handled');
      expect(failure?.mocks).toEqual({
        ChargeCard: [
          { throws: { error: 'Payments.Throttled' } },
          { throws: { error: 'Payments.Throttled' } },
          { throws: { error: 'Payments.Throttled' } },
        ],
      });
      expect(failure?.scenario.input).toEqual({ orderId: ' ', amount: 1 });
    }
  });

  it('gives the same counterexample again for the same seed, and replays it from the printed path', async () => {
    await cli('--seed', '11', '--format', 'json');
    const first = JSON.parse(io.out) as { failures: unknown[]; path: string };
    io.clear();
    await cli('--seed', '11', '--format', 'json');
    const second = JSON.parse(io.out) as { failures: unknown[] };
    expect(second.failures).toEqual(first.failures);

    io.clear();
    expect(await cli('--seed', '11', '--path', first.path, '--format', 'json')).toBe(1);
    const replayed = JSON.parse(io.out) as { failures: Array<{ shrinks: number }> };
    // the replay starts from the shrunk case: nothing is left to shrink
    expect(replayed.failures).toEqual(first.failures.map((f) => ({ ...(f as object), shrinks: 0 })));
  });

  it('exits 0 when every property holds', async () => {
    expect(await cli('--seed', '7', '--allow-error', 'Payments.Throttled', '--runs', '50')).toBe(0);
    expect(io.out).toContain('every property held over 50 runs (noUnhandledErrors)');
  });

  it('exits 2 with a one-line message, no stack trace, for a usage mistake', async () => {
    expect(await cli('--property', 'neverFails')).toBe(2);
    expect(io.err).toMatch(/^sfn-sim: unknown property 'neverFails'; use noUnhandledErrors, .*\nRun 'sfn-sim fuzz --help' for usage.\n$/);
    io.clear();
    expect(await main(['fuzz', 'no/such.asl.json'])).toBe(2);
    expect(io.err).toBe("sfn-sim: no/such.asl.json: cannot read the file (no such file)\nRun 'sfn-sim fuzz --help' for usage.\n");
    io.clear();
    expect(await cli('--runs', 'many')).toBe(2);
    expect(io.err).toContain("--runs must be a whole number above zero; got 'many'");
  });
});
