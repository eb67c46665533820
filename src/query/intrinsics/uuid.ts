import type { IntrinsicImplementation } from './call-context.js';

/** `States.UUID()`: a version-4 UUID from the execution's seeded random, so runs replay exactly. */
export const statesUuid: IntrinsicImplementation = (_args, context) => context.random.uuid();
