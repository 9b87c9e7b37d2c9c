import { expect, test } from "vitest";
import { isExposedAuthEndpoint } from "@/lib/auth/exposed-endpoints";

test("sign-in, sign-out, session and password change are served", () => {
  expect(isExposedAuthEndpoint("POST", "/api/auth/sign-in/email")).toBe(true);
  expect(isExposedAuthEndpoint("POST", "/api/auth/sign-out")).toBe(true);
  expect(isExposedAuthEndpoint("GET", "/api/auth/get-session")).toBe(true);
  expect(isExposedAuthEndpoint("POST", "/api/auth/change-password")).toBe(true);
});

test.each([
  ["POST", "/api/auth/update-user"],
  ["POST", "/api/auth/sign-up/email"],
  ["POST", "/api/auth/change-email"],
  ["POST", "/api/auth/delete-user"],
  ["GET", "/api/auth/sign-in/email"],
  ["POST", "/api/auth/get-session"],
  ["GET", "/api/auth/list-accounts"],
])("%s %s is not", (method, path) => {
  expect(isExposedAuthEndpoint(method, path)).toBe(false);
});
