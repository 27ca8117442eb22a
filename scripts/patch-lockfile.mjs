// Adds package-lock.json entries for optional platform packages that the
// registry in use does not serve (biome's and rollup's binaries for other
// platforms). npm 11 leaves them out of the lockfile and then `npm ci`
// rejects that same lockfile as out of sync (npm/cli#9846). Each entry gets
// the version its parent asks for and the os/cpu/libc its name states, so
// `npm ci` skips it on every other platform, as it would the real entry.
// Run after `npm install` changes the lockfile: node scripts/patch-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['android', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'openharmony', 'sunos', 'aix', 'win32', 'linux'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64', 'mips64el'];

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const added = [];
for (const entry of Object.values({ ...lock.packages })) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const parts = name.split(/[/-]/);
    const os = OS.find((o) => parts.includes(o) || (o === 'win32' && parts.includes('win32')));
    const cpu =
      CPU.find((c) => parts.includes(c)) ??
      (parts.includes('gnueabihf') || parts.includes('musleabihf') ? 'arm' : undefined);
    if (!os || !cpu) continue; // not a platform binary: leave it to npm
    lock.packages[key] = {
      version: version.replace(/^[\^~]/, ''),
      cpu: [cpu],
      dev: true,
      license: 'MIT',
      optional: true,
      os: [os],
      ...(os === 'linux' ? { libc: [parts.some((p) => p.startsWith('musl')) ? 'musl' : 'glibc'] } : {}),
    };
    added.push(`${name}@${version}`);
  }
}
const [root, ...rest] = Object.entries(lock.packages);
lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length ? `added ${added.length} lockfile entries:\n  ${added.join('\n  ')}` : 'lockfile already complete',
);
