import type { ReactNode } from "react";
import { NavigationLoading } from "@/components/shell/navigation-loading";
import { SiteHeader } from "@/components/site-header";
import { getPageActor } from "@/lib/http/page-auth";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const { actor } = await getPageActor("portfolio:read");
  return (
    <>
      <SiteHeader actor={actor} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <NavigationLoading>{children}</NavigationLoading>
      </main>
    </>
  );
}
