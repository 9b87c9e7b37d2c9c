import type { Metadata } from "next";
import { ActivationButton } from "@/components/admin/activation-button";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { RoleSelect } from "@/components/admin/role-select";
import { EmailAddress } from "@/components/shell/email-address";
import { Forbidden } from "@/components/forbidden";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { LocalTime } from "@/components/ui/local-time";
import { PageSection } from "@/components/ui/page-section";
import { getPrisma } from "@/lib/db/client";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { getPageActor } from "@/lib/http/page-auth";
import { listUsers } from "@/lib/server/users";

export const metadata: Metadata = { title: "Users" };

const COLUMNS = [
  { label: "User" },
  { label: "Role" },
  { label: "Status" },
  { label: "Active tokens", numeric: true, className: "hidden md:table-cell" },
  { label: "Created", className: "hidden md:table-cell" },
];
const td = cellClass("panel");

export default async function UsersPage() {
  const { actor, allowed } = await getPageActor("user:manage");
  if (!allowed) return <Forbidden what="manage users" />;
  const users = await listUsers(getPrisma());
  return (
    <PageSection
      id="users"
      title="Users and roles"
      intro="Executives read everything and change nothing; analysts change initiatives, milestones and updates; admins also manage users. Deactivating someone signs them out everywhere and revokes their API tokens. You cannot change your own role or deactivate yourself, and there is always at least one active admin."
    >
      <CreateUserForm />
      <DataTable caption="Users and roles" scrollLabel="Users table" columns={COLUMNS}>
        {users.map((u) => {
          const self = u.id === actor.id;
          return (
            <tr key={u.id} data-testid="user-row" className="align-top">
              <td className={td}>
                <div className="font-medium">
                  {u.name}
                  {self ? <span className="font-normal text-slate-600"> (you)</span> : null}
                </div>
                <div className="font-mono text-xs text-slate-600">
                  <EmailAddress email={u.email} />
                </div>
              </td>
              <td className={td}>
                {self ? (
                  ROLE_LABELS[u.role]
                ) : (
                  <RoleSelect userId={u.id} userName={u.name} role={u.role} />
                )}
              </td>
              <td className={td}>
                <div className="flex flex-wrap items-center gap-2">
                  <span className={u.active ? "text-emerald-800" : "font-medium text-red-800"}>
                    {u.active ? "Active" : "Deactivated"}
                  </span>
                  {self ? null : (
                    <ActivationButton userId={u.id} userName={u.name} active={u.active} />
                  )}
                </div>
              </td>
              <td className={cellClass("panel", { numeric: true, extra: "hidden md:table-cell" })}>
                {u.apiTokens}
              </td>
              <td className={`${td} hidden md:table-cell`}>
                <LocalTime iso={u.createdAt} />
              </td>
            </tr>
          );
        })}
      </DataTable>
    </PageSection>
  );
}
