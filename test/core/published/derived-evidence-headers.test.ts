import { PUBLISHED_DATA_CRITERIA } from "../../../src/core/classify/trust-held";
import { derivedCriteria } from "../../../src/core/published/derived-evidence";

it("the classifier's published-data criteria are the ones the import derives", () => {
  expect([...PUBLISHED_DATA_CRITERIA].sort()).toEqual(
    derivedCriteria.map((criterion) => criterion.header).sort()
  );
});
