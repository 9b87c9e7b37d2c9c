"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";

const defaultClass =
  "rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-60";

export function SignOutButton({ className = defaultClass }: { className?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await authClient.signOut();
        router.push("/sign-in");
        router.refresh();
      }}
      className={className}
    >
      Sign out
    </button>
  );
}
