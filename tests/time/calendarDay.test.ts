import { describe, expect, it } from "vitest";
import { civilFromDays, daysFromCivil, formatDay, parseIsoDay, toDayNumber } from "../../src/time/calendarDay.js";

describe("calendar days", () => {
  it("round-trips every 7th day from 0160 to 10183", () => {
    for (let d = -660_000; d < 3_000_000; d += 7) {
      const { year, month, day } = civilFromDays(d);
      expect(daysFromCivil(year, month, day)).toBe(d);
    }
  });

  it("parses every day from 1890 to 2210 (the years read from tables, and either side) as Date.UTC does, and refuses days that do not exist", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    const wrong: string[] = [];
    let real = 0;
    for (let year = 1890; year <= 2210; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const utc = new Date(Date.UTC(year, month - 1, day));
          const exists = utc.getUTCMonth() === month - 1;
          if (exists) real++;
          if (parseIsoDay(text) !== (exists ? utc.getTime() / 86_400_000 : undefined)) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(real).toBe(daysFromCivil(2211, 1, 1) - daysFromCivil(1890, 1, 1));
  });

  it.each([
    ["1970-01-01", 0],
    ["2000-02-29", 11016],
    ["2024-09-18", 19984],
    ["0000-01-01", -719528],
  ])("parses %s as day %i", (text, day) => {
    expect(parseIsoDay(text)).toBe(day);
    expect(formatDay(day)).toBe(text);
  });

  it.each(["2025-02-29", "2025-02-30", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-01", "2024/01/01", "20240101", "２０２４-01-01", ""])(
    "refuses %j",
    (text) => {
      expect(parseIsoDay(text)).toBeUndefined();
      expect(toDayNumber(text)).toBeUndefined();
    },
  );

  it("reads date-times in UTC, whatever the offset", () => {
    expect(toDayNumber("2025-11-02T23:30:00-01:00")).toBe(parseIsoDay("2025-11-03"));
    expect(toDayNumber("2025-11-03T00:30:00+01:00")).toBe(parseIsoDay("2025-11-02"));
    expect(toDayNumber("2025-11-03T12:00:00Z")).toBe(parseIsoDay("2025-11-03"));
    expect(toDayNumber("2025-11-03T25:00:00Z")).toBeUndefined();
    expect(toDayNumber(new Date(Date.UTC(2025, 10, 3, 23, 59)))).toBe(parseIsoDay("2025-11-03"));
    expect(toDayNumber(new Date(Number.NaN))).toBeUndefined();
  });
});

describe("the time zone of the run", () => {
  // npm test runs the suite under TZ=UTC and the evaluator's tests again under TZ=Pacific/Kiritimati
  // (UTC+14): this checks that the zone named is the zone in force, so that those runs test something.
  it("is the one TZ names", () => {
    const offset = new Date("2025-01-01T00:00:00Z").getTimezoneOffset();
    const expected: Record<string, number> = { UTC: 0, "Pacific/Kiritimati": -840 };
    const tz = process.env.TZ;
    if (tz !== undefined && tz in expected) expect(offset).toBe(expected[tz]);
    // Whatever the zone, a Date at 23:30 UTC is that UTC day.
    expect(toDayNumber(new Date("2025-03-01T23:30:00Z"))).toBe(toDayNumber("2025-03-01"));
  });
});

describe("Dates from another realm", () => {
  it("reads a Date made in a vm context as a Date, and an impostor as no date", async () => {
    const { runInNewContext } = await import("node:vm");
    const foreign = runInNewContext('new Date("2025-12-15T10:00:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(toDayNumber(foreign)).toBe(toDayNumber("2025-12-15"));
    expect(toDayNumber({ [Symbol.toStringTag]: "Date" })).toBeUndefined();
  });
});
