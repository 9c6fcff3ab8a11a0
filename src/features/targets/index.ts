export * from "./set-targets";
