import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeEventList } from "@/components/history/change-event-list";
import { FieldFilter } from "@/components/history/field-filter";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageSection } from "@/components/ui/page-section";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { initiativeHistory } from "@/lib/server/history";
import { getPageActor } from "@/lib/http/page-auth";
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
    <PageSection
      id="history"
      title="History"
      intro="Every recorded change to this initiative and its milestones, newest first. Nothing here is ever edited or removed."
      before={
        <Breadcrumb
          trail={[
            { href: "/dashboard", label: "Dashboard" },
            { href: `/initiatives/${slug}`, label: history.initiative.title },
          ]}
        />
      }
      aside={<FieldFilter field={parsed.success ? parsed.data.field : undefined} />}
    >
      <ChangeEventList events={history.events} showSubject />
    </PageSection>
  );
}
