import { describe, expect, it } from "vitest";
import {
  HelpRequested,
  nonNegativeNumber,
  oneOf,
  parseCommandLine,
  runCommand,
  UsageError,
  wholeNumber,
  type CommandIo,
} from "./command-line.js";

const OPTIONS = { out: { type: "string" }, n: { type: "string" }, quiet: { type: "boolean" } } as const;

function usageError(f: () => unknown): UsageError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error("no UsageError thrown");
}

describe("parseCommandLine", () => {
  it("parses the options it is given", () => {
    const { values, positionals } = parseCommandLine(["--out", "x.json", "--n=3", "--quiet"], OPTIONS);
    expect(values).toEqual({ out: "x.json", n: "3", quiet: true });
    expect(positionals).toEqual([]);
    expect(parseCommandLine(["a", "--quiet", "b"], OPTIONS, { positionals: true }).positionals).toEqual(["a", "b"]);
  });

  it("rejects an unknown option, naming it and nothing else", () => {
    expect(usageError(() => parseCommandLine(["--bogus"], OPTIONS)).message).toBe("Unknown option '--bogus'");
    expect(usageError(() => parseCommandLine(["-x"], OPTIONS, { positionals: true })).message).toBe("Unknown option '-x'");
  });

  it("rejects an option without its value", () => {
    expect(usageError(() => parseCommandLine(["--n"], OPTIONS)).message).toBe("Option '--n <value>' argument missing");
    expect(usageError(() => parseCommandLine(["--n", "--quiet"], OPTIONS)).message).toBe(`Option '--n' needs a value, got the option "--quiet"`);
  });

  it("names a value that starts with a dash, and how to give it", () => {
    const message = usageError(() => parseCommandLine(["--n", "-5"], OPTIONS)).message;
    expect(message).toBe(`Option '--n' needs a value, got "-5" (to give a value starting with a dash, write --n=-5)`);
    expect(message).not.toContain("\n");
  });

  it("rejects a value given to a flag, and positional arguments unless asked for", () => {
    expect(usageError(() => parseCommandLine(["--quiet=yes"], OPTIONS)).message).toMatch(/'--quiet' does not take an argument/);
    expect(usageError(() => parseCommandLine(["stray"], OPTIONS)).message).toMatch(/Unexpected argument 'stray'/);
  });

  it("answers --help and -h with HelpRequested, even beside other options", () => {
    expect(() => parseCommandLine(["--help"], OPTIONS)).toThrow(HelpRequested);
    expect(() => parseCommandLine(["--n", "3", "-h"], OPTIONS)).toThrow(HelpRequested);
    expect(() => parseCommandLine(["-h"], {})).toThrow(HelpRequested);
  });
});

describe("wholeNumber", () => {
  it("takes the fallback when absent and a whole number within bounds", () => {
    expect(wholeNumber("n", undefined, 40, { min: 1 })).toBe(40);
    expect(wholeNumber("n", "7", 40, { min: 1 })).toBe(7);
    expect(wholeNumber("n", "1e3", 40, { min: 1 })).toBe(1000);
    expect(wholeNumber("edges", "0", 5, { min: 0, max: 10 })).toBe(0);
    expect(wholeNumber("edges", "10", 5, { min: 0, max: 10 })).toBe(10);
  });

  it.each([
    ["abc", { min: 1 }, `--n must be a whole number ≥ 1, got "abc"`],
    ["-5", { min: 1 }, `--n must be a whole number ≥ 1, got "-5"`],
    ["1.5", { min: 0, max: 9 }, `--n must be a whole number from 0 to 9, got "1.5"`],
    ["0", { min: 1, max: 9 }, `--n must be a whole number from 1 to 9, got "0"`],
    ["10", { min: 1, max: 9 }, `--n must be a whole number from 1 to 9, got "10"`],
    ["", { min: 0 }, `--n must be a whole number ≥ 0, got ""`],
    [" ", { min: 0 }, `--n must be a whole number ≥ 0, got " "`],
    ["Infinity", { min: 0 }, `--n must be a whole number ≥ 0, got "Infinity"`],
    ["1e300", { min: 0 }, `--n must be a whole number ≥ 0, got "1e300"`],
  ])("rejects %j (%j)", (value, bounds, message) => {
    expect(usageError(() => wholeNumber("n", value, 1, bounds)).message).toBe(message);
  });
});

describe("nonNegativeNumber", () => {
  it("takes any finite number ≥ 0", () => {
    expect(nonNegativeNumber("w", undefined, 2)).toBe(2);
    expect(nonNegativeNumber("w", "0.25", 2)).toBe(0.25);
    expect(nonNegativeNumber("w", "0", 2)).toBe(0);
  });
  it.each(["-1", "abc", "", "NaN", "Infinity"])("rejects %j", (value) => {
    expect(usageError(() => nonNegativeNumber("w", value, 2)).message).toBe(`--w must be a number ≥ 0, got "${value}"`);
  });
});

describe("oneOf", () => {
  it("takes one of the words, or the fallback", () => {
    expect(oneOf("type", undefined, ["a", "b"], "a")).toBe("a");
    expect(oneOf("type", "b", ["a", "b"], "a")).toBe("b");
    expect(usageError(() => oneOf("type", "c", ["a", "b"], "a")).message).toBe(`--type must be one of a, b, got "c"`);
  });
});

describe("runCommand", () => {
  const capture = (): CommandIo & { stdout: string; stderr: string } => {
    const io = { stdout: "", stderr: "", out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
    return io;
  };
  const USAGE = "Usage: npm run thing -- [--n N]\n";

  it("prints bad usage as '<command>: <reason>' and the usage on stderr, exit code 2", async () => {
    const io = capture();
    const code = await runCommand("thing", USAGE, () => void parseCommandLine(["--bogus"], OPTIONS), io);
    expect(code).toBe(2);
    expect(io.stderr).toBe("thing: Unknown option '--bogus'\n\nUsage: npm run thing -- [--n N]\n");
    expect(io.stdout).toBe("");
  });

  it("prints the usage on stdout for --help, exit code 0", async () => {
    const io = capture();
    expect(await runCommand("thing", USAGE, () => void parseCommandLine(["--help"], OPTIONS), io)).toBe(0);
    expect(io.stdout).toBe("Usage: npm run thing -- [--n N]\n");
    expect(io.stderr).toBe("");
  });

  it("returns main's exit code, 0 when it returns nothing, and throws other errors on", async () => {
    const io = capture();
    expect(await runCommand("thing", USAGE, () => 1, io)).toBe(1);
    expect(await runCommand("thing", USAGE, async () => {}, io)).toBe(0);
    await expect(runCommand("thing", USAGE, () => { throw new TypeError("a bug"); }, io)).rejects.toThrow(TypeError);
    expect(io.stdout + io.stderr).toBe("");
  });
});
