// A browser bundle of the core entry and the catalogue only: it must run with no Node built-ins and
// carry no zod. The test runs it in a bare vm context and reads globalThis.answers.
import * as core from "ai-data-policy";
import * as catalog from "ai-data-policy/catalog";
import * as platform from "ai-data-policy/catalog/linkedin";
import answers from "./answers.cjs";

globalThis.answers = answers({ core, catalog, platform });
