#!/usr/bin/env node
// The `copydesk` command. Everything is in main.ts; this file only wires it to the process.
import { main } from './main';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
