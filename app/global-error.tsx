"use client";
import { BrandMark } from "@/components/shell/brand-mark";
import { ErrorMessage } from "@/components/shell/error-message";
import "./globals.css";

// The root layout itself failed: a document of its own, branded, with no internals.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <title>Something went wrong · Corridor</title>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-3 text-lg font-semibold tracking-tight text-brand-800">
            <BrandMark className="size-7 shrink-0" />
            Corridor
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-10">
          <ErrorMessage error={error} onRetry={retry} />
        </main>
      </body>
    </html>
  );
}
