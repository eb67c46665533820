import { describe, expect, it } from 'vitest';
import { DefinitionError, StateMachine, validateStateMachine } from '../../src/index.js';

const machine = (states: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  StartAt: Object.keys(states)[0],
  States: states,
  ...extra,
});
const lines = (definition: unknown, type?: 'STANDARD' | 'EXPRESS') =>
  validateStateMachine(definition, type === undefined ? {} : { type }).diagnostics.map(
    (d) => `${d.severity} ${d.code}: ${d.message} at ${d.location}`,
  );

describe('validateStateMachine (ASL-REFERENCE §10)', () => {
  it('answers OK with no diagnostics for a sound definition', () => {
    expect(validateStateMachine(machine({ A: { Type: 'Pass', End: true } }))).toEqual({ result: 'OK', diagnostics: [] });
  });

  it('words schema problems as AWS does (§10.3)', () => {
    expect(lines({})).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: These fields are required: [States, StartAt] at /",
      ]
    `);
    expect(lines(machine({ S: { Type: 'Parallel', Branches: [], End: true } }))).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: Value cannot be empty at /States/S/Branches",
      ]
    `);
    expect(lines(machine({ S: { Type: 'Wait', Timestamp: '2016-03-14 01:59:00', End: true } }))).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: String does not match RFC3339 timestamp at /States/S/Timestamp",
      ]
    `);
    expect(lines(machine({ S: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Credentials: {}, End: true } })))
      .toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: The field 'RoleArn' is required but was missing at /States/S/Credentials",
      ]
    `);
    expect(lines(machine({ S: { Type: 'Pass', Bogus: 1, End: true } }))).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: The field "Bogus" is not supported by Step Functions at /States/S/Bogus",
      ]
    `);
  });

  it('reports exclusive fields, Retry order and HeartbeatSeconds >= TimeoutSeconds', () => {
    const task = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true };
    expect(lines(machine({ T: { ...task, TimeoutSeconds: 10, TimeoutSecondsPath: '$.t' } }))).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: The fields 'TimeoutSeconds' and 'TimeoutSecondsPath' are mutually exclusive at /States/T",
      ]
    `);
    expect(lines(machine({ T: { ...task, TimeoutSeconds: 10, HeartbeatSeconds: 10 } }))).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: The field 'HeartbeatSeconds' (10) must be smaller than 'TimeoutSeconds' (10) at /States/T",
      ]
    `);
    expect(lines(machine({ T: { ...task, Retry: [{ ErrorEquals: ['States.ALL'] }, { ErrorEquals: ['X'] }] } }))).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: States.ALL must appear alone in the last retrier at /States/T/Retry/0/ErrorEquals",
      ]
    `);
    expect(lines(machine({ W: { Type: 'Wait', Seconds: 1, SecondsPath: '$.s', End: true } }))).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: Exactly one of these fields is required: [Seconds, Timestamp, SecondsPath, TimestampPath] at /States/W",
      ]
    `);
  });

  it('finds loops with no exit, but accepts a loop with a Choice exit', () => {
    expect(lines(machine({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' }, C: { Type: 'Succeed' } })))
      .toMatchInlineSnapshot(`
      [
        "ERROR MISSING_END_STATE: No terminal state can be reached from these states, which loop with no exit: [A, B] at /",
        "ERROR MISSING_TRANSITION_TARGET: State "C" is not reachable. at /States/C",
      ]
    `);
    const poll = machine({
      Wait: { Type: 'Wait', Seconds: 5, Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Done' }], Default: 'Wait' },
      Done: { Type: 'Succeed' },
    });
    expect(validateStateMachine(poll).result).toBe('OK');
  });

  it('keeps Next inside its branch and names unique across the machine', () => {
    const branch = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Out' } } };
    expect(lines(machine({ P: { Type: 'Parallel', Branches: [branch], Next: 'Out' }, Out: { Type: 'Succeed' } }))).toMatchInlineSnapshot(`
      [
        "ERROR MISSING_END_STATE: No terminal state found in the state machine at /States/P/Branches/0",
        "ERROR MISSING_TRANSITION_TARGET: Missing 'Next' target: Out at /States/P/Branches/0/States/A/Next",
      ]
    `);
    const dup = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
    expect(lines(machine({ P: { Type: 'Parallel', Branches: [dup], End: true } }))).toMatchInlineSnapshot(`
      [
        "ERROR DUPLICATE_STATE_NAME: Duplicate State name: P at /States/P/Branches/0/States/P",
      ]
    `);
  });

  it('checks Map labels (INVALID_LABEL_NAME)', () => {
    const map = (Label: string) =>
      machine({ M: { Type: 'Map', Label, ItemProcessor: { StartAt: 'X', States: { X: { Type: 'Succeed' } } }, End: true } });
    expect(lines(map('a'.repeat(41)))).toMatchInlineSnapshot(`
      [
        "ERROR INVALID_LABEL_NAME: Label cannot exceed 40 characters at /States/M/Label",
      ]
    `);
    expect(lines(map('bad label'))).toMatchInlineSnapshot(`
      [
        "ERROR INVALID_LABEL_NAME: Label contains invalid character: " " at /States/M/Label",
      ]
    `);
    expect(lines(map('\u0085'))).toMatchInlineSnapshot(`
      [
        "ERROR INVALID_LABEL_NAME: Label contains invalid character: "" at /States/M/Label",
      ]
    `);
    expect(validateStateMachine(map('good-label_1')).result).toBe('OK');
  });

  it('rejects .sync, .waitForTaskToken and activities in EXPRESS machines, with AWS wording', () => {
    const task = (Resource: string) => machine({ T: { Type: 'Task', Resource, End: true } });
    expect(lines(task('arn:aws:states:::states:startExecution.sync:2'), 'EXPRESS')).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: Express state machine does not support '.sync' service integration at /States/T/Resource",
      ]
    `);
    expect(lines(task('arn:aws:states:::sqs:sendMessage.waitForTaskToken'), 'EXPRESS')).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: Express state machine does not support '.waitForTaskToken' service integration  at /States/T/Resource",
      ]
    `);
    expect(lines(task('arn:aws:states:us-east-1:123456789012:activity:work'), 'EXPRESS')).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: Express state machine does not support Activity ARN at /States/T/Resource",
      ]
    `);
    expect(validateStateMachine(task('arn:aws-cn:states:::lambda:invoke'), { type: 'EXPRESS' }).result).toBe('OK');
  });

  it('warns about placeholders once, and the constructor refuses them', () => {
    const template = machine({ T: { Type: 'Task', Resource: '${lambdaArn}', End: true } });
    expect(lines(template)).toMatchInlineSnapshot(`
      [
        "WARNING UNRESOLVED_PLACEHOLDER: Unresolved placeholder \${lambdaArn}: this is a template variable (CloudFormation DefinitionSubstitutions or Terraform templatefile), not a value; substitute it, e.g. with the \`substitutions\` option or \`--sub lambdaArn=value\` at /States/T/Resource",
      ]
    `);
    expect(validateStateMachine(template).result).toBe('OK');
    expect(() => new StateMachine(template)).toThrow(DefinitionError);
    expect(lines(machine({ T: { Type: 'Task', Resource: '${lambdaArn', End: true } }))[0]).toContain('INVALID_RESOURCE');
    expect(
      validateStateMachine(machine({ T: { Type: 'Task', Resource: 'arn:${AWS::Partition}:states:::lambda:invoke', End: true } })).result,
    ).toBe('OK');
  });

  it('accepts numeric strings in number fields, as AWS (Jackson) does, and runs with the number', async () => {
    const d = machine({ W: { Type: 'Wait', Seconds: '300', End: true } });
    expect(validateStateMachine(d).result).toBe('OK');
    const result = await new StateMachine(d).run({});
    expect(Date.parse(result.stopTime) - Date.parse(result.startTime)).toBe(300_000);
  });

  it('parses JSON text and reports empty, null and broken text', () => {
    expect(lines('null')).toMatchInlineSnapshot(`
      [
        "ERROR MISSING_DESCRIPTION: The definition is empty or null at /",
      ]
    `);
    expect(lines('   ')).toMatchInlineSnapshot(`
      [
        "ERROR SCHEMA_VALIDATION_FAILED: Definition must be a valid JSON object at /",
      ]
    `);
    expect(validateStateMachine('{"StartAt": ').diagnostics[0]?.code).toBe('INVALID_JSON_DESCRIPTION');
  });

  it('validates a 1,000-state chain (its speed is measured by npm run bench, scenario v)', () => {
    const states: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i++)
      states[`S${i}`] = i === 999 ? { Type: 'Succeed' } : { Type: 'Pass', Next: `S${i + 1}`, ResultPath: '$.x' };
    expect(validateStateMachine({ StartAt: 'S0', States: states }).result).toBe('OK');
    states['S500'] = { Type: 'Pass', Next: 'S2000' };
    // a missing target, and every state after it is now unreachable (S501 to S999), each reported as AWS does
    const diagnostics = validateStateMachine({ StartAt: 'S0', States: states }).diagnostics;
    expect(diagnostics.length).toBe(1 + 499);
    expect(diagnostics.filter((d) => d.message.startsWith("Missing 'Next' target: S2000")).map((d) => d.location)).toEqual([
      '/States/S500/Next',
    ]);
  });
});

describe('inputs that crash the peer validator (../shared/corpus/validator/README.md)', () => {
  it('validates and runs a machine whose state is named "Iterator"', async () => {
    const definition = { StartAt: 'Iterator', States: { Iterator: { Type: 'Pass', Result: 1, End: true } } };
    expect(validateStateMachine(definition)).toEqual({ result: 'OK', diagnostics: [] });
    expect((await new StateMachine(definition).run({})).output).toBe(1);
  });

  it('rejects a non-object entry inside States with a diagnostic at its place', () => {
    const report = validateStateMachine({ StartAt: 'A', States: { QueryLanguage: 'JSONata', A: { Type: 'Pass', End: true } } });
    expect(report.result).toBe('FAIL');
    expect(report.diagnostics.map((d) => [d.code, d.location])).toContainEqual(['SCHEMA_VALIDATION_FAILED', '/States/QueryLanguage']);
  });
});

describe('the substitutions option of StateMachine', () => {
  const definition = {
    StartAt: 'Save',
    States: {
      Save: {
        Type: 'Task',
        Resource: 'arn:aws:states:::dynamodb:putItem',
        Parameters: { TableName: '${OrderTable}', Item: {} },
        End: true,
      },
    },
  };

  it('fills ${Name} placeholders as CloudFormation does, inside strings', async () => {
    const machine = new StateMachine(definition, { substitutions: { OrderTable: 'orders-dev' }, mocks: { Save: { returns: {} } } });
    const result = await machine.run({});
    expect(result.calls[0]?.input).toEqual({ TableName: 'orders-dev', Item: {} });
  });

  it('refuses to run a placeholder nobody filled, naming it and the fix', () => {
    expect(() => new StateMachine(definition)).toThrowError(/\$\{OrderTable\}/);
  });
});

describe('the 1 MB definition quota (ASL-REFERENCE §5.3)', () => {
  const withResult = (chars: number) => ({ StartAt: 'P', States: { P: { Type: 'Pass', Result: 'x'.repeat(chars), End: true } } });
  const overhead = JSON.stringify(withResult(0)).length;

  it('accepts a definition of exactly 1,048,576 bytes', () => {
    expect(validateStateMachine(withResult(1_048_576 - overhead)).result).toBe('OK');
  });

  it('rejects one byte more, saying how large it is', () => {
    const report = validateStateMachine(withResult(1_048_577 - overhead));
    expect(report.diagnostics.map((d) => [d.code, d.location])).toEqual([['DEFINITION_TOO_LARGE', '/']]);
    expect(report.diagnostics[0]?.message).toContain('1,048,577 bytes');
  });
});
