#!/usr/bin/env node
// Runs the compiled code (npm install builds it), so no TypeScript compiler is needed at run time.
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
