import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { fakeIo } from "../support/fakeIo.js";

async function run(...argv: string[]) {
  const { io, out, err } = fakeIo();
  const code = await runCli(argv, io);
  return { code, stdout: out(), stderr: err() };
}

const HEADLINE = [
  "check",
  "linkedin",
  "--purpose",
  "generative-ai-training",
  "--category",
  "posts",
  "--region",
  "DE",
  "--age",
  "30",
  "--at",
  "2025-12-15",
  "--opt-out",
  "data-for-generative-ai-improvement@2025-10-20",
  "--created",
  "2023-06-01",
];

describe("ai-data-policy check", () => {
  it("answers the headline question with its reasons and sources", async () => {
    const { code, stdout, stderr } = await run(...HEADLINE);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatchInlineSnapshot(`
      "LinkedIn: generative-ai-training of posts on 2025-12-15
      Facts: region DE; age 30; opted out with data-for-generative-ai-improvement on 2025-10-20; data
        created 2023-06-01

      Answer: NOT USED (confidence: high)

      Why
        - From 3 November 2025 LinkedIn uses data of members in the EU, the EEA, Switzerland and the UK
          (profile data, generative-AI inputs and outputs, group activity and group messages, posts and
          comments, saved résumés and screening answers) to train content-generating AI models, relying on
          legitimate interests; the setting is on by default and members may object. The user opted out
          with “Data for Generative AI Improvement” before this use, and the opt-out reaches this data.
          [1][2][3][4][5]
        - After the Irish regulator intervened, LinkedIn narrowed the period its training data of the EU,
          the EEA and Switzerland (the Designated Countries, whose members' data LinkedIn Ireland
          controls) is drawn from (it had planned to go back to 2003); the new cut-off is not published,
          so data older than an undisclosed day is excluded. [6][7][8]

      Sources
        [1] LinkedIn European Regional Privacy Notice (effective 3 November 2025), Open Terms Archive
            snapshot. LinkedIn, recorded by Open Terms Archive, published 2025-11-03, captured 2025-11-04.
            (primary)
            https://github.com/OpenTermsArchive/pga-versions/blob/bc7d59e9d4f6f5e3b2927e9c0ec82f7283d3a9b8/LinkedIn/Privacy%20Policy.md
            “To train, fine-tune, evaluate and improve our Generative AI models used to create content
            (textual, audio, visual, and other media, or multimedia) on the LinkedIn platform (or
            elsewhere) and in LinkedIn’s lines of business.”
        [2] LinkedIn European Regional Privacy Notice (effective 3 November 2025), Open Terms Archive
            snapshot. LinkedIn, recorded by Open Terms Archive, published 2025-11-03, captured 2025-11-04.
            (primary)
            https://github.com/OpenTermsArchive/pga-versions/blob/bc7d59e9d4f6f5e3b2927e9c0ec82f7283d3a9b8/LinkedIn/Privacy%20Policy.md
            “Member generated content (posts, articles, poll responses, contributions and comments)”
        [3] LinkedIn European Regional Privacy Notice (effective 3 November 2025), Open Terms Archive
            snapshot. LinkedIn, recorded by Open Terms Archive, published 2025-11-03, captured 2025-11-04.
            (primary)
            https://github.com/OpenTermsArchive/pga-versions/blob/bc7d59e9d4f6f5e3b2927e9c0ec82f7283d3a9b8/LinkedIn/Privacy%20Policy.md
            “You can opt out of our use of your data to train our content-generating AI models at any
            time.”
        [4] LinkedIn European Regional Privacy Notice with the banner announcing the 3 November 2025
            update, Open Terms Archive snapshot. LinkedIn, recorded by Open Terms Archive, published
            2025-09-18, captured 2025-09-18. (primary)
            https://github.com/OpenTermsArchive/pga-versions/blob/326007fda0669f95586b5744c512704e3547c970/LinkedIn/Privacy%20Policy.md
            “On November 3, 2025, we are updating this notice to provide information about our reliance on
            Legitimate Interests as the legal basis for training content-generating AI models used in our
            products.”
        [5] Our statement on changes to LinkedIn AI data policy (further statement). Information
            Commissioner's Office (UK), published 2025-09-23. (regulator)
            https://cy.ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy
            “LinkedIn has now taken the decision to resume its plans, and we will continue to monitor the
            situation as LinkedIn moves to inform UK users and commence processing in the coming weeks.”
        [6] LinkedIn changes gen-AI training plans after data watchdog intervenes. Pinsent Masons Out-Law
            (quoting the Irish Data Protection Commission), accessed 2026-11-22. (secondary)
            https://www.pinsentmasons.com/en-gb/out-law/news/linkedin-gen-ai-training-plans-data-watchdog-intervenes
            “both in terms of the personal data to be used and the time period from which it proposed to
            draw the data”
        [7] AP zeer bezorgd over AI-training LinkedIn en adviseert gebruikers op-out. Security.NL
            (reporting the Dutch Data Protection Authority), published 2025-09-24. (news)
            https://www.security.nl/posting/905970/AP+zeer+bezorgd+over+AI-training+LinkedIn+en+adviseert+gebruikers+op-out
            “LinkedIn wil gegevens gebruiken die teruggaan tot 2003, terwijl mensen die informatie
            destijds hebben gedeeld zonder te voorzien dat ze voor AI-training zouden worden ingezet.”
        [8] LinkedIn European Regional Privacy Notice (effective 3 November 2025), Open Terms Archive
            snapshot. LinkedIn, recorded by Open Terms Archive, published 2025-11-03, captured 2025-11-04.
            (primary)
            https://github.com/OpenTermsArchive/pga-versions/blob/bc7d59e9d4f6f5e3b2927e9c0ec82f7283d3a9b8/LinkedIn/Privacy%20Policy.md
            “if you are located in the Designated Countries, LinkedIn Ireland Unlimited Company with its
            address at Wilton Place, Dublin 2, Ireland, is the data controller of your personal data.”
      "
    `);
  });

  it("prints the decision as JSON", async () => {
    const { code, stdout } = await run(...HEADLINE, "--json");
    expect(code).toBe(0);
    const decision = JSON.parse(stdout) as { answer: string; needs: string[]; reasons: { code: string; sources: unknown[] }[] };
    expect(decision.answer).toBe("not-used");
    expect(decision.needs).toEqual([]);
    expect(decision.reasons[0]?.code).toBe("opted-out");
    expect(decision.reasons[0]?.sources.length).toBeGreaterThan(0);
  });

  it("says what a missing input would change", async () => {
    const { code, stdout } = await run(
      "check",
      "linkedin",
      "--purpose",
      "generative-ai-training",
      "--category",
      "posts",
      "--region",
      "US",
      "--at",
      "2025-12-15",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Answer: UNKNOWN");
    expect(stdout).toContain("Missing input that would change the answer: age.");
    // From LinkedIn's minimum age: a member of no given age is taken to be at least 16.
    expect(stdout).toContain("- if age 16 to 17: not used");
    expect(stdout).toContain("- if age 18 or over: used");
  });

  it("reads an objection's outcome after the date", async () => {
    const { stdout } = await run(
      "check",
      "linkedin",
      "--purpose",
      "non-generative-ai-training",
      "--category",
      "posts",
      "--region",
      "US",
      "--age",
      "30",
      "--at",
      "2025-01-01",
      "--opt-out",
      "data-processing-objection-form@2024-10-01:accepted",
      "--json",
    );
    expect((JSON.parse(stdout) as { answer: string }).answer).toBe("not-used");
  });
});

describe("ai-data-policy: bad usage and bad input exit 2 with one line", () => {
  it.each([
    [["check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "DE", "--at", "2025-02-30"]],
    [["check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "XX", "--at", "2025-02-01"]],
    [["check", "linkedin", "--purpose", "genai", "--category", "posts", "--region", "DE", "--at", "2025-02-01"]],
    [["check", "linkedin", "--purpose", "generative-ai-training", "--category", "post", "--region", "DE", "--at", "2025-02-01"]],
    [["check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "EU", "--at", "2025-02-01"]],
    [
      [
        "check",
        "linkedin",
        "--purpose",
        "generative-ai-training",
        "--category",
        "posts",
        "--region",
        "DE",
        "--at",
        "2025-02-01",
        "--opt-out",
        "data-for-ai@2025-01-01",
      ],
    ],
    [["check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "DE", "--at", "2025-02-01", "--opt-out", "nodate"]],
    [["check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "DE", "--at", "2025-02-01", "--age", "old"]],
    [["check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "DE", "--at", "2025-02-01", "--recipient", "openai"]],
    [["check", "linkdin", "--purpose", "generative-ai-training", "--category", "posts", "--at", "2025-02-01"]],
    [["check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts"]],
    [["check", "linkedin", "--category", "posts", "--at", "2025-02-01"]],
    [["check", "--purpose", "generative-ai-training"]],
    [["check", "linkedin", "--frobnicate"]],
    [["timeline", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--at", "2025-01-01"]],
    [["frobnicate"]],
  ])("%j", async (argv) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(stderr).toMatch(/^ai-data-policy: /);
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it("refuses a flag given twice, and reads a repeatable one once per value", async () => {
    const q = ["check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--at", "2025-02-01"];
    expect((await run(...q, "--region", "US", "--region", "DE")).stderr).toMatchInlineSnapshot(`
      "ai-data-policy: --region is given 2 times ("US", "DE"); give it once
      "
    `);
    expect((await run(...q, "--region", "US", "--json", "--json")).stderr).toMatchInlineSnapshot(`
      "ai-data-policy: --json is given 2 times; give it once
      "
    `);
    const once = (await run("controls", "--region", "DE", "--platform", "linkedin", "--at", "2025-10-01")).stdout;
    expect((await run("controls", "--region", "DE", "--platform", "linkedin", "--platform", "LinkedIn", "--at", "2025-10-01")).stdout).toBe(once);
  });

  it("says what is wrong with an age or a region written another way", async () => {
    const q = ["check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--at", "2025-02-01"];
    expect((await run(...q, "--region", "EL")).stderr).toMatchInlineSnapshot(`
      "ai-data-policy: user.region: "EL" is the EU's abbreviation for Greece, not its ISO 3166-1 alpha-2 code; give GR
      "
    `);
  });

  it("names the closest option to a misspelt one", async () => {
    const q = ["check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "DE", "--at", "2025-02-01"];
    expect((await run(...q, "--opted-out", "data-for-generative-ai-improvement@2025-10-20")).stderr).toMatchInlineSnapshot(`
      "ai-data-policy: unknown option --opted-out; did you mean "--opt-out"? (--help lists this command's options)
      "
    `);
    expect((await run(...q, "--creatd=2023-06-01")).stderr).toMatchInlineSnapshot(`
      "ai-data-policy: unknown option --creatd; did you mean "--created"? (--help lists this command's options)
      "
    `);
    expect((await run("validate", "--stric", "policies/linkedin.json")).stderr).toMatchInlineSnapshot(`
      "ai-data-policy: unknown option --stric; did you mean "--strict"? (--help lists this command's options)
      "
    `);
    expect((await run(...q, "-x")).stderr).toMatchInlineSnapshot(`
      "ai-data-policy: unknown option -x (--help lists this command's options)
      "
    `);
  });

  it("says how to write a value that starts with a dash", async () => {
    expect(
      (await run("check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "DE", "--at", "2025-02-01", "--age", "-3"))
        .stderr,
    ).toMatchInlineSnapshot(`
      "ai-data-policy: --age: a value that starts with "-" must be written --age=VALUE
      "
    `);
    expect(
      (await run("check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "DE", "--at", "2025-02-01", "--age=-3")).stderr,
    ).toMatchInlineSnapshot(`
      "ai-data-policy: --age "-3": expected a whole number of years
      "
    `);
  });

  it("names the field and the bad value", async () => {
    expect(
      (await run("check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "DE", "--at", "2025-02-30")).stderr,
    ).toMatchInlineSnapshot(`
      "ai-data-policy: at: "2025-02-30" is not a real date; give a calendar day as YYYY-MM-DD (or an ISO date-time with an offset)
      "
    `);
    expect(
      (await run("check", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "XX", "--at", "2025-02-01")).stderr,
    ).toMatchInlineSnapshot(`
      "ai-data-policy: user.region: "XX" is not an ISO 3166-1 alpha-2 country code (such as US, DE, GB; UK is accepted for GB)
      "
    `);
    expect(
      (await run("check", "linkedin", "--purpose", "generative-ai-training", "--category", "post", "--region", "DE", "--at", "2025-02-01")).stderr,
    ).toMatchInlineSnapshot(`
      "ai-data-policy: category: "post" is not a known data category; did you mean "posts"? (categories: profile, posts, private-messages, group-content, ai-interactions, usage-data, feedback, preferences, job-data, job-applications, salary-data, payment-data, credentials)
      "
    `);
    expect((await run("check", "linkdin", "--purpose", "generative-ai-training", "--category", "posts", "--at", "2025-02-01")).stderr).toMatchInlineSnapshot(`
      "ai-data-policy: platform: "linkdin" is not in the catalogue; did you mean "linkedin"? (platforms: adobe, amazon-alexa, anthropic, automattic, bluesky, cursor, deepseek, deviantart, discord, github, google, grammarly, grok, linkedin, medium, meta, microsoft-copilot, midjourney, mistral, openai, perplexity, pinterest, quora, reddit, slack, snapchat, soundcloud, spotify, stackoverflow, tiktok, wetransfer, x, youtube, zoom)
      "
    `);
    expect(
      (
        await run(
          "check",
          "linkedin",
          "--purpose",
          "generative-ai-training",
          "--category",
          "posts",
          "--region",
          "DE",
          "--at",
          "2025-02-01",
          "--opt-out",
          "data-for-ai@2025-01-01",
        )
      ).stderr,
    ).toMatchInlineSnapshot(`
      "ai-data-policy: user.optOuts[0].control: "data-for-ai" is not a control of LinkedIn (controls: data-for-generative-ai-improvement, data-processing-objection-form)
      "
    `);
  });
});

describe("ai-data-policy timeline, list, show", () => {
  it("draws Hong Kong's history", async () => {
    const { code, stdout } = await run("timeline", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "HK", "--age", "40");
    expect(code).toBe(0);
    expect(stdout.split("\n").filter((line) => /^\d{4}-/.test(line))).toMatchInlineSnapshot(`
      [
        "2024-01-01 to 2024-09-18: UNKNOWN",
        "2024-09-18 to 2024-10-11: USED",
        "2024-10-11 to 2025-11-03: NOT USED",
        "2025-11-03 to 2026-11-23: USED",
        "2026-11-23 to now (ongoing): USED",
      ]
    `);
  });

  it("names the run before rather than printing its reasons again when a run only adds some", async () => {
    const { stdout } = await run(
      "timeline",
      "linkedin",
      "--purpose",
      "generative-ai-training",
      "--category",
      "posts",
      "--region",
      "US",
      "--age",
      "30",
      "--from",
      "2025-01-01",
    );
    const runs = stdout.split(/\n(?=\d{4}-)/).slice(1);
    expect(runs.map((r) => r.split("\n")[0])).toEqual([
      "2025-01-01 to 2025-09-17: USED",
      "2025-09-17 to 2026-11-23: USED",
      "2026-11-23 to now (ongoing): USED",
    ]);
    const last = (runs[2] as string).split("\n\nSources")[0] as string;
    expect(last).toMatch(/^ {2}- The reasons of 2025-09-17 to 2026-11-23, and:$/m);
    expect(last).toContain("last checked against its sources on");
    expect(last).not.toContain("From LinkedIn's FAQ of 17 September 2025");
    // The run before keeps its own reasons: it adds nothing to the one before it, it replaces it.
    expect(runs[1]).toContain("From LinkedIn's FAQ of 17 September 2025");
    expect(runs[1]).not.toContain("The reasons of");
  });

  it("names a bad range by its flags", async () => {
    const q = ["timeline", "linkedin", "--purpose", "generative-ai-training", "--category", "posts", "--region", "US"];
    expect((await run(...q, "--until", "2020-01-01")).stderr).toBe(
      "ai-data-policy: --until 2020-01-01 must be after --from (by default the start of linkedin's history, 2024-01-01)\n",
    );
    expect((await run(...q, "--from", "2025-01-01", "--until", "2024-01-01")).stderr).toBe(
      "ai-data-policy: --until 2024-01-01 must be after --from 2025-01-01\n",
    );
    expect((await run(...q, "--from", "2025-02-30")).stderr).toBe(
      'ai-data-policy: --from: "2025-02-30" is not a real date; give a calendar day as YYYY-MM-DD (or an ISO date-time with an offset)\n',
    );
  });

  it("prints a timeline as JSON, limited to a range", async () => {
    const { stdout } = await run(
      "timeline",
      "linkedin",
      "--purpose",
      "generative-ai-training",
      "--category",
      "posts",
      "--region",
      "HK",
      "--age",
      "40",
      "--from",
      "2024-10-01",
      "--until",
      "2025-01-01",
      "--json",
    );
    const runs = JSON.parse(stdout) as { from: string; until: string; answer: string }[];
    expect(runs.map((r) => [r.from, r.until, r.answer])).toEqual([
      ["2024-10-01", "2024-10-11", "used"],
      ["2024-10-11", "2025-01-01", "not-used"],
    ]);
  });

  it("lists the catalogue", async () => {
    const { code, stdout } = await run("list");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^platform\s+name\s+covers\s+last reviewed\s+statements\n/);
    expect(stdout).toContain("linkedin");
  });

  it("shows a policy", async () => {
    const { code, stdout } = await run("show", "linkedin");
    expect(code).toBe(0);
    expect(stdout).toContain("data-for-generative-ai-improvement: “Data for Generative AI Improvement” (setting, future-only)");
    expect(stdout).toContain(
      "\nMinimum age (a younger user's data is unknown unless a statement that applies to them excludes it)\n  - 16 (high): LinkedIn's User Agreement",
    );
    expect(JSON.parse((await run("show", "linkedin", "--json")).stdout)).toHaveProperty("id", "linkedin");
    // Where, and for which plans.
    expect((await run("show", "automattic")).stdout).toContain("  - 16 in EU (high): In the European Union");
    expect((await run("show", "anthropic")).stdout).toContain("  - 18; plans free, paid; from ?..2025-10-08 (high): Anthropic's Consumer Terms");
  });

  it("echoes the region as it was read: uk is GB", async () => {
    const { stdout } = await run(...HEADLINE.map((a) => (a === "DE" ? "uk" : a)));
    expect(stdout).toMatch(/^Facts: region GB;/m);
  });

  it("prints help and the version", async () => {
    expect((await run("--help")).stdout).toContain("Usage");
    expect((await run("--help")).code).toBe(0);
    // Without a command the help explains a usage error: on stderr, nothing on stdout.
    expect(await run()).toMatchObject({ code: 2, stdout: "" });
    expect((await run()).stderr).toContain("Usage");
    expect((await run("check", "--help")).stdout).toContain("Usage: ai-data-policy check");
    expect((await run("--version")).stdout).toMatch(/^\d+\.\d+\.\d+|0\.0\.0-dev/);
  });
});

describe("ai-data-policy check --all and controls", () => {
  it("states every fact asked about in the header of check --all", async () => {
    const { stdout } = await run(
      "check",
      "--all",
      "--purpose",
      "generative-ai-training",
      "--category",
      "posts",
      "--region",
      "DE",
      "--at",
      "2025-12-01",
      "--created",
      "2025-01-01",
      "--visibility",
      "public",
      "--opt-out",
      "linkedin:data-for-generative-ai-improvement@2025-10-20",
    );
    expect(stdout.split("\n")[0]).toBe(
      "generative-ai-training of posts on 2025-12-01; region DE, opted out with linkedin:data-for-generative-ai-improvement on 2025-10-20, data created 2025-01-01, data public",
    );
  });

  it("answers for every platform, with what the user can still do", async () => {
    const { code, stdout } = await run(
      "check",
      "--all",
      "--purpose",
      "generative-ai-training",
      "--category",
      "posts",
      "--region",
      "DE",
      "--age",
      "30",
      "--at",
      "2025-10-01",
      "--created",
      "2025-10-01",
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^platform\s+answer\s+confidence\s+needs\s+what you can still do$/m);
    expect(stdout).toMatch(/^linkedin\s+NOT USED\s+high\s+-\s+data-for-generative-ai-improvement \(setting, future-only, before 2025-11-03\)$/m);
    // Adobe trains on Stock submissions, a part of a user's posts: the table says it is a use in part.
    expect(stdout).toMatch(/^adobe\s+USED \(IN PART\)\s+high\s+-\s+-$/m);
    const answers = JSON.parse(
      (
        await run(
          "check",
          "--all",
          "--purpose",
          "generative-ai-training",
          "--category",
          "posts",
          "--region",
          "US",
          "--age",
          "30",
          "--at",
          "2025-10-01",
          "--json",
        )
      ).stdout,
    ) as {
      platform: string;
      decision: { answer: string };
    }[];
    expect(answers.find((a) => a.platform === "linkedin")?.decision.answer).toBe("used");
  });

  it("refuses a platform argument with --all", async () => {
    expect((await run("check", "linkedin", "--all", "--purpose", "generative-ai-training", "--category", "posts", "--at", "2025-10-01")).code).toBe(2);
  });

  it("lists the controls someone in a region can use, by default today", async () => {
    const { code, stdout } = await run("controls", "--region", "DE", "--platform", "linkedin");
    expect(code).toBe(0);
    expect(stdout).toContain("Controls for someone in DE on 2026-11-22");
    expect(stdout).toContain("“Data for Generative AI Improvement” (setting, data-for-generative-ai-improvement): available");
    const earlier = (await run("controls", "--region", "DE", "--platform", "linkedin", "--at", "2024-10-01")).stdout.replace(/\s+/g, " ");
    expect(earlier).toContain("data-for-generative-ai-improvement): not available");
    expect((await run("controls")).code).toBe(2);
    expect((await run("controls", "--region", "XX")).code).toBe(2);
  });
});
