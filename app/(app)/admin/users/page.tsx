import type { Metadata } from "next";
import { ActivationButton } from "@/components/admin/activation-button";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { RoleSelect } from "@/components/admin/role-select";
import { Forbidden } from "@/components/forbidden";
import { getPrisma } from "@/lib/db/client";
import { ROLE_LABELS, formatDay } from "@/lib/format";
import { getPageActor } from "@/lib/server/page-auth";
import { listUsers } from "@/lib/server/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { actor, allowed } = await getPageActor("user:manage");
  if (!allowed) return <Forbidden what="manage users" />;
  const users = await listUsers(getPrisma());
  return (
    <section aria-labelledby="users-title" className="space-y-4">
      <div>
        <h1 id="users-title" className="text-2xl font-semibold tracking-tight">
          Users and roles
        </h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Executives read everything and change nothing; analysts change initiatives, milestones and
          updates; admins also manage users. Deactivating someone signs them out everywhere and
          revokes their API tokens. You cannot change your own role or deactivate yourself, and
          there is always at least one active admin.
        </p>
      </div>
      <CreateUserForm />
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-label="Users table"
      >
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                User
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Role
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Status
              </th>
              <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">
                Active tokens
              </th>
              <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">
                Created
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => {
              const self = u.id === actor.id;
              return (
                <tr key={u.id} data-testid="user-row" className="align-top">
                  <td className="px-3 py-2">
                    <div className="font-medium">
                      {u.name}
                      {self ? <span className="font-normal text-slate-600"> (you)</span> : null}
                    </div>
                    <div className="break-all font-mono text-xs text-slate-600">{u.email}</div>
                  </td>
                  <td className="px-3 py-2">
                    {self ? (
                      ROLE_LABELS[u.role]
                    ) : (
                      <RoleSelect userId={u.id} userName={u.name} role={u.role} />
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className={u.active ? "text-emerald-800" : "font-medium text-red-800"}>
                        {u.active ? "Active" : "Deactivated"}
                      </span>
                      {self ? null : (
                        <ActivationButton userId={u.id} userName={u.name} active={u.active} />
                      )}
                    </div>
                  </td>
                  <td className="hidden px-3 py-2 md:table-cell">{u.apiTokens}</td>
                  <td className="hidden whitespace-nowrap px-3 py-2 md:table-cell">
                    {formatDay(u.createdAt.slice(0, 10))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
