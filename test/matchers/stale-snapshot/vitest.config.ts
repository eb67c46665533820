// A one-file vitest project run by history-snapshot.test.ts in a child process: its snapshot is stale
// on purpose, so the failure is checked without counting as a failed snapshot of the main run.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['*.check.ts'] } });
