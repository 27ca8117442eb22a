#!/usr/bin/env node
// The `copydesk` command. Everything is in main.ts; this file only wires it to the process.
import { reasonOf } from './inputs';
import { main } from './main';
import { EXIT } from './usage';

/** Ends the process after one line on standard error: every failure is one line, never a stack trace. */
function fail(message: string): never {
  try {
    process.stderr.write(`copydesk: ${message}\n`);
  } finally {
    process.exit(EXIT.failure);
  }
}

// Writing the report can fail after main() has returned: a full disk (ENOSPC), a reader that closed the
// pipe (EPIPE, `copydesk compare seeds | head -1`). Either way the report is incomplete, so say so and exit 1.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  fail(`cannot write to standard output: ${reasonOf(error)}`);
});
// Nothing more can be said if standard error itself is gone; exit without a second error.
process.stderr.on('error', () => process.exit(EXIT.failure));
process.on('uncaughtException', (error) => {
  fail(`internal error: ${reasonOf(error)}`);
});
// main() never rejects (every failure is turned into an exit code); the handler is there should that ever change.
process.on('unhandledRejection', (error) => {
  fail(`internal error: ${reasonOf(error)}`);
});
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
