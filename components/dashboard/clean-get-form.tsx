"use client";
import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";
import { cleanQuery } from "./clean-query";

type Props = {
  action: string;
  /** Values the page assumes when a field is absent: left out of the URL too. */
  defaults: Record<string, string>;
  label: string;
  className?: string;
  children: ReactNode;
};

/**
 * A GET form whose URL names only what was chosen: empty fields and defaults are dropped. Without
 * JavaScript it submits as a plain GET form and the page drops the empty fields itself.
 */
export function CleanGetForm({ action, defaults, label, className, children }: Props) {
  const router = useRouter();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entries = [...new FormData(event.currentTarget).entries()].flatMap(([key, value]) =>
      typeof value === "string" ? [[key, value] as const] : [],
    );
    const search = cleanQuery(entries, defaults);
    router.push(search ? `${action}?${search}` : action);
  }
  return (
    <form method="get" action={action} aria-label={label} className={className} onSubmit={submit}>
      {children}
    </form>
  );
}
