import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

type ScriptRunner = SqlDriverAdapter & {
  underlyingDriver(): { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks
 * PL/pgSQL bodies such as the change_event append-only trigger. PostgreSQL's simple query
 * protocol takes the whole script at once (as one implicit transaction), so send it whole.
 */
export class PrismaPgForMigrations extends PrismaPg {
  override async connect() {
    return wholeScripts(await super.connect());
  }

  override async connectToShadowDb() {
    return wholeScripts(await super.connectToShadowDb());
  }
}

function wholeScripts<T extends SqlDriverAdapter>(adapter: T): T {
  const runner = adapter as unknown as ScriptRunner;
  runner.executeScript = async (script: string) => {
    try {
      await runner.underlyingDriver().query(script);
    } catch (error) {
      runner.onError(error);
    }
  };
  return adapter;
}
