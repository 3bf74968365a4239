import { runCli } from "./main.js";
import { ExitCode, fsReason } from "./io.js";
import { nodeIo } from "./nodeIo.js";

// The only file that touches the process: arguments in, exit code out. A bug still gets a one-line
// message rather than a stack trace; set AI_DATA_POLICY_DEBUG=1 to see the stack.

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours. Stop quietly,
// with the exit code the command had (or would have had) rather than a stack trace.
// Any other failure to write the output (a full disk, a closed descriptor) is said in one line, with
// exit code 2: the output did not get where it was sent, which is not an answer (for `validate`, exit
// code 1 would say the input had problems).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) {
      const why = fsReason(error);
      try {
        process.stderr.write(`ai-data-policy: cannot write the output: ${why}\n`);
      } catch {
        // stderr is gone too: the exit code is all that is left.
      }
    }
    process.exit(ExitCode.UsageError);
  });
}

try {
  process.exitCode = await runCli(process.argv.slice(2), nodeIo());
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `ai-data-policy: internal error: ${message.split("\n")[0]}\n` +
      "This is a bug; please report it with the command you ran. Set AI_DATA_POLICY_DEBUG=1 for details.\n",
  );
  if (process.env.AI_DATA_POLICY_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
  process.exitCode = ExitCode.InternalError;
}
