import { MockConfigError } from './mock-config-error.js';

/**
 * Parses the `stateMachineArn#TestCase` form Step Functions Local takes in StartExecution (ASL-REFERENCE §8.2).
 * Takes a state machine ARN (also a version or alias ARN) or a bare name; the name is what `StateMachines`
 * keys hold. `testCase` is undefined when there is no `#`.
 * @throws MockConfigError for an empty name or test case, or an ARN that is not a state machine's.
 * @example
 * parseTestCaseSelector('arn:aws:states:us-east-1:123456789012:stateMachine:LambdaSQSIntegration#HappyPath');
 * // { stateMachineName: 'LambdaSQSIntegration', testCase: 'HappyPath' }
 * parseTestCaseSelector('LambdaSQSIntegration'); // { stateMachineName: 'LambdaSQSIntegration', testCase: undefined }
 */
export function parseTestCaseSelector(selector: string): { stateMachineName: string; testCase: string | undefined } {
  const hash = selector.indexOf('#');
  const machine = hash === -1 ? selector : selector.slice(0, hash);
  const testCase = hash === -1 ? undefined : selector.slice(hash + 1);
  const where = JSON.stringify(selector);
  if (testCase === '') {
    throw selectorError(`invalid test case selector ${where}: nothing after "#"; write <state machine ARN or name>#<TestCaseName>`);
  }
  let stateMachineName = machine;
  if (machine.startsWith('arn:')) {
    // arn:partition:states:region:account:stateMachine:Name[:version-or-alias]
    const parts = machine.split(':');
    if (parts[2] !== 'states' || parts[5] !== 'stateMachine' || (parts[6] ?? '') === '' || parts.length > 8) {
      throw selectorError(
        `invalid test case selector ${where}: not a state machine ARN; write arn:aws:states:<region>:<account>:stateMachine:<Name>#<TestCaseName>, or <Name>#<TestCaseName>`,
      );
    }
    stateMachineName = parts[6] as string;
  }
  if (stateMachineName === '') {
    throw selectorError(
      `invalid test case selector ${where}: no state machine name before "#"; write <state machine ARN or name>#<TestCaseName>`,
    );
  }
  return { stateMachineName, testCase };
}

function selectorError(message: string): MockConfigError {
  return new MockConfigError(message, '(test case selector)');
}
