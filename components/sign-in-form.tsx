"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitRow } from "@/components/ui/form-kit";
import { authClient } from "@/lib/auth/client";

const labelClass = "block text-sm font-medium text-slate-800";
const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600";

export function SignInForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setPending(false);
    if (failure) {
      setError(
        failure.status === 429
          ? "Too many sign-in attempts. Wait a minute and try again."
          : (failure.message ?? "Sign-in failed."),
      );
      return;
    }
    router.push("/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <FormField id="email" name="email" label="Email" labelClassName={labelClass}>
        {(p) => (
          <input type="email" autoComplete="username" required {...p} className={inputClass} />
        )}
      </FormField>
      <FormField id="password" name="password" label="Password" labelClassName={labelClass}>
        {(p) => (
          <input
            type="password"
            autoComplete="current-password"
            required
            {...p}
            className={inputClass}
          />
        )}
      </FormField>
      {error ? <Alert>{error}</Alert> : null}
      <SubmitRow label="Sign in" pending={pending} pendingLabel="Signing in…" wide />
    </form>
  );
}
