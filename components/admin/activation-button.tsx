"use client";
import { ConfirmAction } from "@/components/account/confirm-action";
import { apiFetch } from "@/lib/client/api";

export function ActivationButton({
  userId,
  userName,
  active,
}: {
  userId: string;
  userName: string;
  active: boolean;
}) {
  const patch = (body: { active: boolean }) =>
    apiFetch(`/api/users/${encodeURIComponent(userId)}`, { method: "PATCH", body });
  return active ? (
    <ConfirmAction
      label="Deactivate"
      accessibleLabel={`Deactivate ${userName}`}
      prompt={`Deactivate ${userName}? They are signed out everywhere and their API tokens are revoked.`}
      confirmLabel="Deactivate"
      danger
      action={() => patch({ active: false })}
    />
  ) : (
    <ConfirmAction
      label="Activate"
      accessibleLabel={`Activate ${userName}`}
      prompt={`Activate ${userName}? They can sign in again; revoked tokens stay revoked.`}
      confirmLabel="Activate"
      action={() => patch({ active: true })}
    />
  );
}
