import { runCli } from "./main.js";
import { ExitCode } from "./io.js";
import { nodeIo } from "./nodeIo.js";

// The only file that touches the process: arguments in, exit code out. A bug still gets a one-line
// message rather than a stack trace; set AI_DATA_POLICY_DEBUG=1 to see the stack.

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours. Stop quietly,
// with the exit code the command had (or would have had) rather than a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
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
