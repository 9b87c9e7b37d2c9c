/**
 * The page's Content-Security-Policy: scripts only from this origin and those Next renders with
 * this request's nonce ('strict-dynamic' lets them load their chunks); no inline or injected
 * script runs, and no other site may frame the app. Inline style attributes stay allowed: React
 * and the charts set them, and they cannot run code.
 */
export function contentSecurityPolicy(options: {
  nonce: string;
  development: boolean;
  https: boolean;
}) {
  const scriptSources = [`'self'`, `'nonce-${options.nonce}'`, `'strict-dynamic'`];
  // React's development build reconstructs error stacks with eval; production never needs it.
  if (options.development) scriptSources.push(`'unsafe-eval'`);
  const directives = [
    `default-src 'self'`,
    `script-src ${scriptSources.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}
