import { hostTurns, stepper } from "../../src/features/progress";

const busy = (ms: number) => {
  const start = Date.now();
  while (Date.now() - start < ms) {
    // the synchronous work a feature does between turns
  }
};

describe("hostTurns", () => {
  it("lets the host's pending work run once the budget is spent", async () => {
    const turn = hostTurns(1);
    let ran = false;
    setTimeout(() => (ran = true), 0);
    busy(3);
    await turn();
    expect(ran).toBe(true);
  });

  it("does not give a turn before the budget is spent", async () => {
    const turn = hostTurns(60_000);
    let ran = false;
    setTimeout(() => (ran = true), 0);
    await turn();
    expect(ran).toBe(false);
  });
});

describe("stepper", () => {
  it("reports each step before it starts and stops when the person cancels", () => {
    const seen: string[] = [];
    const signal = { aborted: false };
    const next = stepper(
      { signal, onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.step}`) },
      3
    );
    next("a");
    next("b");
    signal.aborted = true;
    expect(() => next("c")).toThrow("Cancelled by the user.");
    expect(seen).toEqual(["0/3 a", "1/3 b"]);
  });
});
