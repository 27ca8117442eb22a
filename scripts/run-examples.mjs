// Smoke-runs every example as a user would (tsx, importing 'copydesk'):
// each must exit 0 and print something.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const examples = readdirSync(new URL('../examples/', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .sort();
let failed = 0;
for (const file of examples) {
  const started = Date.now();
  const run = spawnSync('npx', ['tsx', `examples/${file}`], { encoding: 'utf8', timeout: 120_000 });
  const ok = run.status === 0 && run.stdout.trim().length > 0;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} examples/${file} (${Date.now() - started} ms, ${run.stdout.length} chars of output)`,
  );
  if (!ok) {
    failed++;
    console.log(run.stdout.slice(-2000));
    console.log(run.stderr.slice(-4000));
  }
}
console.log(`examples: ${examples.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
