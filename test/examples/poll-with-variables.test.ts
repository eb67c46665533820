/**
 * fixtures/poll-with-variables: JSONPath workflow variables. The job id and the poll count are
 * variables (Assign), read back as `$jobId` and `$polls` in Parameters, a Choice rule and intrinsics.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StateMachine, type MockResponse } from '../../src/index.js';

const dir = new URL('../../fixtures/poll-with-variables/', import.meta.url);
const definition = readFileSync(new URL('definition.asl.json', dir), 'utf8');
const input = JSON.parse(readFileSync(new URL('input.json', dir), 'utf8')) as unknown;

const status = (state: string): MockResponse => ({ returns: { QueryExecution: { Status: { State: state } } } });
const run = (statuses: string[]) =>
  new StateMachine(definition, {
    mocks: { StartReport: { returns: { QueryExecutionId: 'q-123' } }, GetStatus: statuses.map(status) },
  }).run(input);

describe('polling a report job with variables', () => {
  it('finishes on the third poll, 15 virtual minutes in, with the job id and poll count from variables', async () => {
    const result = await run(['RUNNING', 'RUNNING', 'SUCCEEDED']);
    expect(result.output).toEqual({ jobId: 'q-123', polls: 3 });
    expect(Date.parse(result.stopTime) - Date.parse(result.startTime)).toBe(15 * 60_000);
    // the status call reads the job id from the variable, not from the state input
    expect(result.calls.filter((c) => c.stateName === 'GetStatus').map((c) => c.input)).toEqual([
      { QueryExecutionId: 'q-123' },
      { QueryExecutionId: 'q-123' },
      { QueryExecutionId: 'q-123' },
    ]);
  });

  it('gives up after 4 polls with a cause built from the variables', async () => {
    const result = await run(['RUNNING', 'RUNNING', 'RUNNING', 'RUNNING']);
    expect(result).toMatchObject({ status: 'FAILED', error: 'ReportTimedOut', cause: 'Report job q-123 still running after 4 polls' });
    expect(Date.parse(result.stopTime) - Date.parse(result.startTime)).toBe(20 * 60_000);
  });

  it('records each assignment in the GetStatus Exited event as JSON text', async () => {
    const result = await run(['RUNNING', 'SUCCEEDED']);
    const assigned = result.history
      .filter((e) => e.type === 'TaskStateExited' && e['stateExitedEventDetails']?.name === 'GetStatus')
      .map((e) => e['stateExitedEventDetails']?.assignedVariables);
    expect(assigned).toEqual([{ polls: '1' }, { polls: '2' }]);
  });

  it('stops at once when the job fails', async () => {
    expect(await run(['FAILED'])).toMatchObject({ error: 'ReportFailed', cause: 'Report job q-123 failed' });
  });
});
