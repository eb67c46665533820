import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCliOutput } from './capture-output.js';
import { main } from '../../src/cli/main.js';

const io = captureCliOutput();

const example = 'fixtures/order-workflow';

describe('sfn-sim run', () => {
  it('runs the shipped example end to end and prints outcome, path, transitions and virtual duration', async () => {
    const code = await main([
      'run',
      `${example}/definition.asl.json`,
      '--input',
      `@${example}/input.json`,
      '--mocks',
      `${example}/mocks.json`,
    ]);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    // 1 Choice + Map + 3 iterations + Task with one retry (2 transitions) + Wait + Parallel + 2 branch states + Succeed
    expect(io.out).toContain('SUCCEEDED in 01:00:02.000 of virtual time, 12 state transitions');
    expect(io.out).toContain(
      'Path:   ValidateOrder → ReserveStock → ReserveStock[0].Reserve → ReserveStock[1].Reserve → ReserveStock[2].Reserve → ChargeCard → WaitForWarehouseWindow',
    );
    expect(io.out).toContain('Replay: sfn-sim run fixtures/order-workflow/definition.asl.json');
  });

  it('prints one JSON object with the execution result fields under --json', async () => {
    const code = await main(['run', `${example}/definition.asl.json`, '--json', '--input', '{"order":{"id":"x","total":0,"items":[]}}']);
    expect(code).toBe(1);
    const result = JSON.parse(io.out) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining(['status', 'output', 'error', 'cause', 'history', 'path', 'transitions', 'startTime', 'stopTime']),
    );
    expect(result['status']).toBe('FAILED');
    expect(result['error']).toBe('OrderRejected');
  });

  it('runs the JSONata and variables example: Map Items, Assign across states, a retried Task and a Choice Condition', async () => {
    const dir = 'fixtures/jsonata-loyalty';
    const code = await main([
      'run',
      `${dir}/definition.asl.json`,
      '--input',
      `@${dir}/input.json`,
      '--mocks',
      `${dir}/mocks.json`,
      '--json',
    ]);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(io.out) as { output: unknown; transitions: number };
    // 2 × 4.5 + 1 × 30 + 4 × 6.25 = 64; a silver customer over 50 gets 10 % off
    expect(result.output).toEqual({
      customerId: 'c-7',
      tier: 'silver',
      lines: [
        { sku: 'tea', lineTotal: 9 },
        { sku: 'pot', lineTotal: 30 },
        { sku: 'cups', lineTotal: 25 },
      ],
      subtotal: 64,
      total: 57.6,
    });
    // Map + 3 iterations + 2 Task attempts + Choice + Pass
    expect(result.transitions).toBe(8);
  });

  it('runs a Step Functions Local mock file test case', async () => {
    const dir = 'fixtures/jsonata-loyalty';
    const code = await main([
      'run',
      `${dir}/definition.asl.json`,
      '--input',
      `@${dir}/input.json`,
      '--mock-config',
      `${dir}/MockConfigFile.json`,
      '--test-case',
      'GoldCustomer',
      '--state-machine',
      'JsonataLoyalty',
      '--json',
    ]);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    // gold: 20 % off 64
    expect((JSON.parse(io.out) as { output: { total: number } }).output.total).toBe(51.2);
  });

  it('explains how to mock a Task that has no mock, exits 2, no stack trace', async () => {
    const code = await main(['run', 'fixtures/jsonata-loyalty/definition.asl.json', '--input', '@fixtures/jsonata-loyalty/input.json']);
    expect(code).toBe(2);
    expect(io.err).toContain('The Task state "LookUpTier" (arn:aws:states:::dynamodb:getItem) has no mock');
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it('reports a malformed mocks file with the mock and the state, exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfn-sim-'));
    const file = join(dir, 'mocks.json');
    writeFileSync(file, JSON.stringify({ LookUpTeir: { returns: {} } }));
    const code = await main(['run', 'fixtures/jsonata-loyalty/definition.asl.json', '--mocks', file]);
    expect(code).toBe(2);
    expect(io.err).toContain('"LookUpTeir" matches no Task state or Lambda function (did you mean "LookUpTier"?)');
  });

  it.each([
    [['run'], "'run' takes exactly one definition file"],
    [['run', 'no/such/file.json'], 'no/such/file.json: cannot read the file (no such file)'],
    [['run', `${example}/definition.asl.json`, '--input', '{oops'], '--input is not valid JSON'],
    [['run', `${example}/definition.asl.json`, '--seed', 'abc'], "--seed must be an integer; got 'abc'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['run', 'x', '--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 with a message and no stack trace for %j', async (args, message) => {
    const code = await main(args);
    expect(code).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it('reports an invalid definition with its diagnostics and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfn-sim-'));
    const file = join(dir, 'bad.asl.json');
    writeFileSync(file, JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } }));
    const code = await main(['run', file]);
    expect(code).toBe(2);
    expect(io.err).toContain("MISSING_TRANSITION_TARGET: Missing 'Next' target: B at /States/A/Next");
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  describe('from a SAM template', () => {
    const app = 'fixtures/sam-app';
    const args = ['run', `${app}/template.yaml`, '--machine', 'OrderFlow', '--input', `@${app}/input.json`, '--mocks', `${app}/mocks.json`];

    it('refuses to run while placeholders the stack would fill are unresolved, naming each with its line', async () => {
      expect(await main(args)).toBe(2);
      expect(io.err).toMatchInlineSnapshot(`
        "sfn-sim: cannot run fixtures/sam-app/template.yaml:
          fixtures/sam-app/statemachine/order-flow.asl.yaml:8:21: error UNRESOLVED_PLACEHOLDER Placeholder \${ReserveFunction.Arn} is not substituted: pass substitutions: { 'ReserveFunction.Arn': '…' } (CLI: --sub ReserveFunction.Arn=…) (at /States/Reserve/Parameters/FunctionName)
          fixtures/sam-app/statemachine/order-flow.asl.yaml:27:18: error UNRESOLVED_PLACEHOLDER Placeholder \${OrderTable} is not substituted: pass substitutions: { OrderTable: '…' } (CLI: --sub OrderTable=…) (at /States/SaveOrder/Parameters/TableName)
        (give values with --sub Name=value, or --stand-ins to fill them with stand-in values)
        Run 'sfn-sim --help' for usage.
        "
      `);
    });

    it("runs with --sub values and --stand-ins; the template's own substitution (ReminderSeconds: 3600) drives the Wait", async () => {
      expect(await main([...args, '--sub', 'OrderTable=orders-dev', '--stand-ins'])).toBe(0);
      expect(io.out).toMatchInlineSnapshot(`
        "SUCCEEDED in 01:00:02.000 of virtual time, 5 state transitions, 19 history events
        Output: {"orderId":"o-1001","sku":"BOOK-1","stock":{"reservation":{"reserved":true,"sku":"BOOK-1"}}}
        Path:   Reserve → SaveOrder → WaitForPayment → Done
        Replay: sfn-sim run fixtures/sam-app/template.yaml --machine OrderFlow --sub 'OrderTable=orders-dev' --stand-ins --input '@fixtures/sam-app/input.json' --mocks fixtures/sam-app/mocks.json --seed 0
        "
      `);
    });
  });
});
