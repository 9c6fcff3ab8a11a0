/** What the smoke harness's workbook holds, shared by the page-side harness and the test. */
export const SMOKE_WORKBOOK_NAME = "Oakfield Academies Trust.xlsx";

export const SMOKE_SCHOOLS_HEADERS = ["URN", "Name", "Phase", "Ofsted"];

export const SMOKE_SCHOOLS_ROWS = [
  [100001, "Oakfield Primary", "Primary", "Good"],
  [100002, "Riverside Academy", "Secondary", "Requires improvement"],
  [100003, "St Anne's CE Primary", "Primary", "Outstanding"],
];
