import { describe, expect, it } from 'vitest';
import { listStateMachines, loadDefinitionFile } from '../../../src/asl/load/load-definition-file.js';
import { fixture, positionOf } from './helpers.js';

describe('loading an ASL file', () => {
  const json = fixture('order.asl.json');
  const yaml = fixture('order.asl.yaml');

  it('reads an .asl.json definition and substitutes placeholders', async () => {
    const loaded = await loadDefinitionFile(json, {
      substitutions: { ChargeFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:charge', OrderTable: 'orders' },
    });
    expect(loaded).toMatchObject({ file: json, source: 'asl-json', diagnostics: [] });
    expect(loaded.machine).toBeUndefined();
    expect(loaded.definition).toEqual({
      Comment: 'Takes an order',
      StartAt: 'Charge',
      States: {
        Charge: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:charge', Next: 'Save' },
        Save: {
          Type: 'Task',
          Resource: 'arn:aws:states:::dynamodb:putItem',
          Parameters: { TableName: 'orders', Item: { id: { 'S.$': '$.id' } } },
          End: true,
        },
      },
    });
  });

  it('reports every placeholder left, with its pointer, which locate() maps to the line and column of the string', async () => {
    const loaded = await loadDefinitionFile(json);
    expect(loaded.diagnostics).toMatchInlineSnapshot(`
      [
        {
          "code": "UNRESOLVED_PLACEHOLDER",
          "location": "/States/Charge/Resource",
          "message": "Placeholder \${ChargeFunctionArn} is not substituted: pass substitutions: { ChargeFunctionArn: '…' } (CLI: --sub ChargeFunctionArn=…)",
          "severity": "ERROR",
        },
        {
          "code": "UNRESOLVED_PLACEHOLDER",
          "location": "/States/Save/Parameters/TableName",
          "message": "Placeholder \${OrderTable} is not substituted: pass substitutions: { OrderTable: '…' } (CLI: --sub OrderTable=…)",
          "severity": "ERROR",
        },
      ]
    `);
    expect(loaded.diagnostics.map((d) => loaded.locate(d.location))).toEqual([
      positionOf(json, '"${ChargeFunctionArn}"'),
      positionOf(json, '"${OrderTable}"'),
    ]);
    // placeholders left are kept as they are, never silently dropped
    expect(loaded.definition).toMatchObject({ States: { Charge: { Resource: '${ChargeFunctionArn}' } } });
  });

  it('reads an .asl.yaml definition, with positions of YAML nodes', async () => {
    const loaded = await loadDefinitionFile(yaml, { substitutions: () => 'charge' });
    expect(loaded).toMatchObject({ file: yaml, source: 'asl-yaml', diagnostics: [] });
    expect(loaded.definition).toEqual({
      Comment: 'Takes an order',
      StartAt: 'Charge',
      States: {
        Charge: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
          Next: 'Wait',
        },
        Wait: { Type: 'Wait', Seconds: 5, End: true },
      },
    });
    expect(loaded.locate('/States/Wait/Seconds')).toEqual(positionOf(yaml, '5'));
    expect(loaded.locate('/States/Charge/Parameters/FunctionName')).toEqual(positionOf(yaml, '${ChargeFunctionArn}'));
  });

  it('maps an unknown pointer to its nearest existing ancestor, and the root to the top of the file', async () => {
    const loaded = await loadDefinitionFile(json);
    expect(loaded.locate('/States/Save/Parameters/Nope/deeper')).toEqual(loaded.locate('/States/Save/Parameters'));
    expect(loaded.locate('/States/Save/Parameters')).toEqual(positionOf(json, '{\n        "TableName"'));
    expect(loaded.locate('/')).toEqual({ line: 1, column: 1 });
    expect(loaded.locate('')).toEqual({ line: 1, column: 1 });
  });

  it('lists an ASL file as one machine named after the file', async () => {
    expect(await listStateMachines(json)).toEqual([{ id: 'order', source: 'asl-json', file: json }]);
  });
});
