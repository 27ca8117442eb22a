// The Redis corpus store against a real redis-server: started here on a free loopback port when the
// binary is installed (.ci/run installs Debian's redis-server), or the server COPYDESK_REDIS_URL names.
// Articles: the seed articles (seeds/*.txt) and copies of them made here.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CorpusInput, createCorpusIndex, isCopydeskError, normalizeArticle } from '../../src/index';
import { redisStore } from '../../src/redis/index';
import { seedFiles, seedText } from '../fixtures/seeds';
import { MULTI_NEWS_STORIES } from './multi-news-stories';

const hasServer = process.env.COPYDESK_REDIS_URL !== undefined || spawnSync('redis-server', ['--version']).status === 0;
const T0 = Date.parse('2026-03-01T08:00:00Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();

function body(prefix: string, from = 0, to?: number): string {
  return normalizeArticle(seedText(prefix))
    .paragraphs.slice(from, to)
    .map((p) => p.text)
    .join('\n\n');
}

/** Copies of the seeds as outlets run them: verbatim with a new first line, trimmed, lightly edited. */
function copies(count: number, startHour: number): CorpusInput[] {
  const out: CorpusInput[] = [];
  for (let i = 0; i < count; i++) {
    const seed = ['000', '001', '002', '003'][i % 4]!;
    const kind = Math.floor(i / 4) % 3;
    let n = 0;
    const text =
      kind === 0
        ? `Outlet ${i} edition.\n\n${body(seed)}`
        : kind === 1
          ? body(seed, 0, 5)
          : body(seed).replace(/[A-Za-z]+/g, (w) => (++n % 20 === 0 ? `${w}s` : w));
    out.push({ id: `copy-${String(i).padStart(2, '0')}`, text, publishedAt: at(startHour + i / 10) });
  }
  return out;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

let server: ChildProcess | undefined;
let port = 0;
let client: Redis;
let folder = '';
/** A prefix of its own for each test and run, so a shared server (COPYDESK_REDIS_URL) keeps runs apart. */
const run = `${process.pid}-${Date.now().toString(36)}`;
const prefixOf = (name: string) => `${name}-${run}`;

beforeAll(async () => {
  if (!hasServer) return;
  if (process.env.COPYDESK_REDIS_URL) {
    client = new Redis(process.env.COPYDESK_REDIS_URL);
    port = Number(new URL(process.env.COPYDESK_REDIS_URL).port || 6379);
  } else {
    port = await freePort();
    server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    client = new Redis({ port, maxRetriesPerRequest: 50, retryStrategy: (n) => Math.min(n * 50, 500) });
  }
  await client.ping();
  folder = mkdtempSync(join(tmpdir(), 'copydesk-redis-'));
}, 30_000);

afterAll(async () => {
  client?.disconnect();
  server?.kill();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Runs a worker process on a file of articles; resolves when it exits. */
function worker(prefix: string, items: readonly CorpusInput[], name: string, pauseMs = 0): ChildProcess {
  const file = join(folder, `${name}.json`);
  writeFileSync(file, JSON.stringify(items));
  return spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      new URL('./redis-worker.ts', import.meta.url).pathname,
      String(port),
      prefix,
      file,
      String(pauseMs),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** Copy groups as a partition: sorted lists of the ids in one group. */
function partition(groupOf: ReadonlyMap<string, string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const [id, group] of groupOf) groups.set(group, [...(groups.get(group) ?? []), id]);
  return [...groups.values()].map((ids) => ids.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe.skipIf(!hasServer)('redisStore', () => {
  it('answers exactly as the in-memory index, add by add, and holds the same', async () => {
    const prefix = prefixOf('same-answers');
    const memory = createCorpusIndex();
    const redis = createCorpusIndex({ store: redisStore({ client, prefix }) });
    const inputs: CorpusInput[] = [
      ...seedFiles.map((s, i) => ({ id: s.id.slice(0, 3), text: s.text, publishedAt: at(i) })),
      { id: 'local', text: `${body('003')}\n\n${body('001', 0, 3)}`, publishedAt: at(6) },
      ...copies(12, 7),
      // Real reports of two Multi-News clusters with no shared sentence: stories from story features alone.
      ...['57/0', '42/0', '57/1', '42/1'].map((id, i) => ({
        id,
        text: MULTI_NEWS_STORIES[id]!,
        publishedAt: at(8 + i / 10),
      })),
    ];
    for (const input of inputs) expect(await redis.add(input)).toEqual(await memory.add(input));
    expect((await redis.match({ id: 'm', text: MULTI_NEWS_STORIES['57/1']!, publishedAt: at(9) })).story).toBe('57/0');
    const probe = { id: 'probe', text: body('002', 1), publishedAt: at(9) };
    expect(await redis.match(probe)).toEqual(await memory.match(probe));
    expect({ ...(await redis.stats()), bytes: 0 }).toEqual({ ...(await memory.stats()), bytes: 0 });
    expect(await redis.stories()).toEqual(await memory.stories());
    expect(await redis.remove('copy-00')).toBe(true);
    expect(await memory.remove('copy-00')).toBe(true);
    expect(await redis.prune(at(2))).toBe(await memory.prune(at(2)));
    expect({ ...(await redis.stats()), bytes: 0 }).toEqual({ ...(await memory.stats()), bytes: 0 });
    const duplicate = await redis.add(inputs[3]!).catch((error: unknown) => error);
    expect(isCopydeskError(duplicate) && duplicate.code).toBe('ERR_DUPLICATE_ID');
  });

  it('holds to the in-memory index where an audit found it did not: remove, reused ids, commas, window jumps, settings', async () => {
    const prefix = prefixOf('audit');
    const memory = createCorpusIndex({ window: 2 });
    const redis = createCorpusIndex({ window: 2, store: redisStore({ client, prefix }) });
    const DAY = 24;
    const both = async (input: CorpusInput) => {
      const answer = await memory.add(input);
      expect(await redis.add(input)).toEqual(answer);
      return answer;
    };
    const failures = async (input: CorpusInput) =>
      [await memory.add(input).catch((e: unknown) => e), await redis.add(input).catch((e: unknown) => e)].map((e) =>
        isCopydeskError(e) ? e.code : e,
      );
    // A group whose newest article was removed, joined by a copy that moves the window past its older one: on Redis
    // the commit died half way (a raw Lua error, a stray group hash); the copy starts a group of its own.
    await both({ id: 'a1', text: seedText('000'), publishedAt: at(0) });
    expect(await both({ id: 'a2', text: seedText('000'), publishedAt: at(DAY) })).toMatchObject({ joined: true });
    for (const index of [memory, redis]) expect(await index.remove('a2')).toBe(true);
    expect(await both({ id: 'a3', text: seedText('000'), publishedAt: at(2 * DAY) })).toMatchObject({
      copyGroup: 'a3',
      joined: false,
    });
    // An id whose article was removed while its group lives on: refused in both (Redis overwrote the live group).
    await both({ id: 'b', text: seedText('001'), publishedAt: at(2 * DAY) });
    expect(await both({ id: 'b-copy', text: seedText('001'), publishedAt: at(2 * DAY) })).toMatchObject({
      joined: true,
    });
    for (const index of [memory, redis]) expect(await index.remove('b')).toBe(true);
    expect(await failures({ id: 'b', text: seedText('004'), publishedAt: at(2 * DAY) })).toEqual([
      'ERR_DUPLICATE_ID',
      'ERR_DUPLICATE_ID',
    ]);
    // An id with a comma (a URL): its group stays in stories() (Redis split the story's group list on commas).
    await both({ id: 'https://example.com/story?id=1,2', text: seedText('002'), publishedAt: at(2 * DAY) });
    expect(await redis.stories()).toEqual(await memory.stories());
    // A jump of the window past several buckets: the postings of every bucket it leaves are gone on Redis too.
    await both({ id: 'later', text: seedText('003'), publishedAt: at(12 * DAY) });
    expect({ ...(await redis.stats()), bytes: 0 }).toEqual({ ...(await memory.stats()), bytes: 0 });
    // An article without a time is placed at the newest time seen (08:00), not at the start of its day on Redis.
    expect((await both({ id: 'no-time', text: seedText('004') })).diagnostics.map((d) => d.code)).toContain(
      'no-publication-time',
    );
    expect({ ...(await redis.stats()), bytes: 0 }).toEqual({ ...(await memory.stats()), bytes: 0 });
    // Ids with a control character are refused by both; a store with other window settings on the same prefix too.
    expect(await failures({ id: 'x\u001fy', text: seedText('003'), publishedAt: at(12 * DAY) })).toEqual([
      'ERR_INVALID_INPUT',
      'ERR_INVALID_INPUT',
    ]);
    const other = createCorpusIndex({ window: 3, store: redisStore({ client, prefix }) });
    const refused = await other.stats().catch((e: unknown) => e);
    expect(isCopydeskError(refused) && refused.code).toBe('ERR_INVALID_OPTION');
  });

  it('takes a group that leaves its story out of the story centroid, as the in-memory index does (an audit find)', async () => {
    const prefix = prefixOf('centroid');
    const memory = createCorpusIndex();
    const redis = createCorpusIndex({ store: redisStore({ client, prefix }) });
    // Two independent reports of one story (Multi-News dev cluster 57): the second joins the first one's story by its
    // names and numbers; once it is removed, its features leave the story's centroid in both stores.
    for (const index of [memory, redis]) {
      await index.add({ id: '57/0', text: MULTI_NEWS_STORIES['57/0']!, publishedAt: at(0) });
      expect(await index.add({ id: '57/1', text: MULTI_NEWS_STORIES['57/1']!, publishedAt: at(1) })).toMatchObject({
        story: '57/0',
      });
      expect(await index.remove('57/1')).toBe(true);
    }
    const probe = { id: 'probe', text: MULTI_NEWS_STORIES['57/1']!, publishedAt: at(2) };
    expect(await redis.match(probe)).toEqual(await memory.match(probe));
    expect(await redis.stories()).toEqual(await memory.stories());
  });

  it('two worker processes ingesting into one Redis make the same copy groups as one process in memory', async () => {
    const prefix = prefixOf('two-workers');
    const originals = seedFiles.map((s, i) => ({ id: s.id.slice(0, 3), text: s.text, publishedAt: at(i) }));
    // A text no one holds yet, copied by both workers at once: exactly one of them may make its group.
    const fresh = `${body('004', 2)}\n\nA paragraph only this wire story has, about the talks and what the aides said after them.`;
    const both: CorpusInput[] = [
      { id: 'fresh-a', text: fresh, publishedAt: at(20) },
      { id: 'fresh-b', text: `Wire.\n\n${fresh}`, publishedAt: at(20) },
    ];
    const stream = copies(24, 10);
    const redis = createCorpusIndex({ store: redisStore({ client, prefix }) });
    const memory = createCorpusIndex();
    const inRedis = new Map<string, string>();
    const inMemory = new Map<string, string>();
    for (const input of originals) {
      inRedis.set(input.id, (await redis.add(input)).copyGroup);
      inMemory.set(input.id, (await memory.add(input)).copyGroup);
    }
    for (const input of [...stream, ...both]) inMemory.set(input.id, (await memory.add(input)).copyGroup);
    const odd = worker(prefix, [both[0]!, ...stream.filter((_, i) => i % 2 === 1)], 'odd');
    const even = worker(prefix, [both[1]!, ...stream.filter((_, i) => i % 2 === 0)], 'even');
    const lines: string[] = [];
    for (const child of [odd, even])
      child.stdout?.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n')));
    expect(await Promise.all([exited(odd), exited(even)])).toEqual([0, 0]);
    for (const line of lines.filter(Boolean)) {
      const { id, copyGroup } = JSON.parse(line) as { id: string; copyGroup: string };
      inRedis.set(id, copyGroup);
    }
    expect(inRedis.size).toBe(inMemory.size);
    expect(partition(inRedis)).toEqual(partition(inMemory));
    expect(new Set([inRedis.get('fresh-a'), inRedis.get('fresh-b')]).size).toBe(1);
  }, 60_000);

  it('a worker killed mid-ingest leaves no half-made group: every count matches the articles held', async () => {
    const prefix = prefixOf('killed');
    const items = [
      ...seedFiles.map((s, i) => ({ id: s.id.slice(0, 3), text: s.text, publishedAt: at(i) })),
      ...copies(40, 6),
    ];
    const child = worker(prefix, items, 'killed', 20);
    const key = (k: string) => `{${prefix}}:${k}`;
    for (let i = 0; i < 400 && Number(await client.zcard(key('articles'))) < 8; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    child.kill('SIGKILL');
    await exited(child);
    const articles = await client.zrange(key('articles'), '0', '-1');
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(articles.length).toBeLessThan(items.length);
    const members = new Map<string, number>();
    const storyArticles = new Map<string, number>();
    for (const id of articles) {
      const group = await client.hget(key(`a:${id}`), 'group');
      expect(group).not.toBeNull();
      expect(await client.exists(key(`g:${group}`))).toBe(1);
      members.set(group!, (members.get(group!) ?? 0) + 1);
      const story = (await client.hget(key(`g:${group}`), 'story'))!;
      storyArticles.set(story, (storyArticles.get(story) ?? 0) + 1);
    }
    for (const group of await client.zrange(key('groups'), '0', '-1')) {
      expect(Number(await client.hget(key(`g:${group}`), 'members'))).toBe(members.get(group));
    }
    for (const [story, n] of storyArticles) expect(Number(await client.hget(key(`s:${story}`), 'articles'))).toBe(n);
    // And the index goes on: the rest of the stream can be added.
    const index = createCorpusIndex({ store: redisStore({ client, prefix }) });
    const held = new Set(articles);
    for (const item of items.filter((x) => !held.has(x.id))) await index.add(item);
    expect((await index.stats()).articles).toBe(items.length);
  }, 60_000);

  it('refuses a store without a client, and snapshot() on Redis', async () => {
    let caught: unknown;
    try {
      redisStore({} as never);
    } catch (error) {
      caught = error;
    }
    expect(isCopydeskError(caught) && caught.code).toBe('ERR_INVALID_OPTION');
    const index = createCorpusIndex({ store: redisStore({ client, prefix: prefixOf('snap') }) });
    const error = await index.snapshot().catch((e: unknown) => e);
    expect(isCopydeskError(error) && error.code).toBe('ERR_INVALID_INPUT');
  });
});
