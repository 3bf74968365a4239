import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

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
  },
]);
