/**
 * The environment of a shell beside an embedded database folder: the npm scripts and `npm start`
 * find that folder through PGLITE_DIR, never a PostgreSQL server from DATABASE_URL.
 */
export function embeddedEnv(
  dataDir: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir, ...extra };
  delete env.DATABASE_URL;
  return env;
}
