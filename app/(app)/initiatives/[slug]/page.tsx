import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MilestoneTable } from "@/components/initiative/milestone-table";
import { RecordNotes, recordNoteAnchor } from "@/components/initiative/record-notes";
import { SourceList } from "@/components/initiative/source-list";
import { StatusUpdates } from "@/components/initiative/status-updates";
import { UnsourcedBadge } from "@/components/initiative/unsourced-badge";
import { AddMilestoneForm } from "@/components/initiative-editing/add-milestone-form";
import { AddSourceForm } from "@/components/initiative-editing/add-source-form";
import { EditInitiativePanel } from "@/components/initiative-editing/edit-initiative-panel";
import { StatusUpdateForm } from "@/components/initiative-editing/status-update-form";
import { HealthBadge } from "@/components/ui/badges";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { EvidenceKey } from "@/components/ui/evidence-key";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getPrisma } from "@/lib/db/client";
import { formatDay } from "@/lib/domain/dates";
import { describeAssumedShare } from "@/lib/domain/evidence";
import { KIND_LABELS, LIFECYCLE_LABELS } from "@/lib/domain/labels";
import { AppError } from "@/lib/errors";
import { getPageActor } from "@/lib/http/page-auth";
import { can } from "@/lib/auth/permissions";
import { AsOfBar } from "@/components/as-of-bar";
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
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <Breadcrumb trail={[{ href: "/", label: "Portfolio" }]} />
        <AsOfBar
          path={`/initiatives/${i.slug}`}
          asOf={view.asOf}
          basis={view.basis}
          today={today}
        />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
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
            <h1 className="mt-1 text-2xl font-semibold tracking-tight">{i.title}</h1>
          </div>
          <div className="flex items-center gap-3">
            <HealthBadge health={i.health} />
            {i.unsourced.health ? <UnsourcedBadge what="health" /> : null}
            <Link
              href={`/initiatives/${i.slug}/history`}
              className="text-sm text-brand-700 underline"
            >
              Full history
            </Link>
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

      <section aria-labelledby="facts-title" className="grid gap-4 md:grid-cols-3">
        <h2 id="facts-title" className="sr-only">
          Key facts
        </h2>
        <Card title="Lead agencies">
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="text-xs text-slate-600">Korea</dt>
              <dd>{i.leads.korea.join("; ") || "—"}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-600">Singapore</dt>
              <dd>{i.leads.singapore.join("; ") || "—"}</dd>
            </div>
          </dl>
        </Card>
        <Card title={`Target window: ${i.target.describedAs}`}>
          <p className="text-sm">
            {formatDay(i.target.start)} – {formatDay(i.target.end)}
          </p>
          <p className="mt-1 text-xs text-slate-700" data-testid="target-kind">
            {i.target.kind === "official_commitment"
              ? "An official commitment, from its cited source."
              : "An expectation from outside, not a commitment by either government: passing it alone never makes the initiative off track."}
            {i.target.recordNoteId ? (
              <>
                {" "}
                <a className="underline" href={`#${recordNoteAnchor(i.target.recordNoteId)}`}>
                  What the record says about it
                </a>
                .
              </>
            ) : null}
          </p>
          <p className="mt-1 text-xs text-slate-600">
            {i.target.source ? (
              <>
                Source:{" "}
                <a className="underline" href={i.target.source.url}>
                  {i.target.source.title}
                </a>
                .{" "}
              </>
            ) : null}
            {i.target.note}
          </p>
        </Card>
        <Card title="Progress">
          <ProgressBar
            actual={i.progress}
            evidenced={i.evidencedProgress}
            expected={i.expectedProgress}
            label={`${i.title} progress`}
          />
          <p className="mt-2 text-xs text-slate-700" data-testid="assumed-share">
            {describeAssumedShare(i)}
          </p>
          <EvidenceKey className="mt-2" />
          <p className="mt-2 text-xs text-slate-600">
            Owner: {i.owner}. Expected share is milestone weight whose baseline date has passed.
          </p>
        </Card>
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
      <RecordNotes notes={i.recordNotes} />
      <MilestoneTable
        initiativeSlug={i.slug}
        milestones={i.milestones}
        canEdit={canEdit}
        asOfKey={view.asOf ? `${view.asOf}:${view.basis}` : null}
      />
      {canEdit ? (
        <AddMilestoneForm
          slug={i.slug}
          workstreams={i.workstreams.map((w) => w.name)}
          today={today}
        />
      ) : null}
      <StatusUpdates updates={i.statusUpdates} />
      {may("update:write") ? (
        <StatusUpdateForm slug={i.slug} health={i.health} today={today} />
      ) : null}
      <SourceList sources={i.sources} />
      {may("source:write") ? (
        <AddSourceForm
          slug={i.slug}
          milestones={i.milestones.map((m) => ({ id: m.id, title: m.title }))}
          today={today}
        />
      ) : null}
    </article>
  );
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="mb-2 text-sm font-semibold text-slate-800">{title}</h3>
      {children}
    </div>
  );
}
