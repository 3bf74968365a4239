import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";

// Policies ship as their JSON text, parsed on first use (src/catalog/index.ts): JSON.parse reads data
// several times faster than the JavaScript parser reads the same object literal, and a platform nobody
// asks about is never parsed at all. Apostrophes are written as the JSON escape \u0027, so that esbuild
// prints each text as a single-quoted string rather than a template literal, which the engine scans
// about twice as slowly: the text of twelve policies is most of what importing the catalogue costs.
const policyText: Plugin = {
  name: "policy-text",
  setup(build) {
    build.onLoad({ filter: /[\\/]policies[\\/][^\\/]+\.json$/ }, (args) => ({
      contents: `export default ${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, "utf8"))).replaceAll("'", "\\u0027"))};`,
      loader: "js",
    }));
  },
};

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// Two builds: the library entries (dual ESM + CJS with declarations) and the CLI (ESM only, with a
// hashbang). The catalogue JSON is inlined into `dist/catalog.*` by esbuild, so importing the model
// or the evaluator never loads a policy file, and importing the catalogue never loads zod.
export default defineConfig([
  {
    entry: { index: "src/index.ts", catalog: "src/catalog/index.ts", validate: "src/validate/index.ts", docs: "src/docs/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    splitting: true,
    treeshake: true,
    esbuildPlugins: [policyText],
  },
  {
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    clean: false,
    splitting: false,
    banner: { js: "#!/usr/bin/env node" },
    define: { __VERSION__: JSON.stringify(version) },
    esbuildPlugins: [policyText],
  },
]);
