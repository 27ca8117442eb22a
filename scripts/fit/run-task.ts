/**
 * Runs one eval task file on its own and prints its section as Markdown:
 *   npx tsx scripts/fit/run-task.ts scripts/eval/mrpc.task.ts
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EvalTask } from '../eval/types.js';
import { DATA_DIR } from './data.js';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: npx tsx scripts/fit/run-task.ts <task file>');
  process.exit(2);
}
const { task } = (await import(pathToFileURL(resolve(file)).href)) as { task: EvalTask };
const dataDir = process.argv[3] ?? DATA_DIR;
const section = await task.run({ dataDir, log: (m) => console.error(`[${task.name}] ${m}`) });
console.log(`## ${section.title}\n`);
if (section.skipped !== undefined) console.log(`Skipped: ${section.skipped}\n`);
console.log(section.description + '\n');
console.log('| metric | system | value | reference |\n|---|---|---|---|');
for (const r of section.rows) console.log(`| ${r.metric} | ${r.system} | ${r.value} | ${r.reference ?? ''} |`);
if (section.details !== undefined) console.log('\n' + section.details);
