import type { Metadata } from "next";
import { SEARCH_FIELD_HINT, SearchField } from "@/components/shell/search-field";
import { Alert } from "@/components/ui/alert";
import { PageSection } from "@/components/ui/page-section";
import { getPrisma } from "@/lib/db/client";
import { getPageActor } from "@/lib/http/page-auth";
import { searchPortfolio } from "@/lib/server/search";
import { ZSearchText } from "@/lib/validation/search";
import { SearchResultsList } from "./search-results";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  await getPageActor("portfolio:read");
  const raw = (await searchParams).q;
  const typed = typeof raw === "string" ? raw : "";
  const parsed = typed.trim() ? ZSearchText.safeParse(typed) : null;
  const results = parsed?.success ? await searchPortfolio(getPrisma(), parsed.data) : null;
  const found = results
    ? results.initiatives.total +
      results.milestones.total +
      results.statusUpdates.total +
      results.sources.total
    : 0;
  return (
    <PageSection id="search" title="Search" intro={`${SEARCH_FIELD_HINT} containing your words.`}>
      <div className="max-w-2xl">
        <SearchField id="search-page-q" label="Search the portfolio" defaultValue={typed.trim()} />
      </div>
      {parsed && !parsed.success ? (
        <Alert>{parsed.error.issues.map((issue) => issue.message).join(" ")}</Alert>
      ) : null}
      {results ? (
        <>
          <p className="text-sm text-slate-700" data-testid="search-summary">
            {found === 0
              ? `Nothing matches “${results.q}”.`
              : `${found.toLocaleString("en")} ${found === 1 ? "match" : "matches"} for “${results.q}”.`}
          </p>
          <SearchResultsList results={results} />
        </>
      ) : null}
    </PageSection>
  );
}
