// Runs before the e2e build so that a missing browser is reported in one sentence, not after a build.
import { findChromium, NO_BROWSER_MESSAGE } from "./browser";

const found = findChromium();
if (!found) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
console.log(`Browser tests use ${found}`);
