import { canonicalFormula } from "../../../src/core/layout/canonical-formula";
import { renderAsExcel, sheetNameNeedsQuotes } from "../../support/excel-rendering";

const same = (a: string, b: string) => expect(canonicalFormula(a)).toBe(canonicalFormula(b));
const differ = (a: string, b: string) => expect(canonicalFormula(a)).not.toBe(canonicalFormula(b));

describe("canonicalFormula", () => {
  it("treats a quoted and an unquoted sheet name alike, in any case", () => {
    same("='Cards'!A1", "=Cards!A1");
    same("=SUM('Measures'!$D:$D)", "=sum(measures!$D:$D)");
    same("='O''Brien Data'!B2", "='o''brien data'!b2");
    same("=INDEX('Measures'!$D:$D,2)+'Targets'!A1", "=INDEX(Measures!$D:$D,2)+Targets!A1");
  });

  it("upper-cases function names and drops file-format prefixes", () => {
    same('=_xlfn.IFS(A1>1,"a",TRUE,"b")', '=ifs(a1>1,"a",true,"b")');
  });

  it("spells the current row as @ and brackets every column name", () => {
    same("=Schools[[#This Row],[Ofsted]]", "=Schools[@Ofsted]");
    same("=Schools[[#This Row], [Ofsted]]", "=Schools[@[Ofsted]]");
    same("=Schools[[#This Row],[Ofsted]:[Other reports]]", "=Schools[@[Ofsted]:[Other reports]]");
    same("=Measures[Value]", "=Measures[[Value]]");
    same("=SUM(Measures[Value])", "=SUM(measures[value])");
    same("=Schools[[#Headers],[Ofsted]:[QA]]", "=Schools[[#Headers], [Ofsted]:[QA]]");
  });

  it("keeps apart formulas that differ for real", () => {
    differ('=IF(A1="a",1,2)', '=IF(A1="A",1,2)');
    differ('="It\'s"&A1', '="it\'s"&A1');
    differ("='My Sheet'!A1", "=My Sheet!A1");
    differ("=Measures[Value]", "=Measures[Values]");
    differ("=Schools[@Ofsted]", "=Schools[Ofsted]");
    differ("=Schools[[#Headers],[Ofsted]]", "=Schools[[#Data],[Ofsted]]");
    differ("='Measures'!$D:$D", "='Measures'!$E:$E");
    differ("=Sheet1!A1", "=Sheet2!A1");
  });

  it("does not take an apostrophe or ! inside a string literal for a sheet name", () => {
    differ("=\"'x'!\"&A1", '="X!"&A1');
    same('="a!b"&Cards!A1', "=\"a!b\"&'Cards'!A1");
  });
});

describe("the Excel rendering helper", () => {
  it("quotes the sheet names Excel quotes", () => {
    for (const name of [
      "My Sheet",
      "1Sheet",
      ".x",
      "A1",
      "xfd1048576",
      "R1C1",
      "RC",
      "C3x",
      "P&L",
      "O'Brien",
    ]) {
      expect([name, sheetNameNeedsQuotes(name)]).toEqual([name, true]);
    }
    for (const name of [
      "Cards",
      "Sheet1",
      "Sheet.1",
      "_draft",
      "École1",
      "XFE1",
      "RA",
      "Measures",
    ]) {
      expect([name, sheetNameNeedsQuotes(name)]).toEqual([name, false]);
    }
  });

  it("renders as Excel shows a formula, and the canonical form does not change", () => {
    const written =
      "=_xlfn.ifs('measures'!$D:$D>1,\"a'b!\",TRUE,Schools[[#This Row],[Ofsted]])+'My Sheet'!A1";
    const shown = renderAsExcel(written, ["Measures", "Schools", "My Sheet"]);
    expect(shown).toBe("=IFS(Measures!$D:$D>1,\"a'b!\",TRUE,Schools[@Ofsted])+'My Sheet'!A1");
    same(written, shown);
    expect(renderAsExcel("=T[[#This Row],[Other reports]]", [])).toBe("=T[@[Other reports]]");
  });
});
