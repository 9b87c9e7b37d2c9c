import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InitiativeSummary } from "@/components/initiative/initiative-summary";
import { KeyFacts } from "@/components/initiative/key-facts";
import { MilestoneTable } from "@/components/initiative/milestone-table";
import { RecordNotes } from "@/components/initiative/record-notes";
import { SectionAnchor } from "@/components/initiative/section-anchor";
import { SectionNav } from "@/components/initiative/section-nav";
import { SourceList } from "@/components/initiative/source-list";
import { StatusUpdates } from "@/components/initiative/status-updates";
import { UnsourcedBadge } from "@/components/initiative/unsourced-badge";
import { AddMilestoneForm } from "@/components/initiative-editing/add-milestone-form";
import { AddSourceForm } from "@/components/initiative-editing/add-source-form";
import { EditInitiativePanel } from "@/components/initiative-editing/edit-initiative-panel";
import { PostStatusUpdate } from "@/components/initiative-editing/post-status-update";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getPrisma } from "@/lib/db/client";
import { formatDay } from "@/lib/domain/dates";
import { KIND_LABELS, LIFECYCLE_LABELS } from "@/lib/domain/labels";
import { AppError } from "@/lib/errors";
import { getPageActor } from "@/lib/http/page-auth";
import { can } from "@/lib/auth/permissions";
import { AsOfBar } from "@/components/as-of-bar";
import { ReportActions } from "@/components/reports/report-actions";
import { getInitiativeView } from "@/lib/server/initiative-as-of";
import { getToday } from "@/lib/server/today";
import { readAsOfView, type AsOfView } from "@/lib/validation/as-of-view";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

async function load(slug: string, today: string, view: AsOfView) {
  try {
    return await getInitiativeView(getPrisma(), slug, today, view);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await getPageActor("portfolio:read");
  const { slug } = await params;
  const initiative = await getPrisma().initiative.findUnique({
    where: { slug },
    select: { title: true },
  });
  return { title: initiative?.title ?? "Initiative" };
}

export default async function InitiativePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const today = getToday();
  const { actor } = await getPageActor("portfolio:read");
  const view = readAsOfView(await searchParams, today);
  const i = await load(slug, today, view);
  // The past is read-only: every change is recorded against today.
  const may = (permission: Parameters<typeof can>[1]) => !view.asOf && can(actor.role, permission);
  const canEdit = may("milestone:write");
  const sections = [
    { id: "summary", label: "Summary" },
    { id: "milestones", label: "Milestones" },
    { id: "updates", label: "Updates" },
    { id: "sources", label: "Sources" },
    ...(i.recordNotes.length ? [{ id: "record-notes", label: "Record notes" }] : []),
    { id: "history", label: "History" },
  ];
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <Breadcrumb trail={[{ href: "/dashboard", label: "Dashboard" }]} />
        <AsOfBar
          path={`/initiatives/${i.slug}`}
          asOf={view.asOf}
          basis={view.basis}
          today={today}
        />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
              {KIND_LABELS[i.kind]} · {LIFECYCLE_LABELS[i.lifecycleStatus]}
              {i.unsourced.lifecycleStatus ? (
                <>
                  {" "}
                  <UnsourcedBadge what="lifecycle status" />
                </>
              ) : null}{" "}
              · launched {formatDay(i.launchDate)}
            </p>
            <h1 className="mt-1 text-2xl font-semibold tracking-tight break-words">{i.title}</h1>
          </div>
          <div className="flex flex-wrap items-start gap-3">
            {may("update:write") ? (
              <PostStatusUpdate slug={i.slug} health={i.health} today={today} />
            ) : null}
            <ReportActions
              asOf={view.asOf ?? today}
              basis={view.basis}
              filters={{}}
              initiativeSlug={i.slug}
              scopeLabel={i.title}
              canPublish={can(actor.role, "report:publish")}
            />
          </div>
        </div>
        <p className="max-w-3xl text-slate-700">{i.summary}</p>
        {i.focusAreas.length ? (
          <ul className="flex flex-wrap gap-2" aria-label="Focus areas">
            {i.focusAreas.map((area) => (
              <li
                key={area}
                className="rounded-full bg-white px-2.5 py-0.5 text-xs text-slate-700 ring-1 ring-slate-300"
              >
                {area}
              </li>
            ))}
          </ul>
        ) : null}
      </header>

      <SectionNav sections={sections} />

      <SectionAnchor id="summary">
        <section aria-labelledby="summary-title" className="space-y-4">
          <h2 id="summary-title" className="text-lg font-semibold">
            Summary
          </h2>
          <InitiativeSummary initiative={i} asOf={view.asOf ?? today} />
          <KeyFacts initiative={i} />
        </section>
        {may("initiative:write") ? (
          <EditInitiativePanel
            initiative={{
              slug: i.slug,
              version: i.version,
              lifecycleStatus: i.lifecycleStatus,
              health: i.health,
              summary: i.summary,
              target: i.target,
            }}
            today={today}
          />
        ) : null}
      </SectionAnchor>
      <SectionAnchor id="milestones">
        <MilestoneTable
          initiativeSlug={i.slug}
          milestones={i.milestones}
          canEdit={canEdit}
          today={view.asOf ?? today}
          asOfKey={view.asOf ? `${view.asOf}:${view.basis}` : null}
        />
        {canEdit ? (
          <AddMilestoneForm
            slug={i.slug}
            workstreams={i.workstreams.map((w) => w.name)}
            today={today}
          />
        ) : null}
      </SectionAnchor>
      <SectionAnchor id="updates">
        <StatusUpdates updates={i.statusUpdates} />
      </SectionAnchor>
      <SectionAnchor id="sources">
        <SourceList sources={i.sources} />
        {may("source:write") ? (
          <AddSourceForm
            slug={i.slug}
            milestones={i.milestones.map((m) => ({ id: m.id, title: m.title }))}
            today={today}
          />
        ) : null}
      </SectionAnchor>
      {i.recordNotes.length ? (
        <SectionAnchor id="record-notes">
          <RecordNotes notes={i.recordNotes} />
        </SectionAnchor>
      ) : null}
      <SectionAnchor id="history">
        <section aria-labelledby="history-title" className="space-y-2">
          <h2 id="history-title" className="text-lg font-semibold">
            History
          </h2>
          <p className="text-sm text-slate-700">
            Every change to this initiative and its milestones is recorded, with who made it, when
            it took effect, why and on what evidence; nothing is ever edited or removed. A
            milestone&apos;s own history opens from its row.
          </p>
          <Link
            href={`/initiatives/${i.slug}/history`}
            className="inline-flex min-h-6 items-center text-sm text-brand-700 underline underline-offset-2"
          >
            Full history of {i.title}
          </Link>
        </section>
      </SectionAnchor>
    </article>
  );
}
