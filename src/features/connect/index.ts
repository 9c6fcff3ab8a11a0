export * from "./sources";
export * from "./connection";
export * from "./saved-mapping";
export * from "./frameworks";
export * from "./distribution";
export * from "./saved-source";
export * from "./own-words";
