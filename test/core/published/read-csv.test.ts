import { readPublishedCsv } from "../../../src/core/published";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("a published CSV as the import reads it", () => {
  it("reads the grid and names the file as given", () => {
    const read = readPublishedCsv("england_abs.csv", bytes("URN,Value\r\n138776,4.5\r\n"));
    expect(read).toMatchObject({ ok: true, value: { name: "england_abs.csv" } });
    expect(read.ok && read.value.grid[1]).toEqual(["138776", "4.5"]);
  });

  it("returns a file it cannot parse as one Problem naming the file and the line", () => {
    expect(readPublishedCsv("broken.csv", bytes('URN,Name\r\n1,"never closed\r\n'))).toEqual({
      ok: false,
      problems: [
        {
          code: "invalid",
          field: "file",
          value: "broken.csv",
          message: expect.stringMatching(
            /^broken\.csv: line 2: a quoted field is never closed; expected a CSV file$/
          ),
        },
      ],
    });
  });
});
