import { describe, expect, it } from "vitest";
import { binDates, chooseUnit, dateSpan } from "./histogram";

describe("histogram binning", () => {
  it("bins by month with empty months kept", () => {
    const bins = binDates(["2021-11-30", "2021-12-02", "2022-02-28", "2022-02-01"], "2021-11-30", "2022-02-28", "month");
    expect(bins.map((b) => [b.start, b.end, b.count])).toEqual([
      ["2021-11-01", "2021-11-30", 1],
      ["2021-12-01", "2021-12-31", 1],
      ["2022-01-01", "2022-01-31", 0],
      ["2022-02-01", "2022-02-28", 2],
    ]);
  });
  it("bins by ISO week starting Monday", () => {
    // 2021-12-05 is a Sunday, 2021-12-06 a Monday.
    const bins = binDates(["2021-12-05", "2021-12-06", "2021-12-12"], "2021-12-05", "2021-12-12", "week");
    expect(bins.map((b) => [b.start, b.end, b.count])).toEqual([
      ["2021-11-29", "2021-12-05", 1],
      ["2021-12-06", "2021-12-12", 2],
    ]);
  });
  it("chooses weeks for short spans and months for long ones", () => {
    expect(chooseUnit("2021-12-01", "2022-01-15")).toBe("week");
    expect(chooseUnit("2021-04-01", "2022-02-24")).toBe("month");
  });
  it("finds the span", () => {
    expect(dateSpan(["2022-01-02", "2021-05-01", "2021-12-31"])).toEqual({ first: "2021-05-01", last: "2022-01-02" });
    expect(dateSpan([])).toBeNull();
  });
});
