import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDefinitionFile } from '../../../src/asl/load/load-definition-file.js';
import { LoadError } from '../../../src/asl/load/load-error.js';
import { fixture, loadError } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'sfn-sim-load-'));
function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('files that give no definition', () => {
  it('reports bad YAML with its line and column', async () => {
    const error = await loadError(loadDefinitionFile(fixture('bad.yaml')));
    expect([error.code, error.line, error.column]).toEqual(['PARSE_ERROR', 4, 3]);
    expect(error.message).toMatchInlineSnapshot(
      `"test/asl/load/fixtures/bad.yaml:4:3: cannot parse YAML: Flow map in block collection must be sufficiently indented and end with a }"`,
    );
  });

  it('reports bad JSON with its line and column', async () => {
    const error = await loadError(loadDefinitionFile(fixture('bad.json')));
    expect([error.code, error.line, error.column]).toEqual(['PARSE_ERROR', 5, 5]);
    expect(error.message).toMatchInlineSnapshot(
      `"test/asl/load/fixtures/bad.json:5:5: cannot parse JSON: Missing , between flow map items"`,
    );
  });

  it('reports a missing file, an empty file and a top that is not an object', async () => {
    const missing = await loadError(loadDefinitionFile(fixture('nope.asl.json')));
    expect([missing.code, missing.message]).toMatchInlineSnapshot(`
      [
        "UNREADABLE_FILE",
        "test/asl/load/fixtures/nope.asl.json: cannot read the file (no such file)",
      ]
    `);
    const empty = await loadError(loadDefinitionFile(fixture('empty.json')));
    expect([empty.code, empty.message]).toMatchInlineSnapshot(`
      [
        "NO_STATE_MACHINE",
        "test/asl/load/fixtures/empty.json: expected a state machine definition (an object with StartAt and States), a CloudFormation/SAM template (with Resources) or a Serverless config (with stepFunctions); found an empty document",
      ]
    `);
    const list = await loadError(loadDefinitionFile(scratchFile('list.json', '[1, 2]')));
    expect(list.code).toBe('NO_STATE_MACHINE');
    expect(list.message.endsWith('found a list')).toBe(true);
    const other = await loadError(loadDefinitionFile(scratchFile('other.json', '{"name": "pkg"}')));
    expect(other.message.endsWith('found an object with keys name')).toBe(true);
  });

  it('stops an alias bomb instead of expanding it', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(', ')}]`,
      );
    const error = await loadError(loadDefinitionFile(scratchFile('bomb.yaml', levels.join('\n') + '\nStartAt: A\n')));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toContain('too many nodes once aliases are expanded');
  });

  it('reports a template without state machines, and a machine without a definition', async () => {
    const none = await loadError(loadDefinitionFile(scratchFile('none.yaml', 'Resources:\n  T: {Type: AWS::SNS::Topic}\n')));
    expect([none.code, none.message.slice(scratch.length)]).toMatchInlineSnapshot(`
      [
        "NO_STATE_MACHINE",
        "/none.yaml: this template defines no state machine (no resource of type AWS::StepFunctions::StateMachine or AWS::Serverless::StateMachine)",
      ]
    `);
    const bare = scratchFile('bare.yaml', 'Resources:\n  M: {Type: AWS::StepFunctions::StateMachine}\n');
    expect((await loadError(loadDefinitionFile(bare))).message.slice(scratch.length)).toMatchInlineSnapshot(
      `"/bare.yaml: state machine M has no definition: expected Definition or DefinitionString"`,
    );
  });

  it('reports a SAM DefinitionUri in S3 or pointing to a missing file', async () => {
    const s3 = scratchFile(
      's3.yaml',
      'Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: {Bucket: b, Key: k}\n',
    );
    const error = await loadError(loadDefinitionFile(s3));
    expect([error.code, error.message.slice(scratch.length)]).toMatchInlineSnapshot(`
      [
        "UNSUPPORTED_SOURCE",
        "/s3.yaml:5:22: state machine M keeps its definition in S3 (DefinitionUri with Bucket and Key), which sfn-sim cannot read: download the definition and load that file, or inline it with Definition",
      ]
    `);
    const gone = scratchFile(
      'gone.yaml',
      'Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: gone.asl.json\n',
    );
    const missing = await loadError(loadDefinitionFile(gone));
    expect(missing.code).toBe('UNREADABLE_FILE');
  });
});

describe('safety', () => {
  it('keeps __proto__ and constructor keys as plain data, polluting no prototype', async () => {
    const path = scratchFile(
      'proto.asl.json',
      '{"StartAt": "A", "__proto__": {"polluted": true}, "States": {"A": {"Type": "Pass", "Result": {"__proto__": {"x": 1}, "constructor": {"prototype": {"polluted": true}}}, "End": true}}}',
    );
    const loaded = await loadDefinitionFile(path, { substitutions: {} });
    const definition = loaded.definition as Record<string, unknown>;
    expect(Object.getPrototypeOf(definition)).toBe(Object.prototype);
    expect(Object.keys(definition)).toEqual(['StartAt', '__proto__', 'States']);
    expect(Object.getOwnPropertyDescriptor(definition, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(JSON.stringify(loaded.definition)).toContain('"constructor":{"prototype":{"polluted":true}}');
  });

  it('does not take a placeholder named like an Object.prototype member from a substitutions table', async () => {
    const path = scratchFile(
      'ctor.asl.json',
      '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "${constructor}", "End": true}}}',
    );
    const loaded = await loadDefinitionFile(path, { substitutions: {} });
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['UNRESOLVED_PLACEHOLDER']);
  });

  it('never throws anything but a LoadError, whatever the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        await expectOnlyLoadErrors(scratchFile('random.bin', bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws anything but a LoadError, whatever the YAML-ish text', async () => {
    const piece = fc.constantFrom(
      'StartAt: A\n',
      'States:\n',
      '  A: ',
      '{',
      '}',
      '[',
      ']',
      '!Ref X',
      '!GetAtt A.B',
      '!Sub [a, {}]',
      '&a ',
      '*a',
      '- ',
      'Resources:\n',
      '  M:\n',
      '    Type: AWS::StepFunctions::StateMachine\n',
      '    Properties:\n',
      '      Definition: ',
      '      DefinitionString: ',
      '"${X}"',
      '__proto__: ',
      'stepFunctions: {stateMachines: {m: {definition: ',
      '\n',
      '  ',
      ': ',
      ',',
      '#',
      '? ',
      '|\n',
      '!!binary aGk=',
      '.inf',
      '0x1F',
      '~',
      "'",
      '"',
      '\t',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 40 }),
        fc.option(fc.string({ maxLength: 20 })),
        async (pieces, machine) => {
          const path = scratchFile('random.yaml', pieces.join(''));
          await expectOnlyLoadErrors(path, machine ?? undefined);
        },
      ),
      { numRuns: 300 },
    );
  });
});

async function expectOnlyLoadErrors(path: string, machine?: string): Promise<void> {
  try {
    await loadDefinitionFile(path, machine === undefined ? {} : { machine });
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
  }
}
