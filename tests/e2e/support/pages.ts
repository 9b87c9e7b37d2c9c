/** Who may see a page: everyone signed in, the roles named, or the special cases below. */
export type PageRule = "sign-in" | "signed-in" | "to-dashboard" | ("admin" | "analyst")[];

/**
 * Who may open each page. page-access.spec.ts walks app/ on disk, so a page added without a line
 * here fails it; every-page.spec.ts visits each one as each role allowed. "signed-in" pages are
 * for every role; the others name the roles allowed. The sign-in page sends whoever is signed in
 * on to the overview; "/" sends them on to the dashboard (one landing page), after checking they
 * are signed in.
 */
export const PAGES: Record<string, PageRule> = {
  "/sign-in": "sign-in",
  "/": "to-dashboard",
  "/dashboard": "signed-in",
  "/glossary": "signed-in",
  "/initiatives/[slug]": "signed-in",
  "/initiatives/[slug]/history": "signed-in",
  "/account/tokens": "signed-in",
  "/search": "signed-in",
  "/reports": "signed-in",
  "/audit": ["admin", "analyst"],
  "/import": ["admin", "analyst"],
  "/admin/users": ["admin"],
};
