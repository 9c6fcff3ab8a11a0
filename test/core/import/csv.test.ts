import { parseCsv } from "../../../src/core/import/csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks; empty fields are null", () => {
    const result = parseCsv('a,b,c\r\n"x, y","say ""hi""",\n"two\nlines",,3\n');
    expect(result).toEqual({
      ok: true,
      grid: [
        ["a", "b", "c"],
        ["x, y", 'say "hi"', null],
        ["two\nlines", null, "3"],
      ],
    });
  });

  it("keeps an empty quoted field as empty text and drops a byte-order mark", () => {
    expect(parseCsv('\ufeffa,""\n')).toEqual({ ok: true, grid: [["a", ""]] });
  });

  it("names the line of a quote that is never closed", () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({
      ok: false,
      message: "line 2: a quoted field is never closed",
    });
  });

  it("refuses a quote inside an unquoted field", () => {
    expect(parseCsv('a,b"c\n')).toEqual({
      ok: false,
      message: "line 1: a quote inside an unquoted field",
    });
  });
});
