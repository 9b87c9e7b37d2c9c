"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { ErrorMessage, primaryButtonClass } from "@/components/account/form-parts";
import { FormField, describedBy, inputClass } from "@/components/ui/form-field";
import { SecretBox } from "@/components/account/secret-box";
import { apiFetch, fieldMessage } from "@/lib/client/api";
import { ROLES } from "@/lib/domain/types";
import { ROLE_LABELS } from "@/lib/format";
import type { UserView } from "@/lib/server/users";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/users";

type Created = { user: UserView; initialPassword?: string };

export function CreateUserForm() {
  const router = useRouter();
  const id = useId();
  const [created, setCreated] = useState<Created | null>(null);
  const mutation = useMutation({
    mutationFn: (body: Record<string, string>) =>
      apiFetch<Created>("/api/users", { method: "POST", body }),
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

  const errors = {
    email: fieldMessage(mutation.error, "email"),
    name: fieldMessage(mutation.error, "name"),
    role: fieldMessage(mutation.error, "role"),
    password: fieldMessage(mutation.error, "password"),
  };
  const passwordHint = `Optional. Leave blank to generate a strong one, shown once. At least ${MIN_PASSWORD_LENGTH} characters.`;
  const showGeneralError = mutation.error && !Object.values(errors).some(Boolean);

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={`${id}-title`} className="font-semibold">
        Create user
      </h2>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <FormField id={`${id}-email`} label="Email" error={errors.email}>
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              required
              autoComplete="off"
              className={inputClass}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedBy(`${id}-email`, errors.email)}
            />
          </FormField>
          <FormField id={`${id}-name`} label="Name" error={errors.name}>
            <input
              id={`${id}-name`}
              name="name"
              required
              maxLength={120}
              autoComplete="off"
              className={inputClass}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy(`${id}-name`, errors.name)}
            />
          </FormField>
          <FormField id={`${id}-role`} label="Role" error={errors.role}>
            <select
              id={`${id}-role`}
              name="role"
              defaultValue="executive"
              className={inputClass}
              aria-invalid={errors.role ? true : undefined}
              aria-describedby={describedBy(`${id}-role`, errors.role)}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            id={`${id}-password`}
            label="Password"
            error={errors.password}
            hint={passwordHint}
          >
            <input
              id={`${id}-password`}
              name="password"
              type="password"
              autoComplete="new-password"
              maxLength={128}
              className={inputClass}
              aria-invalid={errors.password ? true : undefined}
              aria-describedby={describedBy(`${id}-password`, errors.password, passwordHint)}
            />
          </FormField>
        </div>
        {showGeneralError ? <ErrorMessage error={mutation.error} /> : null}
        <button type="submit" disabled={mutation.isPending} className={primaryButtonClass}>
          {mutation.isPending ? "Creating…" : "Create user"}
        </button>
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
    </section>
  );
}
