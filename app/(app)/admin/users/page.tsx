import type { Metadata } from "next";
import { Forbidden } from "@/components/forbidden";
import { getPrisma } from "@/lib/db/client";
import { ROLE_LABELS, formatDay } from "@/lib/format";
import type { Role } from "@/lib/domain/types";
import { getPageActor } from "@/lib/server/page-auth";
import { listUsers } from "@/lib/server/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { allowed } = await getPageActor("user:manage");
  if (!allowed) return <Forbidden what="manage users" />;
  const users = await listUsers(getPrisma());
  return (
    <section aria-labelledby="users-title" className="space-y-4">
      <div>
        <h1 id="users-title" className="text-2xl font-semibold tracking-tight">Users and roles</h1>
        <p className="text-sm text-slate-600">
          Executives read everything and change nothing; analysts change initiatives, milestones and updates; admins also manage users.
          Create users from the command line: <code className="rounded bg-slate-100 px-1">npm run user:create -- --email E --role R</code>.
        </p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Users table">
        <table className="w-full min-w-[640px] text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Name</th>
              <th scope="col" className="px-3 py-2 font-medium">Email</th>
              <th scope="col" className="px-3 py-2 font-medium">Role</th>
              <th scope="col" className="px-3 py-2 font-medium">Status</th>
              <th scope="col" className="px-3 py-2 font-medium">API tokens</th>
              <th scope="col" className="px-3 py-2 font-medium">Created</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => (
              <tr key={u.id} data-testid="user-row">
                <td className="px-3 py-2">{u.name}</td>
                <td className="px-3 py-2 font-mono text-xs">{u.email}</td>
                <td className="px-3 py-2">{ROLE_LABELS[u.role as Role]}</td>
                <td className="px-3 py-2">{u.active ? "Active" : "Deactivated"}</td>
                <td className="px-3 py-2">{u.apiTokens}</td>
                <td className="px-3 py-2">{formatDay(u.createdAt.slice(0, 10))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
