import type { CellValue } from "../values/cell";
import { normaliseText } from "../values/text";
import type { Framework, OwnWordAlias } from "./types";

/** The Text written beside every alias row. */
export const OWN_WORD_TEXT = "a trust's own word for this level";

/** The Source of an alias row a person answered in Connect. */
export function ownWordSource(asOf: string): string {
  return `named in Connect on ${asOf}: the trust's own word for this level`;
}

/**
 * An 'alias' row laid out under a framework table's own headers (whatever their order), so it
 * can be appended below the rows a person typed without touching them.
 */
export function ownWordRowCells(headers: readonly string[], alias: OwnWordAlias): CellValue[] {
  const cells: Record<string, CellValue> = {
    [normaliseText("Row type")]: "alias",
    [normaliseText("Criterion")]: alias.criterion,
    [normaliseText("Value")]: alias.value,
    [normaliseText("From level")]: alias.level,
    [normaliseText("Text")]: OWN_WORD_TEXT,
    [normaliseText("Source")]: alias.source,
  };
  return headers.map((header) => cells[normaliseText(header)] ?? null);
}

/** The framework with one more own-word alias (the framework object itself is not changed). */
export function withOwnWord(framework: Framework, alias: OwnWordAlias): Framework {
  return { ...framework, ownWords: [...(framework.ownWords ?? []), alias] };
}
