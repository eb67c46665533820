/**
 * One workflow (fixtures/jsonata-loyalty), tested three ways: scripted mocks, a Step Functions Local
 * mock file, and aws-sdk-client-mock. Expected totals follow from the definition: 2 × 4.5 + 30 + 4 × 6.25 = 64; silver over 50
 * gets 10 % off, gold 20 %, anyone else nothing.
 */
import { readFileSync } from 'node:fs';
import { DynamoDBClient, GetItemCommand, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { StateMachine } from '../../src/index.js';

const dir = new URL('../../fixtures/jsonata-loyalty/', import.meta.url);
const definition = readFileSync(new URL('definition.asl.json', dir), 'utf8');
const input = JSON.parse(readFileSync(new URL('input.json', dir), 'utf8')) as unknown;
const mockFile = readFileSync(new URL('MockConfigFile.json', dir), 'utf8');

const tierItem = (tier: string) => ({ Item: { id: { S: 'c-7' }, tier: { S: tier } } });

describe('loyalty pricing, with scripted mocks', () => {
  it('gives a silver customer over 50 a 10 % discount, after one throttled lookup', async () => {
    const machine = new StateMachine(definition, {
      mocks: {
        LookUpTier: [
          { throws: { error: 'DynamoDB.ProvisionedThroughputExceededException', cause: 'Rate exceeded' } },
          { returns: tierItem('silver') },
        ],
      },
    });
    const result = await machine.run(input);
    expect(result.output).toMatchObject({ tier: 'silver', subtotal: 64, total: 57.6 });
    expect(result.calls.map((c) => c.outcome)).toEqual(['failed', 'succeeded']);
  });

  it('falls back to the standard tier, without discount, when the lookup fails for good', async () => {
    const machine = new StateMachine(definition, {
      mocks: { LookUpTier: { throws: { error: 'DynamoDB.AmazonDynamoDBException', cause: 'not authorized' } } },
    });
    const result = await machine.run(input);
    expect(result.output).toMatchObject({ tier: 'standard', total: 64 });
    expect(result.path).toEqual([
      'PriceBasket',
      'PriceBasket[0].Line',
      'PriceBasket[1].Line',
      'PriceBasket[2].Line',
      'LookUpTier',
      'ApplyDiscount',
      'Total',
    ]);
  });
});

describe('loyalty pricing, with a Step Functions Local mock file', () => {
  const run = (testCase: string) =>
    new StateMachine(definition, { stateMachineName: 'JsonataLoyalty', mockConfig: { file: mockFile, testCase } }).run(input);

  it.each([
    ['SilverCustomer', 'silver', 57.6],
    ['GoldCustomer', 'gold', 51.2],
    ['LookupFails', 'standard', 64],
  ])('test case %s: tier %s, total %d', async (testCase, tier, total) => {
    expect((await run(testCase)).output).toMatchObject({ tier, total });
  });

  it('names the test cases when the chosen one does not exist', () => {
    expect(
      () => new StateMachine(definition, { stateMachineName: 'JsonataLoyalty', mockConfig: { file: mockFile, testCase: 'Silver' } }),
    ).toThrow(/SilverCustomer/);
  });
});

describe('loyalty pricing, with aws-sdk-client-mock', () => {
  const dynamo = mockClient(DynamoDBClient);
  beforeEach(() => dynamo.reset());

  it('reads the tier through the DynamoDB client that aws-sdk-client-mock answers', async () => {
    dynamo.on(GetItemCommand, { TableName: 'customers', Key: { id: { S: 'c-7' } } }).resolves(tierItem('gold'));
    const machine = new StateMachine(definition, { unmockedTasks: 'aws-sdk' });
    const result = await machine.run(input);
    expect(result.output).toMatchObject({ tier: 'gold', total: 51.2 });
    expect(dynamo.commandCalls(GetItemCommand)).toHaveLength(1);
  });

  it('turns a DynamoDB exception into the error name Step Functions uses, which the Catch handles', async () => {
    dynamo
      .on(GetItemCommand)
      .rejects(new ResourceNotFoundException({ message: 'Requested resource not found', $metadata: { httpStatusCode: 400 } }));
    const machine = new StateMachine(definition, { unmockedTasks: 'aws-sdk' });
    const result = await machine.run(input);
    expect(result.calls[0]).toMatchObject({ outcome: 'failed', error: 'DynamoDB.ResourceNotFoundException' });
    expect(result.output).toMatchObject({ tier: 'standard', total: 64 });
  });
});
