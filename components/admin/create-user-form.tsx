"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FormCard } from "@/components/ui/form-card";
import { FormField } from "@/components/ui/form-field";
import { OptionList, labelled } from "@/components/ui/option-list";
import { FormError, SubmitRow, fieldPropsFor } from "@/components/ui/form-kit";
import { SecretBox } from "@/components/account/secret-box";
import { MIN_PASSWORD_LENGTH } from "@/lib/constants";
import { apiFetch } from "@/lib/client/api";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { ROLES } from "@/lib/domain/types";
import type { CreatedUser } from "@/lib/views/user";
import { PASSWORD_MAX, USER_NAME_MAX } from "@/lib/validation/users";

export function CreateUserForm() {
  const router = useRouter();
  const id = useId();
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const mutation = useMutation({
    mutationFn: (body: Record<string, string>) =>
      apiFetch<CreatedUser>("/api/users", { method: "POST", body }),
    onSuccess: (result) => {
      setCreated(result);
      router.refresh();
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
    setCreated(null);
    mutation.mutate(values, { onSuccess: () => form.reset() });
  }

  const field = fieldPropsFor(id, mutation.error);
  const fields = {
    email: field("email", "Email"),
    name: field("name", "Name"),
    role: field("role", "Role"),
    password: field(
      "password",
      "Password",
      `Optional. Leave blank to generate a strong one, shown once. At least ${MIN_PASSWORD_LENGTH} characters.`,
    ),
  };
  const showGeneralError = !Object.values(fields).some((f) => f.error);

  return (
    <FormCard id={id} title="Create user">
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <FormField {...fields.email}>
            {(p) => <input type="email" required autoComplete="off" {...p} />}
          </FormField>
          <FormField {...fields.name}>
            {(p) => <input required maxLength={USER_NAME_MAX} autoComplete="off" {...p} />}
          </FormField>
          <FormField {...fields.role}>
            {(p) => (
              <select defaultValue="executive" {...p}>
                <OptionList options={labelled(ROLES, ROLE_LABELS)} />
              </select>
            )}
          </FormField>
          <FormField {...fields.password}>
            {(p) => (
              <input type="password" autoComplete="new-password" maxLength={PASSWORD_MAX} {...p} />
            )}
          </FormField>
        </div>
        {showGeneralError ? <FormError error={mutation.error} /> : null}
        <SubmitRow label="Create user" pending={mutation.isPending} pendingLabel="Creating…" />
      </form>
      {created?.initialPassword ? (
        <SecretBox
          title={`Created ${created.user.email} (${ROLE_LABELS[created.user.role]}). Initial password:`}
          value={created.initialPassword}
          note="Pass it on securely now: it will not be shown again."
          onDismiss={() => setCreated(null)}
        />
      ) : created ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Created {created.user.email} ({ROLE_LABELS[created.user.role]}) with the password you
          chose.
        </p>
      ) : null}
    </FormCard>
  );
}
