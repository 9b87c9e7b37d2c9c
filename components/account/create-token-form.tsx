"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { apiFetch } from "@/lib/client/api";
import type { CreatedApiToken } from "@/lib/views/token";
import { FormCard } from "@/components/ui/form-card";
import { FormField } from "@/components/ui/form-field";
import { TOKEN_NAME_MAX } from "@/lib/validation/users";
import { FormError, SubmitRow, fieldPropsFor } from "@/components/ui/form-kit";
import { SecretBox } from "./secret-box";

export function CreateTokenForm() {
  const router = useRouter();
  const id = useId();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const mutation = useMutation({
    mutationFn: (name: string) =>
      apiFetch<CreatedApiToken>("/api/tokens", {
        method: "POST",
        body: { name },
      }),
    onSuccess: (result) => {
      setCreated({ name: result.apiToken.name, token: result.token });
      router.refresh();
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setCreated(null);
    mutation.mutate(String(new FormData(form).get("name") ?? ""), {
      onSuccess: () => form.reset(),
    });
  }

  const name = fieldPropsFor(id, mutation.error)(
    "name",
    "Token name",
    "What or where it is used, e.g. “reporting script”.",
  );
  return (
    <FormCard id={id} title="Create a token">
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <div className="min-w-0 flex-1 basis-56">
          <FormField {...name}>
            {(p) => <input required maxLength={TOKEN_NAME_MAX} autoComplete="off" {...p} />}
          </FormField>
        </div>
        <SubmitRow
          label="Create token"
          pending={mutation.isPending}
          pendingLabel="Creating…"
          className="mt-5"
        />
      </form>
      {name.error ? null : <FormError error={mutation.error} />}
      {created ? (
        <SecretBox
          title={`Your new token “${created.name}”`}
          value={created.token}
          note="Copy it now: it will not be shown again. Send it as Authorization: Bearer <token>; it acts with your role."
          onDismiss={() => setCreated(null)}
        />
      ) : null}
    </FormCard>
  );
}
