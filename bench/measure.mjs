// Runs policy-cli in this process, through bin/policy-cli.js as users do (it also sets V8's heap growth), and on exit
// writes its peak memory (maxRSS, worker threads included, since they share the process) to the file named by the
// first argument. Usage: node bench/measure.mjs OUT.json ARGS...
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [out, ...args] = process.argv.slice(2);
process.on('exit', () => writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })));
const bin = new URL('../bin/policy-cli.js', import.meta.url);
process.argv = [process.argv[0], fileURLToPath(bin), ...args]; // what the bin reads its arguments from
await import(bin.href);
