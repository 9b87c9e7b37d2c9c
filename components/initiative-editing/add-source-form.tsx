"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { EditPanel } from "@/components/ui/edit-panel";
import { FormField } from "@/components/ui/form-field";
import { OptionList } from "@/components/ui/option-list";
import { FormError, checkWith } from "@/components/ui/form-kit";
import { usePanelForm } from "@/components/ui/use-panel-form";
import { apiFetch } from "@/lib/client/api";
import type { MilestoneView } from "@/lib/views/milestone";
import type { SourceView } from "@/lib/views/source";
import { zNewSource, zSourceLink } from "@/lib/validation/source";
import { putMilestone } from "./milestone-cache";
import { NEW_SOURCE_FIELDS, NewSourceFields } from "./new-source-fields";

type Mode = "existing" | "new";
const pick = (values: Record<string, string>, keys: readonly string[]): Record<string, string> =>
  Object.fromEntries(keys.filter((k) => k in values).map((k) => [k, values[k]]));

export function AddSourceForm({
  slug,
  milestones,
  today,
}: {
  slug: string;
  milestones: { id: string; title: string }[];
  today: string;
}) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>("existing");
  const [sourceId, setSourceId] = useState("");
  const sources = useQuery({
    queryKey: ["sources"],
    queryFn: () => apiFetch<{ sources: SourceView[] }>("/api/sources"),
    enabled: mode === "existing",
  });

  const { id, mutation, field, panel } = usePanelForm({
    send: async (values) => {
      let source = sources.data?.sources.find((s) => s.id === values.sourceId);
      if (mode === "new") {
        const body = pick(values, NEW_SOURCE_FIELDS);
        checkWith(zNewSource(today), body);
        // Check the citation before creating the source, so a bad citation leaves no uncited source behind.
        checkWith(zSourceLink(today), {
          ...pick(values, ["milestoneId", "reason"]),
          sourceId: "new",
        });
        source = await apiFetch<SourceView>("/api/sources", { method: "POST", body });
        await queryClient.invalidateQueries({ queryKey: ["sources"] });
      }
      const link: Record<string, string> = {
        ...pick(values, ["milestoneId", "reason"]),
        sourceId: source?.id ?? values.sourceId ?? "",
      };
      checkWith(zSourceLink(today), link);
      await apiFetch(`/api/initiatives/${slug}/sources`, { method: "POST", body: link });
      if (link.milestoneId)
        putMilestone(
          queryClient,
          slug,
          await apiFetch<MilestoneView>(`/api/milestones/${link.milestoneId}`),
        );
      return source;
    },
    onDone: (source) => {
      setSourceId("");
      return source ? `Cited ${source.key}.` : "Source cited.";
    },
  });
  const error = mutation.error;
  const existing =
    error?.status === 409 ? (error.details.existing as SourceView | undefined) : undefined;
  function citeExisting(source: SourceView) {
    mutation.reset();
    setMode("existing");
    setSourceId(source.id);
  }

  const sourceField = field("sourceId", "Source");
  return (
    <EditPanel
      title="Add source"
      hint="cite a recorded source or record a new one"
      testId="add-source"
      {...panel}
      notice={
        <>
          <FormError error={error} />
          {existing ? (
            <button
              type="button"
              onClick={() => citeExisting(existing)}
              className="rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
            >
              Cite {existing.key} instead
            </button>
          ) : null}
        </>
      }
      submitLabel={mode === "new" ? "Record and cite" : "Cite source"}
      pendingLabel="Saving…"
    >
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">Source</legend>
        {(["existing", "new"] as const).map((m) => (
          <label key={m} htmlFor={`${id}-mode-${m}`} className="flex items-center gap-1.5">
            <input
              id={`${id}-mode-${m}`}
              type="radio"
              name="mode"
              value={m}
              checked={mode === m}
              onChange={() => {
                setMode(m);
                mutation.reset();
              }}
            />
            {m === "existing" ? "Cite a recorded source" : "Record a new source"}
          </label>
        ))}
      </fieldset>
      {mode === "existing" ? (
        <FormField
          {...sourceField}
          error={sourceField.error ?? (sources.error ? "Could not load the sources." : undefined)}
        >
          {(p) => (
            <select {...p} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
              <OptionList
                options={(sources.data?.sources ?? []).map(
                  (s) => [s.id, `${s.key} — ${s.title}`] as const,
                )}
                empty={sources.isLoading ? "Loading…" : "Choose a source"}
              />
            </select>
          )}
        </FormField>
      ) : (
        <NewSourceFields idPrefix={id} error={error} today={today} />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField {...field("milestoneId", "Also cite for milestone")}>
          {(p) => (
            <select defaultValue="" {...p}>
              <OptionList
                options={milestones.map((m) => [m.id, m.title] as const)}
                empty="No milestone, the initiative only"
              />
            </select>
          )}
        </FormField>
        <FormField {...field("reason", "Reason", "Empty records “Cited source …”")}>
          {(p) => <input {...p} />}
        </FormField>
      </div>
    </EditPanel>
  );
}
