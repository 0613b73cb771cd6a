import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DataDirectoryInUseError } from './errors.ts';

/**
 * An embedded PGlite data directory must be opened by one process at a time. This is a pid
 * file in the style of PostgreSQL's postmaster.pid, written here rather than taken from
 * proper-lockfile because staleness must follow the owner's liveness: after a crash the next
 * start should take over at once, not wait for an mtime-based stale timeout.
 */
const LOCK_FILE = 'lotrinh.pid';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DataDirectoryInUseError(
          `The data directory ${dir} is in use by another Lộ Trình process (pid ${owner}). Stop it, or set LOTRINH_DATA_DIR to another directory.`,
        );
      }
      // The owner is gone (crash, kill): the lock is stale.
      rmSync(path, { force: true });
    }
  }
  throw new DataDirectoryInUseError(`Could not lock the data directory ${dir}.`);
}
