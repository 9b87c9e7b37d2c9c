import { describe, expect, test } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { refuseCrossSiteWrite, type WriteRequest } from "@/lib/security/cross-site";

const sameOriginPost: WriteRequest = {
  method: "POST",
  ownHosts: ["localhost:3000"],
  origin: "http://localhost:3000",
  secFetchSite: "same-origin",
  authorization: null,
  contentType: "application/json",
  hasBody: true,
};

describe("cross-site writes", () => {
  test("a same-origin JSON write from the app passes", () => {
    expect(refuseCrossSiteWrite(sameOriginPost)).toBeNull();
  });

  test("a page on another port of the same host is refused (same site, other origin)", () => {
    const refusal = refuseCrossSiteWrite({
      ...sameOriginPost,
      origin: "http://localhost:4000",
      secFetchSite: "same-site",
    });
    expect(refusal).toMatchObject({ status: 403, code: "cross_site" });
  });

  test("a foreign Origin is refused even without Sec-Fetch-Site", () => {
    const refusal = refuseCrossSiteWrite({
      ...sameOriginPost,
      origin: "https://evil.example",
      secFetchSite: null,
    });
    expect(refusal).toMatchObject({ status: 403, code: "cross_site" });
    expect(
      refuseCrossSiteWrite({ ...sameOriginPost, origin: "null", secFetchSite: null }),
    ).toMatchObject({
      code: "cross_site",
    });
  });

  test("a text/plain body (a 'simple' cross-site request) is refused even from the app", () => {
    const refusal = refuseCrossSiteWrite({
      ...sameOriginPost,
      contentType: "text/plain;charset=UTF-8",
    });
    expect(refusal).toMatchObject({ status: 415, code: "unsupported_media_type" });
    const form = refuseCrossSiteWrite({
      ...sameOriginPost,
      contentType: "application/x-www-form-urlencoded",
    });
    expect(form).toMatchObject({ status: 415 });
  });

  test("CSV and multipart uploads and bodiless deletes pass", () => {
    expect(refuseCrossSiteWrite({ ...sameOriginPost, contentType: "text/csv" })).toBeNull();
    expect(
      refuseCrossSiteWrite({ ...sameOriginPost, contentType: "multipart/form-data; boundary=x" }),
    ).toBeNull();
    expect(
      refuseCrossSiteWrite({
        ...sameOriginPost,
        method: "DELETE",
        contentType: null,
        hasBody: false,
      }),
    ).toBeNull();
  });

  test("Bearer-token calls and reads are unaffected", () => {
    const foreign = {
      ...sameOriginPost,
      origin: "https://evil.example",
      secFetchSite: "cross-site",
    };
    expect(refuseCrossSiteWrite({ ...foreign, authorization: "Bearer cor_abc" })).toBeNull();
    expect(refuseCrossSiteWrite({ ...foreign, method: "GET" })).toBeNull();
  });

  test("a non-browser client without Origin or Sec-Fetch-Site passes (it cannot carry a victim's cookie)", () => {
    expect(
      refuseCrossSiteWrite({ ...sameOriginPost, origin: null, secFetchSite: null }),
    ).toBeNull();
  });
});

describe("content security policy", () => {
  test("scripts need this request's nonce; no inline script, no framing", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", development: false, https: false });
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  test("eval only in development; insecure requests upgraded under https", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: true, https: true })).toMatch(
      /script-src [^;]*'unsafe-eval'.*upgrade-insecure-requests$/,
    );
  });
});
