import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { SignInForm } from "@/components/sign-in-form";
import { EmailAddress } from "@/components/shell/email-address";
import { DEMO_ACCOUNTS } from "@/lib/demo-accounts";
import { getEnv } from "@/lib/env";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { resolveActor } from "@/lib/server/actor";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage() {
  if (await resolveActor(await headers())) redirect("/");
  const { demoMode } = getEnv();
  return (
    <main
      id="main"
      className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10"
    >
      <h1 className="text-2xl font-semibold tracking-tight text-brand-800">Corridor</h1>
      <p className="mt-1 text-sm text-slate-600">
        Progress of the Korea–Singapore FTA upgrade, MOUs and investment agreements launched on 2
        March 2026.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">Sign in</h2>
        <SignInForm />
      </div>
      {demoMode ? (
        <section
          aria-labelledby="demo-title"
          className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm"
        >
          <h2 id="demo-title" className="font-semibold text-brand-800">
            Demo accounts (embedded database only)
          </h2>
          <table className="mt-2 w-full text-left">
            <caption className="sr-only">Demo accounts and their passwords</caption>
            <thead>
              <tr className="text-slate-600">
                {["Role", "Email", "Password"].map((label) => (
                  <th key={label} scope="col" className="py-1 font-medium">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {DEMO_ACCOUNTS.map((a) => (
                <tr key={a.email}>
                  <td className="py-1 pr-3 align-top">{ROLE_LABELS[a.role]}</td>
                  <td className="py-1 pr-3 align-top font-mono text-xs">
                    <EmailAddress email={a.email} />
                  </td>
                  <td className="py-1 align-top font-mono text-xs">{a.password}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </main>
  );
}
