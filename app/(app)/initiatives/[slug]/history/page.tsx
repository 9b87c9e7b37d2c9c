import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangeEventList } from "@/components/history/change-event-list";
import { FieldFilter } from "@/components/history/field-filter";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { initiativeHistory } from "@/lib/server/history";
import { getPageActor } from "@/lib/server/page-auth";
import { ZHistoryQuery } from "@/lib/validation/history";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ field?: string }> };

export default async function InitiativeHistoryPage({ params, searchParams }: Props) {
  await getPageActor("portfolio:read");
  const { slug } = await params;
  const parsed = ZHistoryQuery.safeParse({ field: (await searchParams).field || undefined });
  const query = parsed.success ? parsed.data : { limit: 200 };
  let history;
  try {
    history = await initiativeHistory(getPrisma(), slug, { ...query, limit: 500 });
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
  return (
    <section aria-labelledby="history-title" className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/" className="hover:underline">
          Portfolio
        </Link>{" "}
        /{" "}
        <Link href={`/initiatives/${slug}`} className="hover:underline">
          {history.initiative.title}
        </Link>{" "}
        /
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="history-title" className="text-2xl font-semibold tracking-tight">
            History
          </h1>
          <p className="text-sm text-slate-600">
            Every recorded change to this initiative and its milestones, newest first. Nothing here
            is ever edited or removed.
          </p>
        </div>
        <FieldFilter field={parsed.success ? parsed.data.field : undefined} />
      </div>
      <ChangeEventList events={history.events} showSubject />
    </section>
  );
}
