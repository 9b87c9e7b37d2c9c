import { chmodSync, mkdirSync, rmSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketHandler } from "@electric-sql/pglite-socket";
import { SessionQueue } from "./session-queue";

// Unix socket paths are limited to about 104 bytes; longer folders fall back to loopback TCP.
const MAX_SOCKET_PATH = 100;
const SOCKET_NAME = ".s.PGSQL.5432";

export type WireServer = { url: string; close: () => Promise<void> };

/**
 * Serves one PGlite over the PostgreSQL wire protocol so that every process on this machine that
 * needs the embedded database (the app server, scripts) shares the one instance that holds it.
 * The socket lives in a folder only its owner may enter; TCP, when the path is too long, listens on
 * loopback only.
 */
export async function startWireServer(db: PGlite, runDir: string): Promise<WireServer> {
  const handlers = new Map<number, PGLiteSocketHandler>();
  const queue = new SessionQueue(db, (handlerId) => void handlers.get(handlerId)?.detach(true));
  const server = createServer((socket) => attach(socket));

  function attach(socket: Socket) {
    const handler = new PGLiteSocketHandler({
      // The handler only calls enqueue/clear*/getQueueLength, which SessionQueue provides.
      queryQueue: queue as unknown as ConstructorParameters<
        typeof PGLiteSocketHandler
      >[0]["queryQueue"],
      closeOnDetach: true,
    });
    handlers.set(handler.handlerId, handler);
    const forget = () => handlers.delete(handler.handlerId);
    handler.addEventListener("close", forget);
    handler.addEventListener("error", forget);
    handler.attach(socket).catch(() => socket.destroy());
  }

  const socketPath = path.join(runDir, SOCKET_NAME);
  const url =
    socketPath.length <= MAX_SOCKET_PATH
      ? await listenOnSocket(server, runDir, socketPath)
      : await listenOnLoopback(server);

  return {
    url,
    close: async () => {
      await Promise.all([...handlers.values()].map((handler) => handler.detach(true)));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}

async function listenOnSocket(server: Server, runDir: string, socketPath: string) {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true, mode: 0o700 });
  chmodSync(runDir, 0o700);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  return `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(runDir)}`;
}

async function listenOnLoopback(server: Server) {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("Loopback server has no port");
  return `postgresql://postgres@127.0.0.1:${address.port}/postgres`;
}
