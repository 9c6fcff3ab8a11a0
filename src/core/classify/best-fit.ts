/**
 * The best-fit rule, the same for every framework: each piece of evidence fits an interval of
 * levels; the result is the level with the least total distance to the intervals (an ordinal
 * median), and an even split goes to the level of greater concern. Distance to an interval is
 * zero inside it and the number of steps to its nearest end outside it. The total is convex in
 * the level, so worsening one piece can never lower the result.
 */
export function bestFitRank(
  froms: ArrayLike<number>,
  tos: ArrayLike<number>,
  count: number,
  levelCount: number
): number {
  let bestRank = -1;
  let bestDistance = Infinity;
  for (let rank = 0; rank < levelCount; rank++) {
    let distance = 0;
    for (let i = 0; i < count; i++) {
      const from = froms[i];
      const to = tos[i];
      distance += rank < from ? from - rank : rank > to ? rank - to : 0;
    }
    // "<=": on a tie the later (greater-concern) level wins.
    if (distance <= bestDistance) {
      bestDistance = distance;
      bestRank = rank;
    }
  }
  return bestRank;
}

/** Share of intervals that hold `rank`. */
export function agreementAt(
  froms: ArrayLike<number>,
  tos: ArrayLike<number>,
  count: number,
  rank: number
): number {
  if (count === 0) return 0;
  let holding = 0;
  for (let i = 0; i < count; i++) if (froms[i] <= rank && rank <= tos[i]) holding++;
  return holding / count;
}
