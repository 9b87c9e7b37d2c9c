import type { Metadata } from "next";
import { headers } from "next/headers";
import { NotFoundMessage } from "@/components/shell/not-found-message";
import { PublicHeader } from "@/components/shell/public-header";
import { SiteHeader } from "@/components/site-header";
import { resolveActor } from "@/lib/server/actor";

export const metadata: Metadata = { title: "Not found" };

// An address that matches no route: the app's header for whoever is signed in, a plain one otherwise.
export default async function NotFound() {
  const actor = await resolveActor(await headers()).catch(() => null);
  return (
    <>
      {actor ? <SiteHeader actor={actor} /> : <PublicHeader />}
      <main id="main" className="mx-auto max-w-6xl px-4 py-10">
        <NotFoundMessage />
      </main>
    </>
  );
}
