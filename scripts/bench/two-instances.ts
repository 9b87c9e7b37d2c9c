// Two app servers on one database: a milestone PATCH sent to the first must show in the second's
// answers on its very next request (the milestone, GET /api/portfolio and the dashboard), with no
// wait. The second instance reads everything first, so that any cache it keeps is warm and stale.
import type { AppServer } from "./server";

export type TwoInstanceCheck = {
  milestoneId: string;
  versionWritten: number | null;
  versionSeenBySecond: number | null;
  /** null: the answer differs between two reads with no write between (not comparable). */
  portfolioChanged: boolean | null;
  dashboardChanged: boolean | null;
  ok: boolean;
  detail: string;
};

type MilestoneView = { version: number; percentComplete: number };

async function read(base: string, path: string, token: string): Promise<string> {
  const res = await fetch(base + path, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(120_000),
  });
  if (!res.ok) throw new Error(`GET ${path} on ${base} answered ${res.status}`);
  // Every page carries a fresh script nonce (in its tags and its payload): left out, so that only
  // the content is compared.
  const text = await res.text();
  const nonce = /nonce="([^"]+)"/.exec(text)?.[1];
  return nonce ? text.replaceAll(nonce, "") : text;
}

/** Two reads before the write, one after: changed, unchanged, or null when not comparable. */
async function changedBy(write: () => Promise<void>, readIt: () => Promise<string>) {
  const a = await readIt();
  const b = await readIt();
  await write();
  const after = await readIt();
  return a === b ? after !== b : null;
}

export async function checkTwoInstances(
  first: AppServer,
  second: AppServer,
  token: string,
  milestoneId: string,
): Promise<TwoInstanceCheck> {
  const path = `/api/milestones/${encodeURIComponent(milestoneId)}`;
  const before = JSON.parse(await read(second.base, path, token)) as MilestoneView;
  let status = 0;
  let written = null as MilestoneView | null;
  // A change large enough to move the initiative's rounded progress on the dashboard; the second
  // write puts the percentage back.
  const percentComplete =
    before.percentComplete < 50 ? before.percentComplete + 50 : before.percentComplete - 50;
  const write = async () => {
    const res = await fetch(first.base + path, {
      method: "PATCH",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        version: written?.version ?? before.version,
        status: "in_progress",
        percentComplete: written ? before.percentComplete : percentComplete,
        reason: "Benchmark: two instances on one database",
      }),
    });
    status = res.status;
    written = res.ok ? ((await res.json()) as MilestoneView) : null;
  };
  // One write per comparison, each read on the second instance right after.
  const portfolioChanged = await changedBy(write, () => read(second.base, "/api/portfolio", token));
  const dashboardChanged = written
    ? await changedBy(write, () => read(second.base, "/dashboard", token))
    : null;
  const seen = written
    ? (JSON.parse(await read(second.base, path, token)) as MilestoneView).version
    : null;
  const last = written;
  const ok =
    !!last && seen === last.version && portfolioChanged !== false && dashboardChanged !== false;
  const verdict = (changed: boolean | null) =>
    changed === null ? "varies between reads (not compared)" : changed ? "changed" : "UNCHANGED";
  return {
    milestoneId,
    versionWritten: last?.version ?? null,
    versionSeenBySecond: seen,
    portfolioChanged,
    dashboardChanged,
    ok,
    detail: !last
      ? `the PATCH on :${first.port} answered ${status}`
      : `PATCHes on :${first.port}; on :${second.port} right after: GET /api/portfolio ${verdict(portfolioChanged)}, /dashboard ${verdict(dashboardChanged)}, the milestone at version ${seen} (written: ${last.version})`,
  };
}
