"use client";
import { apiFetch } from "@/lib/client/api";
import { ConfirmAction } from "./confirm-action";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  return (
    <ConfirmAction
      label="Revoke"
      accessibleLabel={`Revoke token ${name}`}
      prompt={`Revoke “${name}”? Anything using it stops working at once.`}
      confirmLabel="Revoke token"
      danger
      action={() => apiFetch(`/api/tokens/${encodeURIComponent(tokenId)}`, { method: "DELETE" })}
    />
  );
}
