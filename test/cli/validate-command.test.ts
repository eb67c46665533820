import { describe, expect, it } from 'vitest';
import { captureCliOutput } from './capture-output.js';
import { main } from '../../src/cli/main.js';

const io = captureCliOutput();

const fixtures = 'test/cli/fixtures';
const samApp = 'fixtures/sam-app/template.yaml';

describe('sfn-sim validate', () => {
  it('exits 0 for valid definitions and says how many machines it checked', async () => {
    expect(await main(['validate', 'fixtures/order-workflow/definition.asl.json', 'fixtures/refund-request/definition.asl.json'])).toBe(0);
    expect(io.err).toBe('');
    expect(io.out).toMatchInlineSnapshot(`
      "2 state machines checked: 2 valid, 0 invalid; 0 errors, 0 warnings
      "
    `);
  });

  it('reports every problem at once, compiler style, with the line and column in the YAML file (exit 1)', async () => {
    expect(await main(['validate', `${fixtures}/two-mistakes.asl.yaml`])).toBe(1);
    expect(io.out).toMatchInlineSnapshot(`
      "test/cli/fixtures/two-mistakes.asl.yaml:9:18: error SCHEMA_VALIDATION_FAILED The value for the field 'Payload.$' must be a valid JSONPath or a valid intrinsic function call: cannot read the bracket: expected a quoted name, an index, a slice, '*' or '?(...)' (at position 7 of '$.order[') (at /States/Charge/Parameters/Payload.$)
      test/cli/fixtures/two-mistakes.asl.yaml:10:11: error MISSING_TRANSITION_TARGET Missing 'Next' target: Shipp (did you mean "Ship"?) (at /States/Charge/Next)
      test/cli/fixtures/two-mistakes.asl.yaml:12:5: error MISSING_TRANSITION_TARGET State "Ship" is not reachable. (at /States/Ship)
      1 state machine checked: 0 valid, 1 invalid; 3 errors, 0 warnings
      "
    `);
  });

  it('checks each machine of a SAM template, filling what the stack would provide with stand-ins', async () => {
    expect(await main(['validate', samApp])).toBe(0);
    expect(io.out).toMatchInlineSnapshot(`
      "2 state machines checked: 2 valid, 0 invalid; 0 errors, 0 warnings
      stand-in values used for 2 placeholders (\${OrderTable}, \${ReserveFunction.Arn}); give real ones with --sub Name=value
      "
    `);
  });

  it('applies --type EXPRESS restrictions with AWS wording', async () => {
    expect(await main(['validate', `${fixtures}/express-callback.asl.json`])).toBe(0);
    io.clear();
    expect(await main(['validate', `${fixtures}/express-callback.asl.json`, '--type', 'EXPRESS'])).toBe(1);
    expect(io.out).toMatchInlineSnapshot(`
      "test/cli/fixtures/express-callback.asl.json:6:19: error SCHEMA_VALIDATION_FAILED Express state machine does not support '.waitForTaskToken' service integration  (at /States/WaitForApproval/Resource)
      1 state machine checked: 0 valid, 1 invalid; 1 error, 0 warnings
      "
    `);
  });

  it('takes the workflow type from the template: the EXPRESS machine there is checked as EXPRESS', async () => {
    expect(await main(['validate', samApp, '--machine', 'NightlyCleanup', '--format', 'json'])).toBe(0);
    const report = JSON.parse(io.out) as { result: string; machines: Array<{ machine: string; result: string }> };
    expect(report.result).toBe('OK');
    expect(report.machines.map((m) => [m.machine, m.result])).toEqual([['NightlyCleanup', 'OK']]);
  });

  it('prints one JSON object with each diagnostic, its pointer and its file position', async () => {
    expect(await main(['validate', `${fixtures}/two-mistakes.asl.yaml`, '--format', 'json'])).toBe(1);
    const report = JSON.parse(io.out) as {
      result: string;
      machines: Array<{ diagnostics: Array<{ code: string; location: string; line: number; column: number }> }>;
    };
    expect(report.result).toBe('FAIL');
    expect(report.machines[0]?.diagnostics.map((d) => [d.code, d.location, d.line, d.column])).toEqual([
      ['SCHEMA_VALIDATION_FAILED', '/States/Charge/Parameters/Payload.$', 9, 18],
      ['MISSING_TRANSITION_TARGET', '/States/Charge/Next', 10, 11],
      ['MISSING_TRANSITION_TARGET', '/States/Ship', 12, 5],
    ]);
  });

  it('reports a DefinitionString that is not JSON once, at its place in the template', async () => {
    expect(await main(['validate', 'test/asl/load/fixtures/definition-string-join.json', '--format', 'json'])).toBe(1);
    const report = JSON.parse(io.out) as { machines: Array<{ machine: string; diagnostics: Array<{ code: string; line: number }> }> };
    const broken = report.machines.find((m) => m.machine === 'BrokenStateMachine');
    expect(broken?.diagnostics.map((d) => [d.code, d.line])).toEqual([['INVALID_JSON_DESCRIPTION', 26]]);
  });

  it('uses --sub values instead of stand-ins', async () => {
    expect(await main(['validate', samApp, '--machine', 'OrderFlow', '--sub', 'OrderTable=orders-dev', '--format', 'json'])).toBe(0);
    const report = JSON.parse(io.out) as { machines: Array<{ standIns: string[] }> };
    expect(report.machines[0]?.standIns).toEqual(['ReserveFunction.Arn']);
  });

  it('exits 2 when a file cannot be read or a machine cannot be found, naming the choices', async () => {
    expect(await main(['validate', 'no/such/file.asl.json', 'fixtures/order-workflow/definition.asl.json'])).toBe(2);
    expect(io.out).toMatchInlineSnapshot(`
      "no/such/file.asl.json: error UNREADABLE_FILE cannot read the file (no such file)
      1 state machine checked: 1 valid, 0 invalid; 0 errors, 0 warnings; 1 could not be loaded
      "
    `);
    io.clear();
    expect(await main(['validate', samApp, '--machine', 'OrderFlw'])).toBe(2);
    expect(io.out).toMatchInlineSnapshot(`
      "fixtures/sam-app/template.yaml: error MACHINE_NOT_FOUND no state machine "OrderFlw" (did you mean "OrderFlow"?); this template defines 2 state machines: order-flow (OrderFlow), nightly-cleanup (NightlyCleanup)
      0 state machines checked: 0 valid, 0 invalid; 0 errors, 0 warnings; 1 could not be loaded
      "
    `);
  });

  it.each([
    [[], "'validate' needs at least one file"],
    [['x.json', '--format', 'xml'], "--format must be text or json; got 'xml'"],
    [['x.json', '--type', 'BATCH'], "--type must be STANDARD or EXPRESS; got 'BATCH'"],
    [['x.json', '--sub', 'NoEquals'], "--sub takes Name=value (e.g. --sub OrderTable=orders-dev); got 'NoEquals'"],
    [['x.json', '--frobnicate'], "Unknown option '--frobnicate'"],
  ])('exits 2 with a message and no stack trace for %j', async (args, message) => {
    expect(await main(['validate', ...args])).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err).not.toMatch(/\n\s+at /);
  });
});
