#!/usr/bin/env node
// The CLI runs from the build in dist/ (made by `npm install` through the `prepare` script).
let main;
try {
  ({ main } = await import('../dist/src/cli/main.js'));
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('sfn-sim: the package is not built yet; run `npm install` (or `npm run build`) in its folder first.\n');
    process.exit(2);
  }
  throw error;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sfn-sim: internal error (please report it): ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 70;
  },
);
