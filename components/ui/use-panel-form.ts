"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import type { ApiError } from "@/lib/client/api";
import { fieldPropsFor, formValues } from "./form-kit";

/**
 * An uncontrolled form that sends its values once: on success the form is cleared, the server
 * page refreshed and `onDone`'s message announced. Returns what EditPanel and the fields need.
 */
export function usePanelForm<T>({
  send,
  onDone,
}: {
  send: (values: Record<string, string>) => Promise<T>;
  onDone: (result: T) => string;
}) {
  const router = useRouter();
  const id = useId();
  const [done, setDone] = useState<string | null>(null);
  const mutation = useMutation<
    T,
    ApiError,
    { values: Record<string, string>; form: HTMLFormElement }
  >({
    mutationFn: ({ values }) => send(values),
    onMutate: () => setDone(null),
    onSuccess: (result, { form }) => {
      form.reset();
      setDone(onDone(result));
      router.refresh();
    },
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.mutate({ values: formValues(event.currentTarget), form: event.currentTarget });
  }
  return {
    id,
    mutation,
    field: fieldPropsFor(id, mutation.error),
    panel: { onSubmit, error: mutation.error, pending: mutation.isPending, done },
  };
}
