export * from "./register-sheets";
export * from "./record-meeting";
export * from "./write-sheets";
export * from "./demo-meetings";
export * from "./workbook-meeting";
