// The package as an ES module: every entry, and the JSON Schema as a JSON module.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as core from "ai-data-policy";
import * as catalog from "ai-data-policy/catalog";
import * as platform from "ai-data-policy/catalog/linkedin";
import * as validate from "ai-data-policy/validate";
import schema from "ai-data-policy/schema.json" with { type: "json" };
import answers from "./answers.cjs";

const exampleText = readFileSync(new URL("./example.json", import.meta.url), "utf8");
const out = answers({ core, catalog, platform, validate, schema, exampleText });
out.resolved = {
  core: import.meta.resolve("ai-data-policy").replace(/^.*\/node_modules\//, ""),
  schema: createRequire(import.meta.url).resolve("ai-data-policy/schema.json").replace(/^.*\/node_modules\//, ""),
};
out.defaultExport = "default" in core;
process.stdout.write(`${JSON.stringify({ node: process.versions.node.split(".")[0], ...out })}\n`);
