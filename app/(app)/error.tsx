"use client";
import { ErrorMessage } from "@/components/shell/error-message";

// A page inside the app failed: the header stays, the page says so without any internals.
// `retry` re-fetches the page from the server and then calls `reset()` to re-render it.
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="py-4">
      <ErrorMessage error={error} onRetry={retry} />
    </div>
  );
}
