import { readOdsContent, readPublishedOds, recogniseFile } from "../../../src/core/published";

const content = (...tables: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>${tables.join("")}</office:spreadsheet></office:body></office:document-content>`;

const text = (value: string, extra = "") =>
  `<table:table-cell office:value-type="string"${extra}><text:p>${value}</text:p></table:table-cell>`;

describe("reading an OpenDocument spreadsheet's content.xml", () => {
  it("reads typed cells: floats, percentages as shown, dates as ISO, strings with spaces, tabs and entities", () => {
    const read = readOdsContent(
      content(
        `<table:table table:name="Data"><table:table-row>` +
          `<table:table-cell office:value-type="float" office:value="257"><text:p>257</text:p></table:table-cell>` +
          `<table:table-cell office:value-type="percentage" office:value="0.56"><text:p>56%</text:p></table:table-cell>` +
          `<table:table-cell office:value-type="date" office:date-value="2017-01-01T00:00:00"><text:p>01/01/2017</text:p></table:table-cell>` +
          text(`Latest OEIF<text:s/> inspection<text:tab/>date`) +
          text(`St Stephen’s &amp; &#x41;ll`) +
          `<table:table-cell office:value-type="string"><text:p>two</text:p><text:p>lines</text:p></table:table-cell>` +
          `</table:table-row></table:table>`
      )
    );
    expect(read).toEqual({
      ok: true,
      sheets: [
        {
          name: "Data",
          grid: [
            [
              257,
              56,
              "2017-01-01",
              "Latest OEIF  inspection\tdate",
              "St Stephen’s & All",
              "two\nlines",
            ],
          ],
        },
      ],
    });
  });

  it("expands repeated columns and rows, keeps empty cells between values, drops the empty rest of the sheet", () => {
    const read = readOdsContent(
      content(
        `<table:table table:name="S">` +
          `<table:table-row>${text("a")}<table:table-cell table:number-columns-repeated="2"/>${text("b", ' table:number-columns-repeated="3"')}<table:table-cell table:number-columns-repeated="16376"/></table:table-row>` +
          `<table:table-row table:number-rows-repeated="2">${text("c")}</table:table-row>` +
          `<table:table-row table:number-rows-repeated="1"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
          `<table:table-row>${text("d")}</table:table-row>` +
          `<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
          `</table:table>`
      )
    );
    if (!read.ok) throw new Error(read.message);
    expect(read.sheets[0].grid).toEqual([
      ["a", null, null, "b", "b", "b"],
      ["c"],
      ["c"],
      [],
      ["d"],
    ]);
  });

  it("leaves out comments and reads merged (covered) cells as empty", () => {
    const read = readOdsContent(
      content(
        `<table:table table:name="S"><table:table-row>` +
          `<table:table-cell office:value-type="string"><office:annotation><text:p>checked by AB</text:p></office:annotation><text:p>Good</text:p></table:table-cell>` +
          `<table:covered-table-cell/>${text("x")}` +
          `</table:table-row></table:table>`
      )
    );
    expect(read.ok && read.sheets[0].grid).toEqual([["Good", null, "x"]]);
  });

  it("refuses a row wider than a spreadsheet and a file with no sheets", () => {
    const wide = readOdsContent(
      content(
        `<table:table table:name="S"><table:table-row>${text("a", ' table:number-columns-repeated="20000"')}</table:table-row></table:table>`
      )
    );
    expect(wide).toEqual({
      ok: false,
      message: "sheet 'S' has a row with more than 16384 columns",
    });
    expect(readOdsContent(content())).toEqual({
      ok: false,
      message: "it holds no sheets (no table:table)",
    });
  });
});

describe("choosing the sheet of a published .ods", () => {
  const notes =
    `<table:table table:name="Notes">` +
    `<table:table-row>${text("Management information: state-funded schools")}</table:table-row>` +
    `<table:table-row>${text("Field name")}${text("Description")}</table:table-row>` +
    `<table:table-row>${text("URN")}${text("Unique reference number")}</table:table-row>` +
    `</table:table>`;
  const data =
    `<table:table table:name="Latest inspections">` +
    `<table:table-row>${text("Table 1: latest inspections at 31 August 2023")}</table:table-row>` +
    `<table:table-row>${text("URN")}${text("Inspection start date")}${text("Overall effectiveness")}</table:table-row>` +
    `<table:table-row><table:table-cell office:value-type="float" office:value="138776"/><table:table-cell office:value-type="date" office:date-value="2017-01-01"/><table:table-cell office:value-type="float" office:value="2"/></table:table-row>` +
    `</table:table>`;

  it("takes the data sheet, found below its title line, and names the sheet", () => {
    const read = readPublishedOds("mi.ods", content(notes, data));
    if (!read.ok) throw new Error(read.problems[0].message);
    expect(read.value.name).toBe("mi.ods (sheet 'Latest inspections', headers on row 2)");
    expect(read.value.grid).toEqual([
      ["URN", "Inspection start date", "Overall effectiveness"],
      [138776, "2017-01-01", 2],
    ]);
    expect(recogniseFile(read.value.grid).family).toBe("ofsted-mi");
  });

  it("names every sheet when none has headers TrustTier knows", () => {
    const read = readPublishedOds("notes.ods", content(notes.replace("Field name", "Column")));
    expect(read).toEqual({
      ok: false,
      problems: [
        {
          code: "invalid",
          field: "file",
          value: "notes.ods",
          message: expect.stringMatching(
            /^notes\.ods: none of its sheets \('Notes'\) has a header row TrustTier recognises/
          ),
        },
      ],
    });
  });
});
