import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  planPublishedImport,
  recogniseFile,
  type PublishedFile,
} from "../../../src/core/published";
import { filePreview } from "../../../src/features/import";
import { readDataFile, readSchoolListFile } from "../../../src/cli/csv-files";
import { readChosen } from "../../../src/taskpane/flows/read-chosen";
import { FIXTURES, fixture } from "../../core/published/fixture-files";

const ODS_NAME = "ofsted_mi_eif_2023-08-31.ods";
const ODS_PATH = join(FIXTURES, "synthetic", ODS_NAME);
const SHEET = "(sheet 'Latest inspections', headers on row 2)";

/**
 * A file as the browser's picker gives it: Node's File has no webkitRelativePath, which the
 * picker sets to "" for a file chosen by itself and to its path for a file of a chosen folder.
 */
function chosenFile(bytes: Uint8Array | string, name: string, folderPath = ""): File {
  const file = new File([typeof bytes === "string" ? bytes : bytes.slice()], name);
  Object.defineProperty(file, "webkitRelativePath", { value: folderPath });
  return file;
}

const odsBytes = () => new Uint8Array(readFileSync(ODS_PATH));

/** What the CLI read, named as the pane names it (the pane has no folder path for a lone file). */
const asPaneNames = (file: PublishedFile): PublishedFile => ({
  ...file,
  name: file.name.replace(join(FIXTURES, "synthetic") + "/", ""),
});

describe("the pane reading chosen files (Import data and New school)", () => {
  it("reads a chosen .ods into the same recognised file as `trusttier import --data` does", async () => {
    const read = await readChosen([chosenFile(odsBytes(), ODS_NAME)], []);
    expect(read.unreadable).toEqual([]);
    expect(read.files).toHaveLength(1);
    const cli = await readDataFile(ODS_PATH, "--data");
    expect(read.files[0]).toEqual(asPaneNames(cli));
    expect(read.files[0].name).toBe(`${ODS_NAME} ${SHEET}`);
    expect(recogniseFile(read.files[0].grid).family).toBe("ofsted-mi");
    // What Check the files then shows, as the CLI's report says it.
    const plan = planPublishedImport({
      files: read.files,
      schoolList: fixture("gias/group_links.csv"),
      existing: {},
    });
    expect(plan.problems).toEqual([]);
    expect(filePreview(plan.reports[0], false).title).toMatch(
      /^Ofsted management information, .*OpenDocument: 17 rows matched to the trust$/
    );
  });

  it("reads an .ods chosen as the school list as `--schools` does", async () => {
    const read = await readChosen([], [chosenFile(odsBytes(), ODS_NAME)]);
    expect(read.unreadable).toEqual([]);
    const cli = await readSchoolListFile(ODS_PATH, "--schools");
    expect(read.schoolList).toEqual(asPaneNames(cli));
  });

  it("reads the .ods of a chosen folder by its path, and passes over what is not CSV or .ods", async () => {
    const read = await readChosen(
      [
        chosenFile(odsBytes(), ODS_NAME, `2023-2024/${ODS_NAME}`),
        chosenFile("Downloaded from Ofsted.\n", "README.txt", "2023-2024/README.txt"),
      ],
      []
    );
    expect(read.files.map((file) => file.name)).toEqual([`2023-2024/${ODS_NAME} ${SHEET}`]);
    expect(read.passedOver).toEqual([
      { path: "2023-2024/README.txt", reason: "not a CSV or .ods file" },
    ]);
  });

  it("names a damaged .ods chosen by itself as a problem to correct, and passes one over in a folder", async () => {
    const cut = odsBytes().subarray(0, 1500);
    const damaged =
      "cut.ods is damaged or incomplete (its end is missing, as when a download stops part-way); expected an OpenDocument spreadsheet (.ods) as LibreOffice or Ofsted save it";
    const alone = await readChosen([chosenFile(cut, "cut.ods")], []);
    expect(alone.files).toEqual([]);
    expect(alone.unreadable).toEqual([
      expect.objectContaining({ code: "invalid", sheet: "cut.ods", message: damaged }),
    ]);
    const inFolder = await readChosen([chosenFile(cut, "cut.ods", "2023-2024/cut.ods")], []);
    expect(inFolder.files).toEqual([]);
    expect(inFolder.unreadable).toEqual([]);
    expect(inFolder.passedOver).toEqual([
      { path: "2023-2024/cut.ods", reason: damaged.replace("cut.ods", "2023-2024/cut.ods") },
    ]);
  });

  it("still reads a chosen CSV as before", async () => {
    const csv = readFileSync(join(FIXTURES, "synthetic/ofsted_mi_eif_2023-08-31.csv"));
    const read = await readChosen([chosenFile(new Uint8Array(csv), "ofsted.csv")], []);
    expect(read.unreadable).toEqual([]);
    expect(read.files.map((file) => [file.name, file.encoding])).toEqual([
      ["ofsted.csv", "windows-1252"],
    ]);
  });
});
