import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { RevokeTokenButton } from "@/components/account/revoke-token-button";
import { Forbidden } from "@/components/forbidden";
import { getPrisma } from "@/lib/db/client";
import { ROLE_LABELS, formatDay } from "@/lib/format";
import { listTokensForUser } from "@/lib/server/api-tokens";
import { getPageActor } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "API tokens" };

const day = (iso: string | null) => (iso ? formatDay(iso.slice(0, 10)) : "Never");

export default async function ApiTokensPage() {
  const { actor, allowed } = await getPageActor("token:own");
  if (!allowed) return <Forbidden what="hold API tokens" />;
  const tokens = await listTokensForUser(getPrisma(), actor.id);
  return (
    <section aria-labelledby="tokens-title" className="space-y-4">
      <div>
        <h1 id="tokens-title" className="text-2xl font-semibold tracking-tight">
          API tokens
        </h1>
        <p className="max-w-2xl text-sm text-slate-600">
          Personal tokens let scripts call the JSON API as you, with your role (
          {ROLE_LABELS[actor.role]}). Send one as{" "}
          <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;token&gt;</code>.
          Revoke any token you no longer use; all of them are revoked if your account is
          deactivated.
        </p>
      </div>
      <CreateTokenForm />
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">You have no API tokens yet.</p>
      ) : (
        <div
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
          tabIndex={0}
          role="region"
          aria-label="Your API tokens"
        >
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Name
                </th>
                <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
                  Created
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Last used
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tokens.map((t) => (
                <tr
                  key={t.id}
                  data-testid="token-row"
                  className={`align-top ${t.revokedAt ? "text-slate-500" : ""}`}
                >
                  <td className="px-3 py-2">
                    <div className="font-medium">{t.name}</div>
                    <div
                      className="font-mono text-xs text-slate-600"
                      title="The token's first characters"
                    >
                      {t.prefix}…
                    </div>
                  </td>
                  <td className="hidden whitespace-nowrap px-3 py-2 sm:table-cell">
                    {day(t.createdAt)}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">{day(t.lastUsedAt)}</td>
                  <td className="px-3 py-2">
                    {t.revokedAt ? (
                      <span>Revoked {day(t.revokedAt)}</span>
                    ) : (
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="text-emerald-800">Active</span>
                        <RevokeTokenButton tokenId={t.id} name={t.name} />
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
