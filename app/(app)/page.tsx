import { redirect } from "next/navigation";
import { getPageActor } from "@/lib/http/page-auth";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * One landing page: the overview's figures and initiative cards live on the dashboard, so "/" goes
 * there, keeping any settings in its query. Signing in is checked first, so a visitor goes to
 * sign-in, not through the dashboard.
 */
export default async function HomePage({ searchParams }: Props) {
  await getPageActor("portfolio:read");
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      query.append(key, v);
    }
  }
  const search = query.toString();
  redirect(search ? `/dashboard?${search}` : "/dashboard");
}
