import fc from "fast-check";
import { movementBetween, movementLabel } from "../../../src/core";

describe("movementBetween", () => {
  it("says in words which way is more concern", () => {
    expect(movementLabel(movementBetween(1, 3))).toBe("▲ More concern");
    expect(movementBetween(1, 3).steps).toBe(2);
    expect(movementLabel(movementBetween(3, 2))).toBe("▼ Less concern");
    expect(movementLabel(movementBetween(2, 2))).toBe("► No change");
    expect(movementLabel(movementBetween(undefined, 2))).toBe("● New");
  });

  it("is antisymmetric: swapping the meetings swaps more and less concern", () => {
    const opposite = {
      "more concern": "less concern",
      "less concern": "more concern",
      "no change": "no change",
    };
    fc.assert(
      fc.property(fc.nat(5), fc.nat(5), (a, b) => {
        const forward = movementBetween(a, b);
        const back = movementBetween(b, a);
        expect(back.kind).toBe(opposite[forward.kind as keyof typeof opposite]);
        expect(back.steps + forward.steps).toBe(0);
      })
    );
  });
});
