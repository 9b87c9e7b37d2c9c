import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { RevokeTokenButton } from "@/components/account/revoke-token-button";
import { Forbidden } from "@/components/forbidden";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { LocalTime } from "@/components/ui/local-time";
import { PageSection } from "@/components/ui/page-section";
import { getPrisma } from "@/lib/db/client";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { listTokensForUser } from "@/lib/server/api-tokens";
import { getPageActor } from "@/lib/http/page-auth";

export const metadata: Metadata = { title: "API tokens" };

const moment = (iso: string | null) => (iso ? <LocalTime iso={iso} /> : "Never");
const COLUMNS = [
  { label: "Name" },
  { label: "Created", className: "hidden sm:table-cell" },
  { label: "Last used" },
  { label: "Status" },
];
const td = cellClass("panel");

export default async function ApiTokensPage() {
  const { actor, allowed } = await getPageActor("token:own");
  if (!allowed) return <Forbidden what="hold API tokens" />;
  const tokens = await listTokensForUser(getPrisma(), actor.id);
  return (
    <PageSection
      id="tokens"
      title="API tokens"
      intro={
        <>
          Personal tokens let scripts call the JSON API as you, with your role (
          {ROLE_LABELS[actor.role]}). Send one as{" "}
          <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;token&gt;</code>.
          Revoke any token you no longer use; all of them are revoked if your account is
          deactivated.
        </>
      }
    >
      <CreateTokenForm />
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">You have no API tokens yet.</p>
      ) : (
        <DataTable caption="Your API tokens" scrollLabel="Your API tokens" columns={COLUMNS}>
          {tokens.map((t) => (
            <tr
              key={t.id}
              data-testid="token-row"
              className={`align-top ${t.revokedAt ? "text-slate-500" : ""}`}
            >
              <td className={td}>
                <div className="font-medium">{t.name}</div>
                <div
                  className="font-mono text-xs text-slate-600"
                  title="The token's first characters"
                >
                  {t.prefix}…
                </div>
              </td>
              <td className={`${td} hidden sm:table-cell`}>{moment(t.createdAt)}</td>
              <td className={td}>{moment(t.lastUsedAt)}</td>
              <td className={td}>
                {t.revokedAt ? (
                  <span>Revoked {moment(t.revokedAt)}</span>
                ) : (
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="text-emerald-800">Active</span>
                    <RevokeTokenButton tokenId={t.id} name={t.name} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </PageSection>
  );
}
