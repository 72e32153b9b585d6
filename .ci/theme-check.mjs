// Runs Shopify's Theme Check (@shopify/theme-check-node) on a theme app extension and prints each
// offense as path:line: severity check: message. Exits 1 when there is an error or a warning.
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(path.resolve(process.env.THEME_CHECK_MODULES, "package.json"));
const { check } = require("@shopify/theme-check-node");

const root = path.resolve(process.argv[2]);
const offenses = await check(root, path.join(root, ".theme-check.yml"));
const severities = ["error", "warning", "info"];
for (const offense of offenses) {
  const where = offense.uri.replace(`file://${root}/`, "");
  const line = offense.start ? offense.start.line + 1 : 0;
  console.log(`${where}:${line}: ${severities[offense.severity]} ${offense.check}: ${offense.message}`);
}
const failing = offenses.filter((offense) => offense.severity <= 1);
console.log(`Theme Check: ${offenses.length} offense(s), ${failing.length} error(s) or warning(s) in ${root}`);
process.exit(failing.length ? 1 : 0);
