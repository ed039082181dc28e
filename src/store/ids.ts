// Stable ids across regroupings: each new group takes the id of the existing group it shares most
// members with. Pairs are taken greatest overlap first (ties: the older id, then the earlier group),
// so an id follows the bulk of its members; groups left without a match get new ids, and old groups
// left without a match are retired, never handed to anyone else.

export interface OldGroup {
  id: number;
  members: ReadonlySet<string>;
}

/** For each new group, the old id it keeps, or null when it needs a new id. */
export function matchIds(groups: readonly (readonly string[])[], old: readonly OldGroup[]): (number | null)[] {
  const byMember = new Map<string, number[]>();
  old.forEach((g, i) => {
    for (const m of g.members) {
      const list = byMember.get(m);
      if (list) list.push(i);
      else byMember.set(m, [i]);
    }
  });
  const pairs: { group: number; old: number; overlap: number }[] = [];
  groups.forEach((members, group) => {
    const counts = new Map<number, number>();
    for (const m of new Set(members)) for (const i of byMember.get(m) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    for (const [i, overlap] of counts) pairs.push({ group, old: i, overlap });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || old[a.old]!.id - old[b.old]!.id || a.group - b.group);
  const result: (number | null)[] = groups.map(() => null);
  const taken = new Set<number>();
  for (const p of pairs) {
    if (result[p.group] !== null || taken.has(p.old)) continue;
    result[p.group] = old[p.old]!.id;
    taken.add(p.old);
  }
  return result;
}
