import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listStateMachines, loadDefinitionFile } from '../../../src/asl/load/load-definition-file.js';
import { fixture, loadError, positionOf } from './helpers.js';

describe('SAM template with DefinitionUri and DefinitionSubstitutions', () => {
  const template = fixture('sam/template.yaml');
  const asl = fixture('sam/statemachine/orders.asl.json');

  it('loads the referenced file, applies literal substitutions and turns intrinsic ones into placeholders', async () => {
    const loaded = await loadDefinitionFile(template);
    expect(loaded).toMatchObject({
      file: asl,
      templateFile: template,
      source: 'sam',
      machine: { id: 'OrderStateMachine', name: 'orders', type: 'EXPRESS' },
    });
    expect(loaded.definition).toEqual({
      StartAt: 'Charge',
      States: {
        Charge: {
          Type: 'Task',
          Resource: '${ChargeFunction.Arn}',
          // CloudFormation substitutes text: a number lands as a string
          Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: '3' }],
          Next: 'Save',
        },
        Save: {
          Type: 'Task',
          Resource: 'arn:aws:states:::dynamodb:putItem',
          Parameters: { TableName: '${OrderTable}', Note: 'plain text' },
          Next: 'Notify',
        },
        Notify: {
          Type: 'Task',
          Resource: 'arn:aws:states:::sqs:sendMessage',
          Parameters: {
            QueueUrl: 'https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/orders',
            'MessageBody.$': '$',
            Topic: '${NotifyTopicArn}',
          },
          End: true,
        },
      },
    });
    expect(loaded.diagnostics.map((d) => `${d.location} ${d.message}`)).toMatchInlineSnapshot(`
      [
        "/States/Charge/Resource Placeholder \${ChargeFunction.Arn} is not substituted: pass substitutions: { 'ChargeFunction.Arn': '…' } (CLI: --sub ChargeFunction.Arn=…)",
        "/States/Save/Parameters/TableName Placeholder \${OrderTable} is not substituted: pass substitutions: { OrderTable: '…' } (CLI: --sub OrderTable=…)",
        "/States/Notify/Parameters/QueueUrl Placeholder \${AWS::Region} is not substituted: pass substitutions: { 'AWS::Region': '…' } (CLI: --sub AWS::Region=…)",
        "/States/Notify/Parameters/QueueUrl Placeholder \${AWS::AccountId} is not substituted: pass substitutions: { 'AWS::AccountId': '…' } (CLI: --sub AWS::AccountId=…)",
        "/States/Notify/Parameters/Topic Placeholder \${NotifyTopicArn} is not substituted: pass substitutions: { NotifyTopicArn: '…' } (CLI: --sub NotifyTopicArn=…)",
      ]
    `);
    // positions are in the referenced file, where the definition text is
    expect(loaded.locate('/States/Notify/Parameters/Topic')).toEqual(positionOf(asl, '"${NotifyTopicArn}"'));
  });

  it('lets the caller override DefinitionSubstitutions, by the template key or by the intrinsic placeholder', async () => {
    const loaded = await loadDefinitionFile(template, {
      substitutions: {
        ChargeFunctionArn: 'arn:charge',
        'AWS::Region': 'eu-west-1',
        'AWS::AccountId': '111111111111',
        OrderTable: 'orders-table',
        MaxAttempts: 5,
        NotifyTopicArn: 'arn:topic',
      },
    });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.definition).toMatchObject({
      States: {
        Charge: { Resource: 'arn:charge', Retry: [{ MaxAttempts: '5' }] },
        Save: { Parameters: { TableName: 'orders-table' } },
        Notify: { Parameters: { QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/111111111111/orders', Topic: 'arn:topic' } },
      },
    });
    const byAttribute = await loadDefinitionFile(template, { substitutions: { 'ChargeFunction.Arn': 'arn:fn' } });
    expect(byAttribute.definition).toMatchObject({ States: { Charge: { Resource: 'arn:fn' } } });
  });
});

describe('CloudFormation DefinitionString', () => {
  it('reads an Fn::Sub string with variables; ${!Literal} stays literal; positions map to the DefinitionString', async () => {
    const file = fixture('definition-string-sub.json');
    const loaded = await loadDefinitionFile(file);
    expect(loaded).toMatchObject({ file, source: 'cloudformation', machine: { id: 'CheckoutStateMachine', name: 'checkout' } });
    expect(loaded.definition).toEqual({
      StartAt: 'Pay',
      States: {
        Pay: {
          Type: 'Task',
          Resource: '${PayFunction.Arn}',
          Parameters: { Table: '${CheckoutTable}', Region: '${AWS::Region}', Template: '${Literal}' },
          End: true,
        },
      },
    });
    expect(loaded.diagnostics.map((d) => `${d.location} ${d.message}`)).toMatchInlineSnapshot(`
      [
        "/States/Pay/Resource Placeholder \${PayFunction.Arn} is not substituted: pass substitutions: { 'PayFunction.Arn': '…' } (CLI: --sub PayFunction.Arn=…)",
        "/States/Pay/Parameters/Table Placeholder \${CheckoutTable} is not substituted: pass substitutions: { CheckoutTable: '…' } (CLI: --sub CheckoutTable=…)",
        "/States/Pay/Parameters/Region Placeholder \${AWS::Region} is not substituted: pass substitutions: { 'AWS::Region': '…' } (CLI: --sub AWS::Region=…)",
      ]
    `);
    expect(loaded.locate('/States/Pay/Resource')).toEqual(positionOf(file, '{\n          "Fn::Sub"'));
  });

  it('reads an Fn::Join of text and intrinsics, as CDK synthesizes', async () => {
    const file = fixture('definition-string-join.json');
    const loaded = await loadDefinitionFile(file, { machine: 'ShipStateMachine' });
    expect(loaded.machine).toEqual({ id: 'ShipStateMachine', type: 'STANDARD' });
    expect(loaded.definition).toEqual({
      StartAt: 'Ship',
      States: {
        Ship: { Type: 'Task', Resource: '${ShipFunction.Arn}', Parameters: { Bucket: '${LabelBucket}', Key: 'labels' }, End: true },
      },
    });
  });

  it('reports a DefinitionString that is not JSON as INVALID_JSON_DESCRIPTION, located in the template', async () => {
    const file = fixture('definition-string-join.json');
    const loaded = await loadDefinitionFile(file, { machine: 'BrokenStateMachine' });
    expect(loaded.definition).toBeNull();
    expect(loaded.diagnostics).toMatchInlineSnapshot(`
      [
        {
          "code": "INVALID_JSON_DESCRIPTION",
          "location": "/",
          "message": "DefinitionString of BrokenStateMachine (line 26, column 29) is not valid JSON: Expected property name or '}' in JSON at position 28",
          "severity": "ERROR",
        },
      ]
    `);
    expect(loaded.locate('/')).toEqual(positionOf(file, '"{\\"StartAt\\": \\"A\\"'));
  });
});

describe('a template with several machines', () => {
  const file = fixture('several-machines.yaml');

  it('turns every short-form intrinsic of an inline Definition into a string, unknown tags included', async () => {
    const loaded = await loadDefinitionFile(file, { machine: 'OrderFlow' });
    expect(loaded.machine).toEqual({ id: 'OrderFlowStateMachine', name: 'OrderFlow', type: 'STANDARD' });
    expect(loaded.definition).toEqual({
      StartAt: 'Reserve',
      States: {
        Reserve: { Type: 'Task', Resource: '${ReserveFunction.Arn}', Next: 'Record' },
        Record: {
          Type: 'Task',
          Resource: 'arn:aws:states:::dynamodb:putItem',
          Parameters: {
            TableName: '${OrderTable}',
            Region: '${AWS::Region}',
            Arn: 'arn:${AWS::Partition}:s3:::${Bucket}/${Literal}',
            Queue: '${OrderQueue.QueueName}',
            Mode: '${If(IsProd, fast, slow)}',
            Shared: '${ImportValue(SharedTopicArn)}',
            Odd: '${Weird({"x":1})}',
          },
          End: true,
        },
      },
    });
    expect(loaded.diagnostics.map((d) => d.message.slice(0, d.message.indexOf(' is not')))).toEqual([
      'Placeholder ${ReserveFunction.Arn}',
      'Placeholder ${OrderTable}',
      'Placeholder ${AWS::Region}',
      'Placeholder ${AWS::Partition}',
      'Placeholder ${Bucket}',
      'Placeholder ${OrderQueue.QueueName}',
      'Placeholder ${If(IsProd, fast, slow)}',
      'Placeholder ${ImportValue(SharedTopicArn)}',
      'Placeholder ${Weird({"x":1})}',
    ]);
    expect(loaded.locate('/States/Reserve/Resource')).toEqual(positionOf(file, 'ReserveFunction.Arn'));
    expect(loaded.locate('/States/Record/Parameters/TableName')).toEqual(positionOf(file, 'OrderTable\n'));
  });

  it('picks a machine by logical id, by name, and reads Fn::Join', async () => {
    expect((await loadDefinitionFile(file, { machine: 'RefundsStateMachine' })).machine).toEqual({
      id: 'RefundsStateMachine',
      name: 'Refunds',
      type: 'EXPRESS',
    });
    const audit = await loadDefinitionFile(file, { machine: 'AuditStateMachine', substitutions: { Stage: 'prod' } });
    expect(audit.definition).toEqual({ StartAt: 'Done', States: { Done: { Type: 'Pass', Result: 'a,prod', End: true } } });
  });

  it('lists the machines', async () => {
    expect(await listStateMachines(file)).toEqual([
      { id: 'OrderFlowStateMachine', name: 'OrderFlow', type: 'STANDARD', source: 'cloudformation', file },
      { id: 'RefundsStateMachine', name: 'Refunds', type: 'EXPRESS', source: 'cloudformation', file },
      { id: 'AuditStateMachine', source: 'cloudformation', file },
      { id: 'ArchivedStateMachine', source: 'cloudformation', file },
    ]);
  });

  it('asks which machine to load when none is given', async () => {
    const error = await loadError(loadDefinitionFile(file));
    expect([error.code, error.file]).toEqual(['AMBIGUOUS_MACHINE', file]);
    expect(error.message).toMatchInlineSnapshot(
      `"test/asl/load/fixtures/several-machines.yaml: this template defines 4 state machines: OrderFlow (OrderFlowStateMachine), Refunds (RefundsStateMachine), AuditStateMachine, ArchivedStateMachine; pick one with --machine <id>"`,
    );
  });

  it('says which machines exist when the one asked for is not there, with a did-you-mean', async () => {
    const error = await loadError(loadDefinitionFile(file, { machine: 'OrderFlo' }));
    expect(error.code).toBe('MACHINE_NOT_FOUND');
    expect(error.message).toMatchInlineSnapshot(
      `"test/asl/load/fixtures/several-machines.yaml: no state machine "OrderFlo" (did you mean "OrderFlow"?); this template defines 4 state machines: OrderFlow (OrderFlowStateMachine), Refunds (RefundsStateMachine), AuditStateMachine, ArchivedStateMachine"`,
    );
  });

  it('explains that a DefinitionS3Location cannot be loaded locally', async () => {
    const error = await loadError(loadDefinitionFile(file, { machine: 'ArchivedStateMachine' }));
    expect(error.code).toBe('UNSUPPORTED_SOURCE');
    expect(error.message).toMatchInlineSnapshot(
      `"test/asl/load/fixtures/several-machines.yaml:49:9: state machine ArchivedStateMachine keeps its definition in S3 (DefinitionS3Location), which sfn-sim cannot read: download the definition and load that file, or inline it with Definition"`,
    );
  });
});

describe('short forms in a YAML template', () => {
  it('reads !Sub in its sequence form, with a variable that is itself an intrinsic, and !Select of a literal list', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sfn-sim-sub-')), 'template.yaml');
    writeFileSync(
      file,
      [
        'Resources:',
        '  M:',
        '    Type: AWS::StepFunctions::StateMachine',
        '    Properties:',
        '      Definition:',
        '        StartAt: P',
        '        States:',
        '          P:',
        '            Type: Pass',
        "            Result: !Sub ['${Name}-${Fixed}-${!Kept}', {Name: !Ref Stage, Fixed: one}]",
        '            Comment: !Select [1, [a, b]]',
        '            End: true',
      ].join('\n'),
    );
    const loaded = await loadDefinitionFile(file, { substitutions: { Stage: 'prod' } });
    expect(loaded.definition).toEqual({
      StartAt: 'P',
      States: { P: { Type: 'Pass', Result: 'prod-one-${Kept}', Comment: 'b', End: true } },
    });
    expect(loaded.diagnostics).toEqual([]);
  });
});
