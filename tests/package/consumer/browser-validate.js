// A browser bundle that validates too (so it does carry zod), with the example document inlined.
import * as core from "ai-data-policy";
import * as catalog from "ai-data-policy/catalog";
import * as platform from "ai-data-policy/catalog/linkedin";
import * as validate from "ai-data-policy/validate";
import schema from "ai-data-policy/schema.json";
import exampleText from "./example.txt";
import answers from "./answers.cjs";

globalThis.answers = answers({ core, catalog, platform, validate, schema, exampleText });
