import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { z } from "zod";

/** "server": a long-lived process others connect to; "script": a short one others wait for. */
export type HolderRole = "server" | "script";

const ZLockHolder = z.object({
  pid: z.number().int().positive(),
  role: z.enum(["server", "script"]),
  command: z.string(),
  since: z.string(),
  url: z.string().nullable(),
});
export type LockHolder = z.infer<typeof ZLockHolder>;

export type HeldLock = {
  holder: LockHolder;
  /** Tells others where to connect, once the wire server listens. */
  publish: (url: string) => void;
  release: () => void;
};

export type LockAttempt =
  { acquired: true; lock: HeldLock } | { acquired: false; holder: LockHolder | null };

// A lock file that cannot be parsed is one being written right now, unless it is this old.
const UNREADABLE_GRACE_MS = 10_000;

/**
 * One process at a time opens an embedded database folder. The lock is a file created atomically
 * beside the folder, naming the holder's process id; a holder that died (crash, SIGKILL) leaves a
 * file whose process no longer exists, and the next attempt takes the lock over.
 */
export function tryAcquireLock(
  lockPath: string,
  claim: { role: HolderRole; command: string },
): LockAttempt {
  for (let attempt = 0; attempt < 3; attempt++) {
    const holder: LockHolder = {
      pid: process.pid,
      role: claim.role,
      command: claim.command,
      since: new Date().toISOString(),
      url: null,
    };
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      writeFileSync(fd, JSON.stringify(holder));
      closeSync(fd);
      return { acquired: true, lock: heldLock(lockPath, holder) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const current = readLock(lockPath);
    if (current === "unreadable") {
      if (ageMs(lockPath) < UNREADABLE_GRACE_MS) return { acquired: false, holder: null };
    } else if (current && isAlive(current.pid)) {
      return { acquired: false, holder: current };
    }
    removeIfPresent(lockPath);
  }
  return { acquired: false, holder: null };
}

export function readLock(lockPath: string): LockHolder | "unreadable" | null {
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8");
  } catch {
    return null;
  }
  try {
    return ZLockHolder.parse(JSON.parse(text));
  } catch {
    return "unreadable";
  }
}

function heldLock(lockPath: string, holder: LockHolder): HeldLock {
  return {
    holder,
    publish(url) {
      holder.url = url;
      const temporary = `${lockPath}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(holder), { mode: 0o600 });
      renameSync(temporary, lockPath);
    },
    release() {
      const current = readLock(lockPath);
      if (current && current !== "unreadable" && current.pid === process.pid)
        removeIfPresent(lockPath);
    },
  };
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
}

function removeIfPresent(file: string) {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
