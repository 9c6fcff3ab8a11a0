import { academicYearLabel, type AcademicYear } from "../dates/academic-year";

/** A year named in a file or folder name: "2018-2019", "2018-19", "2018_19", "201819". */
export function academicYearFromName(path: string): AcademicYear | undefined {
  const parts = path.split(/[\\/]/).reverse();
  for (const part of parts) {
    const match = /(?:^|[^\d])(20\d{2})[-_ /]?(?:20)?(\d{2})(?!\d)/.exec(part);
    if (!match) continue;
    const start = Number(match[1]);
    if ((start + 1) % 100 === Number(match[2])) return academicYearLabel(start);
  }
  return undefined;
}

/** A column suffix "_22" names the academic year ending in 2022: 2021/22. */
export function academicYearFromSuffix(suffix: string): AcademicYear {
  return academicYearLabel(2000 + Number(suffix) - 1);
}

export type FileStatus = "provisional" | "revised" | "final";

/** Provisional, revised or final, where the file name says so. */
export function statusFromName(path: string): FileStatus | undefined {
  const name = path.toLowerCase();
  if (name.includes("provisional")) return "provisional";
  if (name.includes("revised")) return "revised";
  if (name.includes("final")) return "final";
  return undefined;
}
