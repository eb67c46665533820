import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StateMachine, StatesError, type TaskMock } from '../../src/index.js';
import '../../matchers/index.js';

const definition = readFileSync('fixtures/refund-request/definition.asl.json', 'utf8');
const HOUR = 3_600_000;

/** The refund workflow with every service answering as on a good day; a test overrides what it is about. */
function refunds(mocks: Record<string, TaskMock> = {}): StateMachine {
  return new StateMachine(definition, {
    mocks: {
      LookUpOrder: { returns: { items: [{ sku: 'book' }, { sku: 'lamp' }] } },
      PayRefund: { returns: { refundId: 're_1' } },
      Restock: () => ({ MessageId: 'm-restock' }),
      NotifyCustomer: { returns: { MessageId: 'm-notice' } },
      ...mocks,
    },
  });
}

const throttled = { throws: { error: 'Payments.Throttled', cause: 'Slow down' } };

describe('refund requests', () => {
  it('pays a small refund at once, restocks every item and tells the customer', async () => {
    const execution = await refunds().run({ orderId: 'o-42', amount: 25 });

    expect(execution).toSucceed();
    expect(execution).toHaveTakenPath([
      'ValidateRequest',
      'LookUpOrder',
      'NeedsApproval',
      'PayRefund',
      'RestockItems',
      'NotifyCustomer',
      'RefundIssued',
    ]);
    expect(execution).toHaveOutput({ refundId: 're_1' });
    expect(execution).toHaveVisited('RestockItems[*].Restock', 2);
    expect(execution).toHaveCalled('NotifyCustomer', { Message: 'Your refund of 25 for order o-42 is on its way' });
  });

  it('asks a person before paying more than $500, and waits for the answer', async () => {
    const approved = { returns: { approved: true }, afterSeconds: 2 * 3600 };
    const execution = await refunds({ WaitForApproval: approved }).run({ orderId: 'o-42', amount: 750 });

    expect(execution).toHaveTransitioned('NeedsApproval', 'WaitForApproval');
    expect(execution).toHaveCalled('WaitForApproval', { MessageBody: { orderId: 'o-42', amount: 750, taskToken: expect.any(String) } });
    expect(execution).toHaveTakenVirtual(2 * HOUR);
    expect(execution).toSucceed();
  });

  it('pays nothing when the person declines', async () => {
    const declined = { returns: { approved: false }, afterSeconds: 600 };
    const execution = await refunds({ WaitForApproval: declined }).run({ orderId: 'o-42', amount: 750 });

    expect(execution).toFail('RefundDeclined');
    expect(execution).not.toHaveCalled('issue-refund');
  });

  it('escalates to support when nobody answers within a day', async () => {
    const silence = { returns: { approved: true }, afterSeconds: 3 * 24 * 3600 };
    const execution = await refunds({ WaitForApproval: silence, EscalateToSupport: { returns: { MessageId: 'm-1' } } }).run({
      orderId: 'o-42',
      amount: 750,
    });

    expect(execution).toHaveCaught('WaitForApproval', 'States.Timeout');
    expect(execution).toHaveTransitioned('WaitForApproval', 'EscalateToSupport');
    expect(execution).toHaveTakenVirtual(24 * HOUR);
    expect(execution).not.toHaveVisited('PayRefund');
  });

  it('retries the payment provider while it throttles, backing off 2 s then 4 s', async () => {
    const execution = await refunds({ PayRefund: [throttled, throttled, { returns: { refundId: 're_2' } }] }).run({
      orderId: 'o-42',
      amount: 25,
    });

    expect(execution).toHaveRetried('PayRefund', 2);
    expect(execution).toHaveCalledTimes('issue-refund', 3);
    expect(execution).toHaveTakenLessThan(10_000);
    expect(execution).toHaveOutput({ refundId: 're_2' });
  });

  it('tells the customer, and fails, when the refund cannot be paid', async () => {
    const expired = () => {
      throw new StatesError('Payments.CardExpired', 'The card on file expired');
    };
    const execution = await refunds({ PayRefund: expired, NotifyFailure: { returns: { MessageId: 'm-2' } } }).run({
      orderId: 'o-42',
      amount: 25,
    });

    expect(execution).toFail('RefundFailed', 'The payment provider did not pay the refund');
    expect(execution).toHaveCaught('PayRefund', 'Payments.CardExpired');
    expect(execution).not.toHaveRetried('PayRefund');
    expect(execution).toHaveCalled('NotifyFailure', { Message: expect.stringContaining('could not pay your refund for order o-42') });
  });

  it('rejects a request without an amount before looking anything up', async () => {
    const execution = await refunds().run({ orderId: 'o-42' });

    expect(execution).toFail('InvalidRequest', /amount above zero/);
    expect(execution).not.toHaveCalled('LookUpOrder');
    expect(execution).toHaveTransitionCount(2);
  });

  it('costs less than a tenth of a cent per refund as a Standard workflow', async () => {
    const machine = refunds();
    const execution = await machine.run({ orderId: 'o-42', amount: 25 });

    expect(execution).toCostLessThan({ standard: 0.001 }, machine);
  });

  it('keeps the history of a small refund as reviewed', async () => {
    expect(await refunds().run({ orderId: 'o-42', amount: 25 }, { executionName: 'refund-o-42' })).toMatchHistorySnapshot();
  });
});
