'use strict';
// `npm install` runs this: compile the binding with node-gyp and, when that fails, say so and exit 0 so that the install
// goes on. policy-cli then segments through nodejieba's binding and says so on stderr. The tolerance has to live here:
// npm runs a workspace's install script as a required one even when the workspace is also an optional dependency.
// `npm run build` (or `npm run build:binding` at the root) compiles without it.
const { spawnSync } = require('node:child_process');

const result = spawnSync('node-gyp', ['rebuild'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (result.status !== 0) {
  const why = result.error ? result.error.message : `node-gyp rebuild exited ${result.status ?? result.signal}`;
  console.warn(
    `@policy-cli/segmenter-binding: not built (${why}); policy-cli will segment through nodejieba's binding, ` +
      'which gives the same words, slower. `npm run build:binding` retries.',
  );
}
process.exit(0);
