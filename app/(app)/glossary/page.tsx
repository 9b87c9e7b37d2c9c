import type { Metadata } from "next";
import Link from "next/link";
import { GLOSSARY } from "@/components/dashboard/glossary-terms";

export const metadata: Metadata = { title: "Glossary" };

// No data of its own: the words are fixed. It renders per request all the same, because every page
// carries that request's script nonce (the Content-Security-Policy refuses scripts without one).
export default function GlossaryPage() {
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Glossary</h1>
        <p className="text-slate-700">
          What the words on the dashboard and the initiative pages mean, and how each figure is
          worked out.{" "}
          <Link href="/dashboard" className="text-brand-700 underline underline-offset-2">
            Back to the dashboard
          </Link>
        </p>
        <nav aria-label="Terms">
          <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {GLOSSARY.map((entry) => (
              <li key={entry.id}>
                <a
                  href={`#${entry.id}`}
                  className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
                >
                  {entry.term}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {GLOSSARY.map((entry) => (
        <section
          key={entry.id}
          id={entry.id}
          aria-labelledby={`${entry.id}-term`}
          className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 target:ring-2 target:ring-brand-600"
        >
          <h2 id={`${entry.id}-term`} className="text-lg font-semibold">
            {entry.term}
          </h2>
          {entry.body.map((paragraph) => (
            <p key={paragraph} className="mt-2 text-slate-800">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
