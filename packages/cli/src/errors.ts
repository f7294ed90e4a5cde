/** Exit codes of the `papergraph` command. */
export const EXIT = { ok: 0, usage: 1, input: 2 } as const;

/** An error the CLI reports as one line on stderr and turns into an exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
