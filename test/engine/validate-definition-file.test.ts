import { describe, expect, it } from 'vitest';
import { LoadError, validateDefinitionFile } from '../../src/index.js';

const template = 'fixtures/sam-app/template.yaml';

describe('validateDefinitionFile', () => {
  it('validates every machine of a template, with stand-ins for what the stack fills', async () => {
    const reports = await validateDefinitionFile(template);
    expect(reports.map((r) => [r.machine, r.result, r.standIns])).toEqual([
      ['OrderFlow', 'OK', ['OrderTable', 'ReserveFunction.Arn']],
      ['NightlyCleanup', 'OK', ['OrderTable']],
    ]);
    expect(reports[0]?.file).toBe('fixtures/sam-app/statemachine/order-flow.asl.yaml');
  });

  it('without stand-ins, reports each unfilled placeholder at its line and column in the DefinitionUri file', async () => {
    const [report] = await validateDefinitionFile(template, { machine: 'OrderFlow', standIns: false });
    expect(report?.result).toBe('FAIL');
    expect(report?.diagnostics.map((d) => [d.code, d.location, d.line, d.column])).toEqual([
      ['UNRESOLVED_PLACEHOLDER', '/States/Reserve/Parameters/FunctionName', 8, 21],
      ['UNRESOLVED_PLACEHOLDER', '/States/SaveOrder/Parameters/TableName', 27, 18],
    ]);
  });

  it('throws LoadError naming the machines when the one asked for is not there', async () => {
    await expect(validateDefinitionFile(template, { machine: 'Nope' })).rejects.toBeInstanceOf(LoadError);
  });
});
