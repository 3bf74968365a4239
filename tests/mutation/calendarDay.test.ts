import { describe, expect, it } from "vitest";
import { buildYearTables, civilFromDays, daysFromCivil, formatDay, isRealDate, parseIsoDay, toDayNumber } from "../../src/time/calendarDay.js";

// Calendar days at their edges: every digit position, every separator, leap years, negative years,
// and each limit of a date-time (hour 23, minute 59, second 60, offsets to ±23:59).

/** The day number of a proleptic Gregorian date, computed by `Date` (which handles negative years). */
function byDate(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}

describe("daysFromCivil and civilFromDays", () => {
  it("agree with Date on the first and last days of every month, for years before and after year 0", () => {
    for (const year of [-801, -401, -400, -399, -101, -100, -5, -4, -1, 0, 1, 99, 100, 400, 1900, 1970, 2000, 2023, 2024, 2100, 9999, 10000]) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 28]) {
          const n = byDate(year, month, day);
          expect(daysFromCivil(year, month, day), `${year}-${month}-${day}`).toBe(n);
          expect(civilFromDays(n)).toEqual({ year, month, day });
        }
      }
    }
  });

  it("count 365 or 366 days in a year, 146097 in 400 years, also before year 0", () => {
    expect(daysFromCivil(-1, 1, 1) - daysFromCivil(-2, 1, 1)).toBe(365);
    expect(daysFromCivil(0, 1, 1) - daysFromCivil(-1, 1, 1)).toBe(365);
    expect(daysFromCivil(-3, 1, 1) - daysFromCivil(-4, 1, 1)).toBe(366);
    expect(daysFromCivil(-100, 1, 1) - daysFromCivil(-101, 1, 1)).toBe(365);
    expect(daysFromCivil(-4, 3, 1) - daysFromCivil(-4, 2, 28)).toBe(2);
    expect(daysFromCivil(-100, 3, 1) - daysFromCivil(-100, 2, 28)).toBe(1);
    expect(daysFromCivil(-400, 3, 1) - daysFromCivil(-400, 2, 28)).toBe(2);
    expect(daysFromCivil(0, 1, 1) - daysFromCivil(-400, 1, 1)).toBe(146097);
    expect(daysFromCivil(1900, 3, 1) - daysFromCivil(1900, 2, 28)).toBe(1);
    expect(daysFromCivil(2000, 3, 1) - daysFromCivil(2000, 2, 28)).toBe(2);
    expect(daysFromCivil(2024, 3, 1) - daysFromCivil(2024, 2, 28)).toBe(2);
    expect(daysFromCivil(2023, 3, 1) - daysFromCivil(2023, 2, 28)).toBe(1);
  });

  it("round-trip every day around year 0 and around 1970", () => {
    for (const start of [daysFromCivil(-2, 11, 1), daysFromCivil(1969, 11, 1)]) {
      for (let n = start; n < start + 800; n++) {
        const { year, month, day } = civilFromDays(n);
        expect(daysFromCivil(year, month, day)).toBe(n);
        expect(isRealDate(year, month, day)).toBe(true);
      }
    }
  });
});

describe("isRealDate", () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2023, 2, 28, true],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2100, 2, 29, false],
    [2400, 2, 29, true],
    [2024, 1, 31, true],
    [2024, 1, 32, false],
    [2024, 4, 30, true],
    [2024, 4, 31, false],
    [2024, 12, 31, true],
    [2024, 12, 32, false],
    [2024, 13, 1, false],
    [2024, 0, 1, false],
    [2024, 1, 0, false],
    [2024, 1, 1, true],
    [2024, 6, 30, true],
    [2024, 6, 31, false],
    [2024, 7, 31, true],
    [2024, 11, 30, true],
    [2024, 11, 31, false],
  ] as const)("%i-%i-%i is real: %s", (year, month, day, real) => {
    expect(isRealDate(year, month, day)).toBe(real);
  });
});

describe("parseIsoDay", () => {
  it("builds its tables of 300 years (1900-2199) as the general rule counts them", () => {
    // Called directly: parseIsoDay builds them once per process, which a mutation run cannot see again.
    const { starts, leaps } = buildYearTables();
    expect(starts.length).toBe(300);
    expect(leaps.length).toBe(300);
    for (let y = 0; y < 300; y++) {
      expect(starts[y], String(1900 + y)).toBe(daysFromCivil(1900 + y, 1, 1));
      expect(leaps[y], String(1900 + y)).toBe(daysFromCivil(1900 + y, 3, 1) - daysFromCivil(1900 + y, 2, 28) - 1);
    }
  });

  it("reads the years it takes from tables (1900-2199) and those either side as Date does, day by day at the ends of months", () => {
    const wrong: string[] = [];
    for (const year of [1899, 1900, 1901, 1903, 1904, 1970, 1999, 2000, 2023, 2024, 2100, 2101, 2196, 2198, 2199, 2200, 2400]) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 2, 27, 28, 29, 30, 31]) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const n = byDate(year, month, day);
          const exists = civilFromDays(n).day === day;
          if (parseIsoDay(text) !== (exists ? n : undefined)) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
    // Months and days out of range, inside the table's years.
    for (const text of ["2024-00-01", "2024-13-01", "2024-01-00", "2024-04-31", "2025-02-29", "2100-02-29", "2024-12-32"])
      expect(parseIsoDay(text), text).toBeUndefined();
    expect(parseIsoDay("2024-02-29")).toBe(byDate(2024, 2, 29));
    expect(parseIsoDay("2000-02-29")).toBe(byDate(2000, 2, 29));
  });

  it.each([
    ["9999-12-31", daysFromCivil(9999, 12, 31)],
    ["1999-09-19", daysFromCivil(1999, 9, 19)],
    ["0001-01-01", daysFromCivil(1, 1, 1)],
    ["2024-02-29", daysFromCivil(2024, 2, 29)],
    ["2024-10-10", daysFromCivil(2024, 10, 10)],
    ["1899-12-31", daysFromCivil(1899, 12, 31)],
  ])("reads %s", (text, day) => {
    expect(parseIsoDay(text)).toBe(day);
    expect(toDayNumber(text)).toBe(day);
    expect(formatDay(day)).toBe(text);
  });

  it.each([
    "2024/01-01",
    "2024-01/01",
    "2024-01-011",
    "2024-01-1",
    "x024-01-01",
    "2x24-01-01",
    "20x4-01-01",
    "202x-01-01",
    "2024-x1-01",
    "2024-0x-01",
    "2024-01-x1",
    "2024-01-0x",
    "2024-01-0:",
    "2024-1/-01",
    "2024-0:-01",
    "2024-:1-01",
    "/024-01-01",
    "2024-01-/1",
    "2024-02-30",
    "2023-02-29",
  ])("refuses %j", (text) => {
    expect(parseIsoDay(text)).toBeUndefined();
  });
});

describe("toDayNumber", () => {
  const day = (text: string) => parseIsoDay(text) as number;

  it.each([
    ["2025-11-03T12:00Z", "2025-11-03"],
    ["2025-11-03t12:00z", "2025-11-03"],
    ["2025-11-03 12:00Z", "2025-11-03"],
    ["2025-11-03T12:00:59Z", "2025-11-03"],
    ["2025-11-03T23:59:60Z", "2025-11-03"],
    ["2025-11-03T23:59:59.999Z", "2025-11-03"],
    ["2025-11-03T00:00:00.5+00:00", "2025-11-03"],
    ["2025-11-03T23:00:00Z", "2025-11-03"],
    ["2025-11-03T23:59Z", "2025-11-03"],
    ["2025-11-03T00:00-00:01", "2025-11-03"],
    ["2025-11-03T00:00+00:01", "2025-11-02"],
    ["2025-11-03T23:59-00:01", "2025-11-04"],
    ["2025-11-03T23:00+23:00", "2025-11-03"],
    ["2025-11-03T22:59+23:00", "2025-11-02"],
    ["2025-11-03T01:00-23:00", "2025-11-04"],
    ["2025-11-03T00:00-23:59", "2025-11-03"],
    ["2025-11-03T00:01-23:59", "2025-11-04"],
    ["2025-11-03T12:00+10:30", "2025-11-03"],
    ["2025-11-03T10:29+10:30", "2025-11-02"],
    ["2025-11-03T10:30+10:30", "2025-11-03"],
    ["2025-12-31T23:30-01:00", "2026-01-01"],
    ["2025-01-01T00:30+01:00", "2024-12-31"],
  ])("reads %s as the UTC day %s", (text, expected) => {
    expect(toDayNumber(text)).toBe(day(expected));
  });

  it.each([
    "2025-11-03T24:00Z",
    "2025-11-03T12:60Z",
    "2025-11-03T12:00:61Z",
    "2025-11-03T12:00+24:00",
    "2025-11-03T12:00+00:60",
    "2025-11-03T12:00",
    "2025-11-03T12Z",
    "2025-11-03X12:00Z",
    "2025-11-03T12:00Y",
    "2025-11-03T12:00:00.Z",
    "2025-11-03T12:00+0100",
    "2025-02-30T12:00Z",
    " 2025-11-03T12:00Z",
    "2025-11-03T12:00Z ",
    "x2025-11-03T12:00Z",
    "2025-11-03T12:00Zx",
    "2025-1-03T12:00Z",
    "2025-11-03T1:00Z",
    "2025-11-03T12:0Z",
    "2025-11-03T12:00:0Z",
    "2025-11-03T12:00+1:00",
    "2025-11-03T12:00+01:0",
    "20251-11-03T12:00Z",
    "2025-11-03T12:00*01:00",
  ])("refuses %j", (text) => {
    expect(toDayNumber(text)).toBeUndefined();
  });

  it("reads a Date as its UTC day, before 1970 too", () => {
    expect(toDayNumber(new Date(-1))).toBe(-1);
    expect(toDayNumber(new Date(0))).toBe(0);
    expect(toDayNumber(new Date(86_399_999))).toBe(0);
    expect(toDayNumber(new Date(86_400_000))).toBe(1);
    expect(toDayNumber(new Date(-86_400_000))).toBe(-1);
    expect(toDayNumber(new Date(-86_400_001))).toBe(-2);
  });

  it("refuses what is neither text nor a Date", () => {
    for (const value of [0, 19984, null, undefined, {}, [], true, { getTime: () => 0 }]) expect(toDayNumber(value)).toBeUndefined();
  });
});

describe("formatDay", () => {
  it.each([
    [daysFromCivil(-1, 1, 1), "-0001-01-01"],
    [daysFromCivil(-12, 3, 4), "-0012-03-04"],
    [daysFromCivil(-2024, 12, 31), "-2024-12-31"],
    [daysFromCivil(5, 6, 7), "0005-06-07"],
    [daysFromCivil(0, 3, 1), "0000-03-01"],
    [daysFromCivil(10000, 1, 1), "10000-01-01"],
    [daysFromCivil(123456, 10, 20), "123456-10-20"],
    [0, "1970-01-01"],
    [-1, "1969-12-31"],
  ])("writes day %i as %s", (n, text) => {
    expect(formatDay(n)).toBe(text);
  });
});
