/**
 * When a task that answers after `latency` seconds times out, if it does (ASL-REFERENCE §1.5, §6.6):
 * at `TimeoutSeconds`, or when `HeartbeatSeconds` pass without a heartbeat (measured from the start
 * and from each heartbeat). `undefined` when the answer arrives first.
 */
export function taskDeadline(
  latency: number,
  timeout: number | undefined,
  heartbeat: number | undefined,
  heartbeats: readonly number[] = [],
): { readonly at: number; readonly heartbeat: boolean } | undefined {
  let deadline: { at: number; heartbeat: boolean } | undefined;
  if (timeout !== undefined && timeout < latency) deadline = { at: timeout, heartbeat: false };
  if (heartbeat !== undefined) {
    let last = 0;
    for (const beat of [...heartbeats].sort((a, b) => a - b)) {
      if (beat >= latency) break;
      if (beat - last > heartbeat) break;
      last = beat;
    }
    const missed = last + heartbeat;
    if (missed < latency && (deadline === undefined || missed < deadline.at)) deadline = { at: missed, heartbeat: true };
  }
  return deadline;
}
