"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ImportPreview, ImportResult } from "@/lib/views/import";
import type { ApiError } from "./api";
import { uploadCsv, type UploadProgress } from "./upload-csv";

/**
 * The two steps of a CSV import: `preview` checks the file and lists its changes without writing;
 * `commit` sends the same file again and writes it. `progress` follows whichever upload is running.
 */
export function useMilestoneImport() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const preview = useMutation<ImportPreview, ApiError, File>({
    mutationFn: (file) => uploadCsv("/api/import/milestones/preview", file, setProgress),
    onSettled: () => setProgress(null),
  });
  const commit = useMutation<ImportResult, ApiError, File>({
    mutationFn: (file) => uploadCsv("/api/import/milestones", file, setProgress),
    onSuccess: () => queryClient.invalidateQueries(),
    onSettled: () => setProgress(null),
  });
  return { preview, commit, progress };
}
