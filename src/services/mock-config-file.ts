/**
 * Step Functions Local mock config files (`MockConfigFile.json`, ASL-REFERENCE §8): parse and validate a file,
 * choose a test case with `stateMachineArn#TestCase`, and get each mocked Task state's responses, one per attempt.
 */
export { MockConfigError, type MockConfigProblem } from './mock-config/mock-config-error.js';
export { parseMockConfigFile, type MockConfigFile } from './mock-config/parse-mock-config-file.js';
export { mockConfigTestCase, mockConfigTaskResult, type MockConfigTestCaseOptions } from './mock-config/mock-config-test-case.js';
export { parseTestCaseSelector } from './mock-config/test-case-selector.js';
