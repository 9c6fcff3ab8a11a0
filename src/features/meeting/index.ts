export * from "./record-meeting";
export * from "./write-sheets";
export * from "./meeting-pane";
export * from "./workbook-meeting";
