import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policies } from "../../src/catalog/index.js";
import { runDocs } from "../../src/cli/docsCommand.js";
import { nodeIo } from "../../src/cli/nodeIo.js";

// The generated site as a reader sees it: Debian's Chromium (installed by .ci/run) opens each page from
// the file system, with no network. Screenshots go to docs/screenshots/ (git-ignored).
const CHROMIUM = "/usr/bin/chromium";
const SHOTS = new URL("../../docs/screenshots/", import.meta.url);
const site = mkdtempSync(join(tmpdir(), "ai-data-policy-site-"));
// The API reference is built by `npm run docs` (typedoc), not by `npm test`: it is checked when present.
const API = new URL("../../docs/api/", import.meta.url).pathname;
const withApi = existsSync(join(API, "index.html"));
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (as .ci/run does)`);
  runDocs(Object.values(policies), { out: site, format: "html", api: "api/index.html", ...(withApi && { apiFrom: API }) }, { ...nodeIo(), stdout: () => {} });
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(site, { recursive: true, force: true });
});

async function open(file: string, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    if (!request.url().startsWith("file:") && !request.url().startsWith("data:")) errors.push(`network request: ${request.url()}`);
  });
  await page.goto(pathToFileURL(join(site, file)).href, { waitUntil: "load" });
  return { page, errors };
}

describe("the generated site in Chromium", () => {
  it("opens the index page without errors, listing every policy", async () => {
    const { page, errors } = await open("index.html", 390);
    expect(await page.locator("table a").count()).toBe(Object.keys(policies).length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.runIf(withApi)("opens the API reference from the file system without errors", async () => {
    for (const file of ["api/index.html", "api/modules/docs.html", "api/functions/docs.timelineChart.html"]) {
      const { page, errors } = await open(file, 390);
      expect(await page.locator("h1").count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  for (const id of Object.keys(policies)) {
    it(`renders the ${id} page and its chart, on a desktop and on a phone`, async () => {
      for (const width of [1280, 390]) {
        const { page, errors } = await open(`${id}.html`, width);
        const chart = page.locator("svg.timeline-chart");
        const box = await chart.boundingBox();
        expect(box?.width).toBeGreaterThan(300);
        expect(box?.height).toBeGreaterThan(100);
        expect(await page.locator("svg.timeline-chart rect").count()).toBeGreaterThan(3);
        // Nothing but the chart's own scrolling box is wider than the screen.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // The footnotes a page cites are on the page.
        const missing = await page.evaluate(() =>
          Array.from(document.querySelectorAll('a[href^="#fn-"]'))
            .map((a) => a.getAttribute("href") as string)
            .filter((href) => !document.querySelector(href)),
        );
        expect(missing).toEqual([]);
        await page.screenshot({ path: new URL(`${id}-${width}.png`, SHOTS).pathname });
        await chart.scrollIntoViewIfNeeded();
        await page.screenshot({ path: new URL(`${id}-${width}-chart.png`, SHOTS).pathname });
        expect(errors).toEqual([]);
        await page.close();
      }
    }, 60_000);
  }
});
