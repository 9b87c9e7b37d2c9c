import type { PrismaClient } from "../client";

/**
 * The application's tables, parents before children, so that rows can be inserted in order.
 * Left out: the migration history, and data_version, which each database keeps for itself (its
 * migration creates the row; the restore's inserts raise it, so no app server's cache survives).
 */
export async function tablesInDependencyOrder(prisma: PrismaClient): Promise<string[]> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
      AND table_name NOT IN ('_prisma_migrations', 'data_version')
    ORDER BY table_name`;
  const references = await prisma.$queryRaw<{ child: string; parent: string }[]>`
    SELECT DISTINCT child.relname AS child, parent.relname AS parent
    FROM pg_constraint c
    JOIN pg_class child ON child.oid = c.conrelid
    JOIN pg_class parent ON parent.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = child.relnamespace
    WHERE c.contype = 'f' AND n.nspname = current_schema() AND child.relname <> parent.relname`;
  return topologicalOrder(
    tables.map((t) => t.name),
    references,
  );
}

export function topologicalOrder(names: string[], edges: { child: string; parent: string }[]) {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name)) return;
    if (visiting.has(name)) throw new Error(`Tables reference each other in a cycle at ${name}`);
    visiting.add(name);
    for (const edge of edges) if (edge.child === name) visit(edge.parent);
    visiting.delete(name);
    ordered.push(name);
  };
  names.forEach(visit);
  return ordered;
}

export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A fingerprint of a table's whole content, equal on two databases exactly when the rows are. */
export async function tableChecksum(prisma: PrismaClient, table: string): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<{ sum: string | null; n: bigint }[]>(
    `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum, count(*) AS n
     FROM ${quoteIdentifier(table)} t`,
  );
  return `${row.n}:${row.sum}`;
}
