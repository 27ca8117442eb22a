// A worker process of the Redis tests: adds the articles of a JSON file to a Redis corpus index.
// Usage: node --import tsx test/corpus/redis-worker.ts <port> <prefix> <items.json> [pauseMs]
import { readFileSync } from 'node:fs';
import Redis from 'ioredis';
import { type CorpusInput, createCorpusIndex } from '../../src/index';
import { redisStore } from '../../src/redis/index';

const [port, prefix, file, pause = '0'] = process.argv.slice(2);
const client = new Redis({ port: Number(port), lazyConnect: false });
const index = createCorpusIndex({ store: redisStore({ client, prefix: prefix! }) });
const items = JSON.parse(readFileSync(file!, 'utf8')) as CorpusInput[];
for (const item of items) {
  const result = await index.add(item);
  process.stdout.write(`${JSON.stringify({ id: result.id, copyGroup: result.copyGroup })}\n`);
  if (Number(pause) > 0) await new Promise((resolve) => setTimeout(resolve, Number(pause)));
}
client.disconnect();
