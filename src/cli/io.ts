// What the CLI needs from its process, passed in so tests can run commands in-process.
export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean }
  stderr: { write(s: string): unknown; isTTY?: boolean }
  env: NodeJS.ProcessEnv
  /** import.meta.url of the running entry point: locates the built-in index. */
  moduleUrl: string
}
