import { describe, expect, it } from "vitest";
import { isCurrentPath } from "../../components/shell/current-path";

describe("isCurrentPath: which main-navigation link is the current page", () => {
  const portfolio = { href: "/", also: ["/initiatives"] };
  const users = { href: "/admin/users" };

  it("matches the overview only on itself and on the pages listed beside it", () => {
    expect(
      ["/", "/initiatives/mou-quantum", "/initiatives/mou-quantum/history", "/dashboard"].map((p) =>
        isCurrentPath(p, portfolio),
      ),
    ).toEqual([true, true, true, false]);
  });

  it("matches a page and the pages below it, not a longer name that starts the same", () => {
    expect(
      ["/admin/users", "/admin/users/", "/admin/users/42", "/admin/usersx", "/admin", "/"].map(
        (p) => isCurrentPath(p, users),
      ),
    ).toEqual([true, true, true, false, false, false]);
  });

  it("does not take /initiativesx for an initiative", () => {
    expect(isCurrentPath("/initiativesx", portfolio)).toBe(false);
  });
});
