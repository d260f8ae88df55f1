/**
 * Loaded into the bot's process (`node --import tsx --import ./test/reliability/fault-injector.ts
 * src/main.ts`) by the process-level test only; production code has no such hook. On SIGUSR2 it
 * throws from a timer, which nothing can catch: the uncaught-exception path of main.ts.
 */
process.on('SIGUSR2', () => {
  setTimeout(() => {
    throw new Error('injected uncaught exception (fault-injector)');
  }, 0);
});
