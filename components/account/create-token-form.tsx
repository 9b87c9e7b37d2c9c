"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { apiFetch, fieldMessage } from "@/lib/client/api";
import type { ApiTokenView } from "@/lib/server/api-tokens";
import { ErrorMessage, primaryButtonClass } from "./form-parts";
import { FormField, describedBy, inputClass } from "@/components/ui/form-field";
import { SecretBox } from "./secret-box";

export function CreateTokenForm() {
  const router = useRouter();
  const id = useId();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const mutation = useMutation({
    mutationFn: (name: string) =>
      apiFetch<{ token: string; apiToken: ApiTokenView }>("/api/tokens", {
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

  const nameError = fieldMessage(mutation.error, "name");
  const hint = "What or where it is used, e.g. “reporting script”.";
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={`${id}-title`} className="font-semibold">
        Create a token
      </h2>
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <div className="min-w-0 flex-1 basis-56">
          <FormField id={`${id}-name`} label="Token name" error={nameError} hint={hint}>
            <input
              id={`${id}-name`}
              name="name"
              required
              maxLength={80}
              autoComplete="off"
              className={inputClass}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={describedBy(`${id}-name`, nameError, hint)}
            />
          </FormField>
        </div>
        <button
          type="submit"
          disabled={mutation.isPending}
          className={`${primaryButtonClass} mt-5`}
        >
          {mutation.isPending ? "Creating…" : "Create token"}
        </button>
      </form>
      {mutation.error && !nameError ? <ErrorMessage error={mutation.error} /> : null}
      {created ? (
        <SecretBox
          title={`Your new token “${created.name}”`}
          value={created.token}
          note="Copy it now: it will not be shown again. Send it as Authorization: Bearer <token>; it acts with your role."
          onDismiss={() => setCreated(null)}
        />
      ) : null}
    </section>
  );
}
