export type MovementKind = "more concern" | "less concern" | "no change" | "new";

export interface Movement {
  kind: MovementKind;
  /** Words that cannot be misread: "up" in a register is ambiguous, "More concern" is not. */
  text: "More concern" | "Less concern" | "No change" | "New";
  /** A symbol beside the words, so colour is never the only signal. */
  symbol: "▲" | "▼" | "►" | "●";
  /** Levels moved, positive towards more concern; 0 when new or unchanged. */
  steps: number;
}

const MOVEMENTS: Record<MovementKind, Omit<Movement, "steps">> = {
  "more concern": { kind: "more concern", text: "More concern", symbol: "▲" },
  "less concern": { kind: "less concern", text: "Less concern", symbol: "▼" },
  "no change": { kind: "no change", text: "No change", symbol: "►" },
  new: { kind: "new", text: "New", symbol: "●" },
};

/**
 * The movement from the previous meeting's agreed level to this one, by rank (0 = least
 * concern). No previous rank: the school is new to the register.
 */
export function movementBetween(previousRank: number | undefined, currentRank: number): Movement {
  if (previousRank === undefined) return { ...MOVEMENTS.new, steps: 0 };
  const steps = currentRank - previousRank;
  const kind = steps > 0 ? "more concern" : steps < 0 ? "less concern" : "no change";
  return { ...MOVEMENTS[kind], steps };
}

/** "▲ More concern", as a register cell shows it. */
export const movementLabel = (movement: Movement): string => `${movement.symbol} ${movement.text}`;
