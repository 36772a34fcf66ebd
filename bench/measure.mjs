// Runs policy-cli in this process and, on exit, writes its peak memory (maxRSS, worker threads included, since they
// share the process) to the file named by the first argument. Usage: node bench/measure.mjs OUT.json ARGS...
import { writeFileSync } from 'node:fs';

const [out, ...args] = process.argv.slice(2);
process.on('exit', () => writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })));
const { run } = await import('../dist/cli/main.js');
process.exitCode = await run(args);
