import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinFrameworkIds, getBuiltinFramework } from "../../../src/core";

const docs = readFileSync(join(__dirname, "../../../docs/classification.md"), "utf8");

describe("docs/classification.md stays in step with the built-in frameworks", () => {
  it.each(builtinFrameworkIds.map((id) => [id]))(
    "lists every %s level, choice value and floor",
    (id) => {
      const framework = getBuiltinFramework(id)!;
      const choiceValues = framework.mapping
        .filter(
          (row) =>
            framework.criteria.find((criterion) => criterion.id === row.criterion)?.kind ===
            "choice"
        )
        .map((row) => `| ${row.value}`);
      const expected = [
        `### \`${framework.id}\``,
        ...framework.levels.map((level) => `| ${level.name} |`),
        ...choiceValues,
        ...framework.floors.map((floor) => `| ${floor.label} (`),
      ];
      expect(expected.filter((text) => !docs.includes(text))).toEqual([]);
    }
  );
});
