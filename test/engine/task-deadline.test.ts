import { describe, expect, it } from 'vitest';
import { taskDeadline } from '../../src/engine/task-deadline.js';

describe('taskDeadline (ASL-REFERENCE §1.5, §6.6)', () => {
  it('lets an answer that arrives before both limits through', () => {
    expect(taskDeadline(30, 60, 40)).toBeUndefined();
  });

  it('times out at TimeoutSeconds when the answer is later', () => {
    expect(taskDeadline(90, 60, undefined)).toEqual({ at: 60, heartbeat: false });
  });

  it('times out HeartbeatSeconds after the start when no heartbeat comes', () => {
    expect(taskDeadline(90, 600, 20)).toEqual({ at: 20, heartbeat: true });
  });

  it('measures the heartbeat interval from each heartbeat', () => {
    expect(taskDeadline(90, 600, 20, [15, 30, 45, 60, 75])).toBeUndefined();
    expect(taskDeadline(90, 600, 20, [15, 30])).toEqual({ at: 50, heartbeat: true });
  });

  it('takes whichever limit comes first', () => {
    expect(taskDeadline(90, 40, 20, [15, 30, 45])).toEqual({ at: 40, heartbeat: false });
  });
});
