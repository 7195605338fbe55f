import { describe, expect, it } from "vitest";
import { isoDate, parseDate } from "./dates.js";

describe("parseDate", () => {
  it.each([
    ["2021-11-03", "2021-11-03"],
    ["2022-06-24T17:30:00Z", "2022-06-24"],
    ["2022-06-24T23:30:00-05:00", "2022-06-24"],
    ["2022-06-24 17:30", "2022-06-24"],
    ["20220211", "2022-02-11"],
    ["2022/2/1", "2022-02-01"],
    ["23.02.2022", "2022-02-23"],
    ["24 June 2022", "2022-06-24"],
    ["June 24, 2022", "2022-06-24"],
    ["Fri, 24 Jun 2022 17:30:00 +0000", "2022-06-24"],
    ["2024-02-29", "2024-02-29"],
  ])("reads %s", (input, date) => {
    expect(parseDate(input)).toEqual({ ok: true, date });
  });

  it.each([
    ["2021-02-30", "impossible date 2021-02-30"],
    ["2023-02-29", "impossible date 2023-02-29"],
    ["2021-13-01T00:00:00Z", "impossible date 2021-13-01"],
    ["31.04.2022", "impossible date 31.04.2022"],
    ["yesterday", 'unreadable date "yesterday"'],
  ])("rejects %s", (input, reason) => {
    expect(parseDate(input)).toEqual({ ok: false, reason });
  });

  it("isoDate knows leap years", () => {
    expect(isoDate(2000, 2, 29)).toBe("2000-02-29");
    expect(isoDate(1900, 2, 29)).toBeNull();
  });
});
