export * from "./set-targets";
export * from "./review-targets";
