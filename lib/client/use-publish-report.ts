"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { PublishedReportView } from "@/lib/views/report";
import { apiFetch, type ApiError } from "./api";

/** Publishes a report (`POST /api/reports`); the page then re-renders so the archive lists it. */
export function usePublishReport() {
  const router = useRouter();
  return useMutation<PublishedReportView, ApiError, Record<string, unknown>>({
    mutationFn: (body) => apiFetch<PublishedReportView>("/api/reports", { method: "POST", body }),
    onSuccess: () => router.refresh(),
  });
}
