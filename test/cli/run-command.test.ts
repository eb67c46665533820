import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

let out = '';
let err = '';

beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

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
    expect(err).toBe('');
    expect(code).toBe(0);
    // 1 Choice + Map + 3 iterations + Task with one retry (2 transitions) + Wait + Parallel + 2 branch states + Succeed
    expect(out).toContain('SUCCEEDED in 01:00:02.000 of virtual time, 12 state transitions');
    expect(out).toContain(
      'Path:   ValidateOrder → ReserveStock → ReserveStock[0].Reserve → ReserveStock[1].Reserve → ReserveStock[2].Reserve → ChargeCard → WaitForWarehouseWindow',
    );
    expect(out).toContain('Replay: sfn-sim run fixtures/order-workflow/definition.asl.json');
  });

  it('prints one JSON object with the execution result fields under --json', async () => {
    const code = await main(['run', `${example}/definition.asl.json`, '--json', '--input', '{"order":{"id":"x","total":0,"items":[]}}']);
    expect(code).toBe(1);
    const result = JSON.parse(out) as Record<string, unknown>;
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
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as { output: unknown; transitions: number };
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
    expect(err).toBe('');
    expect(code).toBe(0);
    // gold: 20 % off 64
    expect((JSON.parse(out) as { output: { total: number } }).output.total).toBe(51.2);
  });

  it('explains how to mock a Task that has no mock, exits 2, no stack trace', async () => {
    const code = await main(['run', 'fixtures/jsonata-loyalty/definition.asl.json', '--input', '@fixtures/jsonata-loyalty/input.json']);
    expect(code).toBe(2);
    expect(err).toContain('The Task state "LookUpTier" (arn:aws:states:::dynamodb:getItem) has no mock');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('reports a malformed mocks file with the mock and the state, exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfn-sim-'));
    const file = join(dir, 'mocks.json');
    writeFileSync(file, JSON.stringify({ LookUpTeir: { returns: {} } }));
    const code = await main(['run', 'fixtures/jsonata-loyalty/definition.asl.json', '--mocks', file]);
    expect(code).toBe(2);
    expect(err).toContain('"LookUpTeir" matches no Task state or Lambda function (did you mean "LookUpTier"?)');
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
    expect(err).toContain(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('reports an invalid definition with its diagnostics and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfn-sim-'));
    const file = join(dir, 'bad.asl.json');
    writeFileSync(file, JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } }));
    const code = await main(['run', file]);
    expect(code).toBe(2);
    expect(err).toContain("MISSING_TRANSITION_TARGET: Missing 'Next' target: B at /States/A/Next");
    expect(err).not.toMatch(/\n\s+at /);
  });
});
