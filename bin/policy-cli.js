#!/usr/bin/env node
// Runs the compiled code (npm install builds it), so no TypeScript compiler is needed at run time.
import { setFlagsFromString } from 'node:v8';
import { run } from '../dist/cli/main.js';

// V8 lets a heap grow to up to four times what survives a full collection before it collects again, as collecting is
// cheap here (~30 MB live per thread). Three such heaps (the main thread and two workers) took `entities` past 500 MB
// on large corpora; growing at most twofold keeps it near 450 MB for ~1% of the time. Read at every collection, so it
// holds for this thread and for the workers started later.
setFlagsFromString('--heap-growing-percent=100');

process.exitCode = await run(process.argv.slice(2));
