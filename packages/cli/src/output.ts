/** Where text goes: a process stream, or a test's collector. */
export interface TextOutput {
  write(text: string): unknown;
}

/** Where a command writes its output and its messages. */
export interface CommandOutput {
  stdout: TextOutput;
  stderr: TextOutput;
}

/** The process's own streams: what every command writes to, unless a test runs it in-process with collectors. */
export const PROCESS_OUTPUT: CommandOutput = { stdout: process.stdout, stderr: process.stderr };
