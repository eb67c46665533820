import type { IntegrationContext } from '../services/integrations/index.js';
import type { MockPlan } from '../services/mocks/mock-plan.js';
import type { MockRequest, TaskAnswer } from '../services/mocks/task-mock.js';
import type { ServiceCall } from './execution-result.js';
import type { ChildStateMachine } from './options.js';

/** An execution's dealings with services: who answers a Task call, invocation counts, the call record. */
export class ServiceCalls {
  private readonly invocations = new Map<string, number>();
  /** Every service call, in order (the result's `calls`). */
  readonly calls: ServiceCall[] = [];

  constructor(
    private readonly mocks: MockPlan,
    private readonly stateMachines: Readonly<Record<string, ChildStateMachine>>,
  ) {}

  /** Counts calls of a Task state across the execution: retries and re-entries advance it (§8.1). */
  nextInvocation(stateName: string): number {
    const n = this.invocations.get(stateName) ?? 0;
    this.invocations.set(stateName, n + 1);
    return n;
  }

  /** What the mocks answer for a call; `undefined` when nothing mocks the state. */
  answer(request: MockRequest, ctx: IntegrationContext): TaskAnswer | Promise<TaskAnswer> | undefined {
    return this.mocks.answer(request, ctx);
  }

  /** Whether an unmocked task passes its input through. */
  get passthrough(): boolean {
    return this.mocks.passthrough;
  }

  /** The registered child machine a `StateMachineArn` names (by ARN, then by name), if any. */
  childMachine(stateMachineArn: string): ChildStateMachine | undefined {
    const name = stateMachineArn.split(':stateMachine:')[1]?.split(':')[0];
    return this.stateMachines[stateMachineArn] ?? (name === undefined ? undefined : this.stateMachines[name]);
  }

  record(call: Omit<ServiceCall, 'context'> & { context?: unknown }): void {
    const { context: _context, ...rest } = call;
    this.calls.push(rest);
  }
}
