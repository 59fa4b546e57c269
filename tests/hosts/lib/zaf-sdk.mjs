// The real ZAF SDK from npm (zendesk_app_framework_sdk 2.0.x) as the browser script Zendesk's CDN
// serves: the package ships CommonJS sources, which Zendesk's own build glues into one file
// exporting `ZAFClient`. This does the same with a minimal require().
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const LIB = join(dirname(require.resolve("zendesk_app_framework_sdk/package.json")), "lib");
const MODULES = ["index.js", "client.js", "utils.js", "vendor/native-promise-only.js"];

export const SDK_VERSION = JSON.parse(readFileSync(join(LIB, "..", "package.json"), "utf8")).version;

export function zafSdkBundle() {
    const defs = MODULES.map(
        (m) => `${JSON.stringify("./" + m.replace(/\.js$/, ""))}: function (module, exports, require) {\n${readFileSync(join(LIB, m), "utf8")}\n}`,
    );
    return `(function () {
var defs = {${defs.join(",\n")}};
var cache = {};
function load(base, name) {
  var key = "./" + (base ? base + "/" : "") + name.replace(/^\\.\\//, "");
  key = key.replace(/\\/[^/]+\\/\\.\\.\\//, "/");
  if (cache[key]) return cache[key].exports;
  var module = cache[key] = { exports: {} };
  var dir = key.slice(2).split("/").slice(0, -1).join("/");
  defs[key].call(window, module, module.exports, function (n) { return load(dir, n); });
  return module.exports;
}
window.ZAFClient = load("", "./index");
})();
`;
}
