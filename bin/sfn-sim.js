#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sfn-sim: internal error (please report it): ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 70;
  },
);
