/**
 * A progress bar on standard error, only when standard error is a terminal
 * (never in pipes, files or CI logs), redrawn at most every 50 ms.
 */
export interface Progress {
  update(label: string, done: number, total: number): void;
  done(): void;
}

const SILENT: Progress = { update() {}, done() {} };

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return SILENT;
  let last = 0;
  let drawn = false;
  return {
    update(label, done, total) {
      const now = Date.now();
      if (done < total && now - last < 50) return;
      last = now;
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      const columns = stream.columns ?? 80;
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`.slice(
        0,
        columns - 1,
      );
      stream.write(`\r${line}\u001b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
