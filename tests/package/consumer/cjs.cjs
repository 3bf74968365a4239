// The package through require(): every entry, and the JSON Schema.
"use strict";
const { readFileSync } = require("node:fs");
const path = require("node:path");
const core = require("ai-data-policy");
const catalog = require("ai-data-policy/catalog");
const platform = require("ai-data-policy/catalog/linkedin");
const validate = require("ai-data-policy/validate");
const schema = require("ai-data-policy/schema.json");
const answers = require("./answers.cjs");

const exampleText = readFileSync(path.join(__dirname, "example.json"), "utf8");
const out = answers({ core, catalog, platform, validate, schema, exampleText });
out.resolved = {
  core: require.resolve("ai-data-policy").replace(/^.*\/node_modules\//, ""),
  schema: require.resolve("ai-data-policy/schema.json").replace(/^.*\/node_modules\//, ""),
};
out.defaultExport = "default" in core;
process.stdout.write(`${JSON.stringify({ node: process.versions.node.split(".")[0], ...out })}\n`);
