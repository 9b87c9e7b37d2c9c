import { describe, expect, it } from "vitest";
import { pageNavigationTarget, type LinkClick } from "@/components/shell/link-navigation";

const here = new URL("http://127.0.0.1:3000/dashboard?asOf=2026-09-30");
const click = (over: Partial<LinkClick>): LinkClick => ({
  button: 0,
  modified: false,
  href: "/initiatives/mou-quantum",
  target: "",
  download: false,
  ...over,
});

describe("which link clicks start a page navigation (and show the loading page)", () => {
  it("a plain click on a link to another page of the app", () => {
    expect(pageNavigationTarget(click({}), here)).toBe("/initiatives/mou-quantum");
    expect(pageNavigationTarget(click({ href: "http://127.0.0.1:3000/audit?page=2" }), here)).toBe(
      "/audit?page=2",
    );
    expect(pageNavigationTarget(click({ href: "/dashboard?asOf=2026-06-30" }), here)).toBe(
      "/dashboard?asOf=2026-06-30",
    );
  });

  it("not a new tab, a modified or middle click, or a download", () => {
    expect(pageNavigationTarget(click({ target: "_blank" }), here)).toBeNull();
    expect(pageNavigationTarget(click({ modified: true }), here)).toBeNull();
    expect(pageNavigationTarget(click({ button: 1 }), here)).toBeNull();
    expect(pageNavigationTarget(click({ download: true }), here)).toBeNull();
    expect(pageNavigationTarget(click({ href: "/api/reports/status.pdf" }), here)).toBeNull();
  });

  it("not another site, and not a link within the current page", () => {
    expect(pageNavigationTarget(click({ href: "https://www.mti.gov.sg/" }), here)).toBeNull();
    expect(
      pageNavigationTarget(click({ href: "/dashboard?asOf=2026-09-30#timeline" }), here),
    ).toBeNull();
    expect(pageNavigationTarget(click({ href: "#timeline" }), here)).toBeNull();
  });
});
