import { createRandom } from '../../../src/clock/random.js';
import type { IntegrationContext } from '../../../src/services/integrations/index.js';

/** 2025-11-06T12:35:53.123Z: a fixed virtual instant. */
export const NOW = Date.UTC(2025, 10, 6, 12, 35, 53, 123);

export function context(seed: number | string = 7): IntegrationContext {
  return { random: createRandom(seed), now: NOW, region: 'us-east-1', accountId: '123456789012' };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
