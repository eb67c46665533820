import { describe, expect, it } from 'vitest';
import { listStateMachines, loadDefinitionFile } from '../../../src/asl/load/load-definition-file.js';
import { fixture, loadError, positionOf } from './helpers.js';

describe('CDK-synthesized templates', () => {
  const dir = fixture('cdk.out');
  const template = fixture('cdk.out/OrdersStack.template.json');

  it('picks a machine by the construct path segment, and turns Fn::Join parts into placeholders', async () => {
    const loaded = await loadDefinitionFile(template, { machine: 'MyStateMachine' });
    expect(loaded).toMatchObject({ file: template, source: 'cdk', machine: { id: 'MyStateMachine6C968CA5' } });
    expect(loaded.definition).toEqual({
      StartAt: 'Process',
      States: { Process: { Type: 'Task', Resource: '${OrderFunction1A2B3C4D.Arn}', End: true } },
    });
    expect(loaded.diagnostics.map((d) => d.location)).toEqual(['/States/Process/Resource']);
    expect(loaded.locate('/States/Process/Resource')).toEqual(positionOf(template, '{\n          "Fn::Join"'));
  });

  it('picks a machine by its long logical id or its full construct path', async () => {
    expect((await loadDefinitionFile(template, { machine: 'CleanupStateMachineE1F2A3B4' })).machine).toEqual({
      id: 'CleanupStateMachineE1F2A3B4',
      type: 'EXPRESS',
    });
    expect((await loadDefinitionFile(template, { machine: 'OrdersStack/Cleanup/Resource' })).definition).toEqual({
      StartAt: 'Done',
      States: { Done: { Type: 'Succeed' } },
    });
  });

  it('searches the *.template.json files of a cdk.out folder', async () => {
    const loaded = await loadDefinitionFile(dir, { machine: 'Cleanup' });
    expect(loaded).toMatchObject({ file: template, source: 'cdk', machine: { id: 'CleanupStateMachineE1F2A3B4' } });
    expect(await listStateMachines(dir)).toEqual([
      { id: 'MyStateMachine6C968CA5', source: 'cdk', file: template, constructPath: 'OrdersStack/MyStateMachine/Resource' },
      { id: 'CleanupStateMachineE1F2A3B4', type: 'EXPRESS', source: 'cdk', file: template, constructPath: 'OrdersStack/Cleanup/Resource' },
    ]);
  });

  it('names the machines by their construct when several are found', async () => {
    const error = await loadError(loadDefinitionFile(dir));
    expect(error.code).toBe('AMBIGUOUS_MACHINE');
    expect(error.message).toMatchInlineSnapshot(
      `"test/asl/load/fixtures/cdk.out: this cloud assembly defines 2 state machines: MyStateMachine (MyStateMachine6C968CA5), Cleanup (CleanupStateMachineE1F2A3B4); pick one with --machine <id>"`,
    );
  });

  it('refuses a folder without templates', async () => {
    const error = await loadError(loadDefinitionFile(fixture('sam')));
    expect(error.code).toBe('UNSUPPORTED_SOURCE');
    expect(error.message).toMatchInlineSnapshot(
      `"test/asl/load/fixtures/sam is a folder without *.template.json files: pass a definition file, a template, or a CDK cdk.out folder"`,
    );
  });
});
