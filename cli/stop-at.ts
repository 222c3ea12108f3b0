// RELANCE_STOP_AT=after-claim (or after-sending-commit, after-answer) makes `send-due` stop
// dead at that moment of sending, say so on stderr, and wait to be killed: the crash tests
// SIGKILL it there and check that nothing was sent twice or lost.
export const stopAtFromEnvironment = (): ((moment: string) => void) | undefined => {
  const wanted = process.env.RELANCE_STOP_AT;
  if (!wanted) return undefined;
  return (moment) => {
    if (moment !== wanted) return;
    process.stderr.write(`relance: stopped at ${moment}\n`);
    // A synchronous wait: nothing else of this process runs until the signal comes.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  };
};
