import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";

// Policies ship as their JSON text, parsed on first use (src/catalog/index.ts): JSON.parse reads data
// several times faster than the JavaScript parser reads the same object literal, and a platform nobody
// asks about is never parsed at all. Apostrophes are written as the JSON escape \u0027, so that esbuild
// prints each text as a single-quoted string rather than a template literal, which the engine scans
// about twice as slowly: the text of the policies is most of what importing the catalogue costs.
const policyText: Plugin = {
  name: "policy-text",
  setup(build) {
    build.onLoad({ filter: /[\\/]policies[\\/][^\\/]+\.json$/ }, (args) => ({
      contents: `export default ${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, "utf8"))).replaceAll("'", "\\u0027"))};`,
      loader: "js",
    }));
  },
};

// The core layers, built once into dist/internal.* (src/internal.ts). An import of one of their modules
// from another layer's module becomes an import of that file: the entries share one copy of the core,
// and loading the evaluator reads two files (the entry and the core), where code splitting made a chunk
// for every combination of entries that shares a module (five files; each costs the loader about half
// a millisecond on a cold start).
const CORE_LAYERS = ["evaluate", "time", "util", "vocabulary"];
// src/evaluate/index.ts is the public list of the evaluator's exports, which the core entry re-exports.
const inCore = (file: string) => {
  const path = relative("src", file).split(/[\\/]/);
  return CORE_LAYERS.includes(path[0] as string) && path.join("/").replace(/\.[jt]s$/, "") !== "evaluate/index";
};
const sharedCore: Plugin = {
  name: "shared-core",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.importer === "" || inCore(args.importer) || !inCore(resolve(dirname(args.importer), args.path))) return undefined;
      // tsup builds the CommonJS files of a split build as ES modules and converts them afterwards: the
      // output's extension tells the two apart.
      return { path: `./internal${build.initialOptions.outExtension?.[".js"] ?? ".js"}`, external: true };
    });
  },
};

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// Whitespace minified, names and syntax kept: the engine scans every byte of a module when it is
// loaded, and the core's 131 KB of readable output cost about 1.4 ms more to load than the same
// without its whitespace (a cold start's median of 41, 4 December 2026), while stack traces and
// profiles still name the library's functions, and the source maps lead back to the TypeScript.
const MINIFY = { minifyWhitespace: true, minifySyntax: false, minifyIdentifiers: false } as const;

// One entry per platform, `ai-data-policy/catalog/<id>` (src/catalog/platforms/).
const platformIds = readdirSync("policies")
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.replace(/\.json$/, ""));
const platformEntries = Object.fromEntries(platformIds.map((id) => [`catalog/${id}`, `src/catalog/platforms/${id}.ts`]));

// Their declarations are written here rather than by tsup, whose declaration build would take longer
// than all the others together and would declare a second copy of `Policy`: these name the core
// entry's own.
function writePlatformDeclarations(): void {
  mkdirSync("dist/catalog", { recursive: true });
  for (const id of platformIds) {
    for (const [ext, core] of [
      ["d.ts", "../index.js"],
      ["d.cts", "../index.cjs"],
    ]) {
      writeFileSync(
        `dist/catalog/${id}.${ext}`,
        `import type { Policy } from "${core}";\n\n/** The policy history of \`${id}\`, the same data as \`getPolicy("${id}")\` from \`ai-data-policy/catalog\`. */\ndeclare const policy: Policy;\nexport { policy as default, policy };\n`,
      );
    }
  }
}

// Four builds: the core the library entries share, the library entries (dual ESM + CJS with declarations), the platforms' own entries,
// and the CLI (ESM only, with a hashbang). The catalogue JSON is inlined into `dist/catalog.*` by
// esbuild, so importing the model or the evaluator never loads a policy file, and importing the
// catalogue never loads zod.
// dist/ is emptied here, once, before the builds start, rather than by tsup's `clean`: tsup runs the
// builds at the same time, and a build's cleaning (of the declarations, too) would remove what another
// had already written.
rmSync("dist", { recursive: true, force: true });

export default defineConfig([
  {
    entry: { internal: "src/internal.ts" },
    format: ["esm", "cjs"],
    sourcemap: true,
    clean: false,
    target: "es2022",
    splitting: false,
    treeshake: true,
    ...MINIFY,
  },
  {
    entry: { index: "src/index.ts", catalog: "src/catalog/index.ts", validate: "src/validate/index.ts", docs: "src/docs/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "es2022",
    splitting: true,
    treeshake: true,
    esbuildPlugins: [sharedCore, policyText],
    ...MINIFY,
  },
  {
    // Built apart from the entries above: code splitting would move each policy's text into a chunk
    // shared with `dist/catalog.*`, which would then load one more file per platform. Each platform entry holds
    // its own copy of its text.
    entry: platformEntries,
    format: ["esm", "cjs"],
    onSuccess: async () => writePlatformDeclarations(),
    sourcemap: true,
    clean: false,
    target: "es2022",
    splitting: false,
    esbuildPlugins: [policyText],
    // Not minified: a policy's text is nearly all of such an entry, and its CommonJS file minified is
    // read by are-the-types-wrong as lacking the `__esModule` marker its declarations imply.
  },
  {
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    clean: false,
    // Split, so that the modules the CLI imports only for some commands (validation with zod, the
    // page renderers) are files of their own, in dist/cli/, loaded when such a command runs.
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
    },
    banner: { js: "#!/usr/bin/env node" },
    define: { __VERSION__: JSON.stringify(version) },
    esbuildPlugins: [policyText],
    ...MINIFY,
  },
]);
