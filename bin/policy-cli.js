#!/usr/bin/env node
// Runs the compiled code (npm install builds it), so no TypeScript compiler is needed at run time.
import { quietOnBrokenPipe } from '../dist/cli/broken-pipe.js';
import { cachedHelp } from '../dist/cli/help-cache.js';

const argv = process.argv.slice(2);
// --help and --version print what the same arguments printed before, when that was kept (dist/cli/help-cache.js):
// commander and the command definitions are then never loaded.
const help = cachedHelp(argv);
if (help !== undefined) {
  // process.stderr only when there is an error to write: making the stream costs milliseconds.
  quietOnBrokenPipe(process.stdout, { write: (text) => process.stderr.write(text) });
  process.stdout.write(help);
} else {
  // V8 lets a heap grow to up to four times what survives a full collection before it collects again, as collecting is
  // cheap here (~30 MB live per thread). Three such heaps (the main thread and two workers) took `entities` past 500 MB
  // on large corpora; growing at most twofold keeps it near 450 MB for ~1% of the time. Read at every collection, so it
  // holds for this thread and for the workers started later.
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--heap-growing-percent=100');
  // V8 hands a function to its optimising compiler once it has run through a budget of bytecode (132 KB by default).
  // Ours has many functions that are warm but never hot, and compiling them cost more CPU than they ran: on the 9 MB
  // corpus, `entities -j1` burnt 1.4× the CPU of its wall time, mostly in compiler threads. A budget of 300 KB leaves
  // them to the baseline code: a fifth less CPU on that corpus, a tenth less wall time, and no change on 100 MB.
  setFlagsFromString('--interrupt-budget=300000');
  const { run } = await import('../dist/cli/main.js');
  process.exitCode = await run(argv);
}
