// What a closed or failing standard output does to a run; a file of its own, for bin/policy-cli.js's help from the cache.

/** `policy-cli … | head` closes the pipe early: stop quietly, as other Unix tools do. */
export function quietOnBrokenPipe(stdout: NodeJS.WriteStream, stderr: { write(text: string): unknown }): void {
  let closing = false;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (closing) return;
    closing = true;
    // The sink sees the closed pipe at its next write and the run winds down (worker threads finish the file in hand:
    // ending them inside nodejieba would abort the process); the exit code is then 0.
    if (error.code === 'EPIPE') return;
    // Disk full, closed descriptor…: say so in one line rather than die with a stack trace.
    stderr.write(`policy-cli: cannot write the output: ${error.message}\n`);
    process.exit(1);
  });
}
