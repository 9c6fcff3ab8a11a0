import type { Framework, FrameworkLevel } from "../frameworks/types";
import type { Problem, ProblemCode } from "../problems/problem";
import { present } from "./cells";
import { findLevel, levelNames } from "./levels";

/** What the meeting decided for one school, as typed into the register. */
export interface Decision {
  /** The agreed level by name, code or id; blank accepts the computed level. */
  agreed?: string;
  reason?: string;
  /** A typed name: Excel's API does not say who is signed in. */
  agreedBy?: string;
}

export interface SchoolRef {
  urn: number;
  name: string;
  /** The proposed level; undefined when the classifier gave none. */
  computed?: FrameworkLevel;
}

export type DecisionField = "agreed" | "reason" | "agreedBy";

/** A decision to fix, at its school and field (a Problem whose message names both). */
export interface DecisionProblem extends Problem {
  readonly urn: number;
  readonly school: string;
  readonly field: DecisionField;
}

export type Decided =
  | { ok: true; agreed: FrameworkLevel; overridden: boolean; reason?: string; agreedBy?: string }
  | { ok: false; problems: DecisionProblem[] };

export const decisionFieldLabels: Record<DecisionField, string> = {
  agreed: "Agreed level",
  reason: "Reason",
  agreedBy: "Agreed by",
};

/**
 * Validates a decision. The agreed level must be one of the framework's levels; agreeing a
 * level other than the computed one (or any level where none was computed) is an override
 * and needs a reason and the name of who agreed it. `defaultAgreedBy` is the meeting's
 * name for itself ("Executive Group"), used where a row names nobody.
 */
export function decide(
  framework: Framework,
  school: SchoolRef,
  decision: Decision = {},
  defaultAgreedBy?: string
): Decided {
  const problems: DecisionProblem[] = [];
  const problem = (code: ProblemCode, field: DecisionField, message: string) =>
    problems.push({
      code,
      urn: school.urn,
      school: school.name,
      field,
      message: `${school.name} (URN ${school.urn}): ${decisionFieldLabels[field]}: ${message}`,
    });
  const typed = present(decision.agreed);
  const reason = present(decision.reason);
  const agreedBy = present(decision.agreedBy) ?? present(defaultAgreedBy);
  const agreed = typed === undefined ? school.computed : findLevel(framework, typed);

  if (typed !== undefined && agreed === undefined) {
    problem(
      "invalid",
      "agreed",
      `'${typed}' is not a level of ${framework.name}; expected one of: ${levelNames(framework)} (name, code or id)`
    );
  } else if (agreed === undefined) {
    problem(
      "missing",
      "agreed",
      "blank; no level was computed, so the meeting must enter the agreed level"
    );
  }
  if (agreed === undefined) return { ok: false, problems };

  const overridden = agreed.id !== school.computed?.id;
  if (overridden) {
    const change = school.computed
      ? `agreeing ${agreed.name} instead of the computed ${school.computed.name}`
      : `agreeing ${agreed.name} where no level was computed`;
    if (!reason) problem("not-allowed", "reason", `blank; ${change} needs a reason`);
    if (!agreedBy)
      problem("not-allowed", "agreedBy", `blank; ${change} needs the name of who agreed it`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    agreed,
    overridden,
    ...(reason ? { reason } : {}),
    ...(agreedBy ? { agreedBy } : {}),
  };
}
