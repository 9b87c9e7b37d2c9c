"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FormField, describedBy, inputClass } from "@/components/ui/form-field";
import { ApiError, apiFetch, fieldMessage } from "@/lib/client/api";
import type { MilestoneView, SourceView } from "@/lib/server/portfolio";
import { zNewSource, zSourceLink } from "@/lib/validation/source";
import { EditPanel, FormError, SubmitRow, checkWith, formValues } from "./form-kit";
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
  const router = useRouter();
  const queryClient = useQueryClient();
  const id = useId();
  const [mode, setMode] = useState<Mode>("existing");
  const [sourceId, setSourceId] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const sources = useQuery({
    queryKey: ["sources"],
    queryFn: () => apiFetch<{ sources: SourceView[] }>("/api/sources"),
    enabled: mode === "existing",
  });

  const mutation = useMutation<
    SourceView | undefined,
    ApiError,
    { values: Record<string, string>; form: HTMLFormElement }
  >({
    mutationFn: async ({ values }) => {
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
    onMutate: () => setDone(null),
    onSuccess: (source, { form }) => {
      form.reset();
      setSourceId("");
      setDone(source ? `Cited ${source.key}.` : "Source cited.");
      router.refresh();
    },
  });
  const error = mutation.error;
  const existing =
    error?.status === 409 ? (error.details.existing as SourceView | undefined) : undefined;
  const field = (name: string) => ({ id: `${id}-${name}`, message: fieldMessage(error, name) });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.mutate({ values: formValues(event.currentTarget), form: event.currentTarget });
  }
  function citeExisting(source: SourceView) {
    mutation.reset();
    setMode("existing");
    setSourceId(source.id);
  }

  const src = field("sourceId");
  const ms = field("milestoneId");
  const reason = field("reason");
  return (
    <EditPanel
      title="Add source"
      hint="cite a recorded source or record a new one"
      testId="add-source"
    >
      <form onSubmit={onSubmit} className="space-y-3" aria-label="Add source" noValidate>
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
            id={src.id}
            label="Source"
            error={src.message ?? (sources.error ? "Could not load the sources." : undefined)}
          >
            <select
              id={src.id}
              name="sourceId"
              value={sourceId}
              onChange={(e) => setSourceId(e.target.value)}
              className={inputClass}
              aria-invalid={!!src.message}
              aria-describedby={describedBy(src.id, src.message)}
            >
              <option value="">{sources.isLoading ? "Loading…" : "Choose a source"}</option>
              {sources.data?.sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.key} — {s.title}
                </option>
              ))}
            </select>
          </FormField>
        ) : (
          <NewSourceFields idPrefix={id} error={error} today={today} />
        )}
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField id={ms.id} label="Also cite for milestone" error={ms.message}>
            <select
              id={ms.id}
              name="milestoneId"
              defaultValue=""
              className={inputClass}
              aria-invalid={!!ms.message}
              aria-describedby={describedBy(ms.id, ms.message)}
            >
              <option value="">No milestone, the initiative only</option>
              {milestones.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            id={reason.id}
            label="Reason"
            error={reason.message}
            hint="Empty records “Cited source …”"
          >
            <input
              id={reason.id}
              name="reason"
              className={inputClass}
              aria-invalid={!!reason.message}
              aria-describedby={describedBy(
                reason.id,
                reason.message,
                "Empty records “Cited source …”",
              )}
            />
          </FormField>
        </div>
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
        <SubmitRow
          pending={mutation.isPending}
          label={mode === "new" ? "Record and cite" : "Cite source"}
          pendingLabel="Saving…"
          done={done}
        />
      </form>
    </EditPanel>
  );
}
