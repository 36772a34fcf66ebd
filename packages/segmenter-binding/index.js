'use strict';
// The compiled binding, build/Release/policy_segmenter.node, made by `node-gyp rebuild` when this package installs.
// load() returns it, or throws when it is missing (its compile failed or was skipped) or cannot be loaded.
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, 'build', 'Release', 'policy_segmenter.node');

function load() {
  if (!fs.existsSync(file)) {
    const error = new Error(`@policy-cli/segmenter-binding's compile failed or was skipped at install (no ${file})`);
    error.code = 'BINDING_NOT_BUILT';
    throw error;
  }
  return require(file);
}

module.exports = { load, file };
