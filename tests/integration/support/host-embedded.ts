// A separate process that serves an embedded database folder (as `npm start` does) and prints its
// connection string, for tests of what other processes see.
import { hostEmbeddedDatabase } from "@/lib/db/embedded/host";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("Usage: host-embedded.ts <data dir>");
const host = await hostEmbeddedDatabase(dataDir, { role: "server", command: "test host" });
console.log(host.url);
process.on("SIGTERM", () => void host.close().then(() => process.exit(0)));
setInterval(() => {}, 60_000);
