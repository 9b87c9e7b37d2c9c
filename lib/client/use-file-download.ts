"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { downloadFile } from "./download-file";

/** Where one download stands; `what` names the file in words ("PDF", "workbook"). */
export type FileDownloadState =
  | { phase: "idle" }
  | { phase: "preparing"; what: string }
  | { phase: "receiving"; what: string; received: number; total: number | null }
  | { phase: "saved"; what: string; fileName: string }
  | { phase: "failed"; what: string; message: string };

/** One download at a time, with its progress in words; a new one or leaving the page cancels it. */
export function useFileDownload() {
  const [state, setState] = useState<FileDownloadState>({ phase: "idle" });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(async (href: string, what: string) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ phase: "preparing", what });
    try {
      const { fileName } = await downloadFile(
        href,
        ({ received, total }) => setState({ phase: "receiving", what, received, total }),
        controller.signal,
      );
      setState({ phase: "saved", what, fileName });
    } catch (error) {
      if (controller.signal.aborted) return;
      const message =
        error instanceof Error && error.message !== "Failed to fetch"
          ? error.message
          : "The server could not be reached; check the connection and try again.";
      setState({ phase: "failed", what, message });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }, []);

  const busy = state.phase === "preparing" || state.phase === "receiving";
  return { state, start, busy };
}

/** The state as a sentence: "Preparing PDF…", "Downloading PDF… 40%", "PDF saved as …". */
export function describeDownload(state: FileDownloadState): string {
  switch (state.phase) {
    case "idle":
    case "failed":
      return "";
    case "preparing":
      return `Preparing ${state.what}…`;
    case "receiving":
      return state.total
        ? `Downloading ${state.what}… ${Math.min(100, Math.round((state.received / state.total) * 100))}%`
        : `Downloading ${state.what}… ${formatBytes(state.received)}`;
    case "saved":
      return `${capitalise(state.what)} saved as ${state.fileName}.`;
  }
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
