import { describe, expect, it } from 'vitest';
import { listStateMachines, loadDefinitionFile } from '../../../src/asl/load/load-definition-file.js';
import { fixture, loadError, positionOf } from './helpers.js';

describe('Serverless Framework config', () => {
  const file = fixture('serverless.yml');

  it('lists the machines under stepFunctions.stateMachines', async () => {
    expect(await listStateMachines(file)).toEqual([
      { id: 'placeOrder', name: 'place-order-${sls:stage}', source: 'serverless', file },
      { id: 'nightlyReport', type: 'EXPRESS', source: 'serverless', file },
    ]);
  });

  it('turns Serverless variables and Ref/Fn::GetAtt objects into placeholders named by what is inside the braces', async () => {
    const loaded = await loadDefinitionFile(file, { machine: 'placeOrder' });
    expect(loaded).toMatchObject({ source: 'serverless', machine: { id: 'placeOrder', name: 'place-order-${sls:stage}' } });
    expect(loaded.definition).toEqual({
      StartAt: 'Save',
      States: {
        Save: {
          Type: 'Task',
          Resource: 'arn:aws:states:::dynamodb:putItem',
          Parameters: { TableName: '${self:custom.tableName}', Region: '${env:AWS_REGION}' },
          Next: 'Notify',
        },
        Notify: { Type: 'Task', Resource: '${notify.Arn}', End: true },
      },
    });
    expect(loaded.diagnostics.map((d) => d.message)).toMatchInlineSnapshot(`
      [
        "Placeholder \${self:custom.tableName} is not substituted: pass substitutions: { 'self:custom.tableName': '…' } (CLI: --sub self:custom.tableName=…)",
        "Placeholder \${env:AWS_REGION} is not substituted: pass substitutions: { 'env:AWS_REGION': '…' } (CLI: --sub env:AWS_REGION=…)",
        "Placeholder \${notify.Arn} is not substituted: pass substitutions: { 'notify.Arn': '…' } (CLI: --sub notify.Arn=…)",
      ]
    `);
    expect(loaded.locate('/States/Save/Parameters/TableName')).toEqual(positionOf(file, '${self:custom.tableName}'));
  });

  it('picks a machine by its name, and substitutes', async () => {
    const loaded = await loadDefinitionFile(file, {
      machine: 'place-order-${sls:stage}',
      substitutions: { 'self:custom.tableName': 'orders', 'env:AWS_REGION': 'eu-west-1', 'notify.Arn': 'arn:notify' },
    });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.definition).toMatchObject({ States: { Save: { Parameters: { TableName: 'orders', Region: 'eu-west-1' } } } });
    const report = await loadDefinitionFile(file, { machine: 'nightlyReport', substitutions: { ReportFunction: 'arn:report' } });
    expect(report.definition).toEqual({ StartAt: 'Report', States: { Report: { Type: 'Task', Resource: 'arn:report', End: true } } });
  });

  it('asks which machine to load when none is given', async () => {
    const error = await loadError(loadDefinitionFile(file));
    expect(error.message).toMatchInlineSnapshot(
      `"test/asl/load/fixtures/serverless.yml: this Serverless config defines 2 state machines: place-order-\${sls:stage} (placeOrder), nightlyReport; pick one with --machine <id>"`,
    );
  });
});
