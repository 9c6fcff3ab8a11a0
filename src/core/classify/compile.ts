import type { Criterion, Floor, Framework, FrameworkLevel } from "../frameworks/types";
import type { InspectionFact } from "../inspections/types";
import { normaliseText } from "../values/text";
import { quotedPassages, type OwnWordsMatch, type OwnWordsScale } from "./own-words";

export interface CompiledRow {
  value: string;
  from: number;
  to: number;
  notApplicable: boolean;
  /** Highest rank a value floor lifts the result to when this row is read, or -1. */
  floorRank: number;
  floors: Floor[];
}

export interface CompiledCriterion {
  criterion: Criterion;
  index: number;
  /** Index of the piece of evidence (criterion or group) it belongs to. */
  piece: number;
  rows: CompiledRow[];
  /** normaliseText(value or alias) -> row index. */
  keys: Map<string, number>;
  /** Raw cell value -> resolution (row index or a negative code), filled as values are read. */
  cache: Map<unknown, number>;
  /** Each row's wordings (value, aliases, quoted seed passages) for reading a trust's own words. */
  wordings: string[][];
  /** Per row, the index in `wordings` where the quoted seed passages start. */
  quotedFrom: number[];
  /** The scale prepared from `wordings`, built when a value first needs it. */
  ownWords?: OwnWordsScale;
  /** normaliseText(text) -> how the own-words rule read it, for values no key matched. */
  ownWordsReads: Map<string, OwnWordsMatch>;
}

export interface CompiledPiece {
  id: string;
  label: string;
  /** Criterion indices, primary (the overall grade) first. */
  members: number[];
}

export interface CompiledFramework {
  framework: Framework;
  levels: FrameworkLevel[];
  levelCount: number;
  rankOf: Map<string, number>;
  criteria: CompiledCriterion[];
  byId: Map<string, CompiledCriterion>;
  pieces: CompiledPiece[];
  factFloors: Array<{ fact: InspectionFact; rank: number; floor: Floor }>;
}

const compiled = new WeakMap<Framework, CompiledFramework>();

/**
 * A floor on a value also holds for every worse value of the same criterion (an interval at or
 * above it at both ends): "requires improvement -> at least Medium" covers "inadequate" too.
 * Without this, worsening a value could drop its floor and lower the result.
 */
function inheritFloors(rows: CompiledRow[]): void {
  const own = rows.map((row) => ({ floorRank: row.floorRank, floors: [...row.floors] }));
  for (const row of rows) {
    if (row.notApplicable) continue;
    rows.forEach((other, index) => {
      if (other === row || other.notApplicable || own[index].floorRank < 0) return;
      if (row.from < other.from || row.to < other.to) return;
      row.floorRank = Math.max(row.floorRank, own[index].floorRank);
      for (const floor of own[index].floors)
        if (!row.floors.includes(floor)) row.floors.push(floor);
    });
  }
}

function levelRanks(framework: Framework): Map<string, number> {
  const ranks = new Map<string, number>();
  framework.levels.forEach((level, rank) => ranks.set(level.id, rank));
  return ranks;
}

/**
 * Precompiles a framework into numeric intervals and lookup tables (cached per framework
 * object). A framework from `frameworkFromTable` is already validated; a hand-built one with
 * a mapping row naming an unknown level or criterion throws, naming it.
 */
export function compileFramework(framework: Framework): CompiledFramework {
  const cached = compiled.get(framework);
  if (cached) return cached;
  const rankOf = levelRanks(framework);
  const rank = (id: string, where: string): number => {
    const found = rankOf.get(id);
    if (found === undefined)
      throw new Error(
        `${framework.id}: ${where} names level '${id}', which the framework does not define`
      );
    return found;
  };
  const pieceIndex = new Map<string, number>();
  const pieces: CompiledPiece[] = [];
  const criteria: CompiledCriterion[] = framework.criteria.map((criterion, index) => {
    const pieceKey = criterion.group ?? criterion.id;
    let piece = pieceIndex.get(pieceKey);
    if (piece === undefined) {
      piece = pieces.length;
      pieceIndex.set(pieceKey, piece);
      pieces.push({
        id: pieceKey,
        label: criterion.group ? criterion.label : criterion.label,
        members: [],
      });
    }
    pieces[piece].members.push(index);
    return {
      criterion,
      index,
      piece,
      rows: [],
      keys: new Map(),
      cache: new Map(),
      wordings: [],
      quotedFrom: [],
      ownWordsReads: new Map(),
    };
  });
  const byId = new Map(criteria.map((entry) => [entry.criterion.id, entry]));
  for (const row of framework.mapping) {
    const target = byId.get(row.criterion);
    if (!target)
      throw new Error(
        `${framework.id}: a mapping row names criterion '${row.criterion}', which the framework does not define`
      );
    const compiledRow: CompiledRow = row.notApplicable
      ? { value: row.value, from: -1, to: -1, notApplicable: true, floorRank: -1, floors: [] }
      : {
          value: row.value,
          from: rank(row.from, `mapping row '${row.value}'`),
          to: rank(row.to, `mapping row '${row.value}'`),
          notApplicable: false,
          floorRank: -1,
          floors: [],
        };
    const rowIndex = target.rows.push(compiledRow) - 1;
    target.quotedFrom.push(1 + row.aliases.length);
    target.wordings.push([row.value, ...row.aliases, ...quotedPassages(row.source)]);
    for (const key of [row.value, ...row.aliases]) {
      const normalised = normaliseText(key);
      if (!target.keys.has(normalised)) target.keys.set(normalised, rowIndex);
    }
  }
  for (const alias of framework.ownWords ?? []) {
    const target = byId.get(alias.criterion);
    if (!target)
      throw new Error(
        `${framework.id}: an alias row names criterion '${alias.criterion}', which the framework does not define`
      );
    const level = rank(alias.level, `alias row '${alias.value}'`);
    const key = normaliseText(alias.value);
    if (target.keys.has(key)) continue;
    const rowIndex =
      target.rows.push({
        value: alias.value,
        from: level,
        to: level,
        notApplicable: false,
        floorRank: -1,
        floors: [],
      }) - 1;
    target.quotedFrom.push(1);
    target.wordings.push([alias.value]);
    target.keys.set(key, rowIndex);
  }
  const factFloors: CompiledFramework["factFloors"] = [];
  for (const floor of framework.floors) {
    // A floor the trust switched off in its framework table ("Applies" No) is kept, not applied.
    if (floor.off) continue;
    const floorRank = rank(floor.level, `floor '${floor.id}'`);
    if (floor.trigger.kind === "fact") {
      factFloors.push({ fact: floor.trigger.fact, rank: floorRank, floor });
      continue;
    }
    const target = byId.get(floor.trigger.criterion);
    if (!target)
      throw new Error(
        `${framework.id}: floor '${floor.id}' names criterion '${floor.trigger.criterion}', which the framework does not define`
      );
    const values = new Set(floor.trigger.values.map(normaliseText));
    for (const row of target.rows) {
      if (!values.has(normaliseText(row.value))) continue;
      row.floorRank = Math.max(row.floorRank, floorRank);
      row.floors.push(floor);
    }
  }
  for (const entry of criteria) inheritFloors(entry.rows);
  const result: CompiledFramework = {
    framework,
    levels: framework.levels,
    levelCount: framework.levels.length,
    rankOf,
    criteria,
    byId,
    pieces,
    factFloors,
  };
  compiled.set(framework, result);
  return result;
}
