export const RETRY_AFTER_SECONDS = 5;

/** The branded page every route shows while the database is away; it reloads itself to retry. */
export function unavailablePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<title>Corridor · database unavailable</title>
<style>
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f8fafc; color: #0f172a; }
  header { background: #0f172a; color: #fff; padding: 12px 20px; font-weight: 600; letter-spacing: .02em; }
  main { max-width: 36rem; margin: 12vh auto 0; padding: 0 20px; }
  h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
  p { line-height: 1.5; color: #334155; }
</style>
</head>
<body>
<header>Corridor</header>
<main id="main">
  <h1>The database is unavailable, retrying</h1>
  <p>Corridor cannot reach its database just now, so nothing can be shown or saved. This page tries
  again every ${RETRY_AFTER_SECONDS} seconds and returns to where you were as soon as the database is back.
  Nothing you had saved is lost.</p>
</main>
</body>
</html>`;
}
