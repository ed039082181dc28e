// One key per entity across a body of coverage, learned from the coverage itself: name variants
// ("Mohamed" / "Mohammed Alhakim"), surnames ("Alhakim"), acronyms defined by their initials ("HBA" for
// "Halvard Basin Authority"), outlet hosts ("meridianpost.com" for "The Meridian Post"), and the
// reference list of outlets ("AP" for "Associated Press"). Canonical name: the fullest form used.
import type { EntityKind } from '../types.ts';
import { editDistance } from '../analyze/mentions.ts';
import { lookupHost, lookupOutlet, normaliseName } from '../analyze/outlets.ts';

export interface Entity {
  key: string;
  name: string;
  kind: EntityKind;
  /** Every surface form seen, for explanation. */
  forms: Set<string>;
}

const compact = (s: string) => normaliseName(s).replace(/\s+/g, '');
const initials = (s: string) =>
  normaliseName(s)
    .split(' ')
    .filter((w) => w && !['of', 'and', 'for', 'the', 'de', 'on'].includes(w))
    .map((w) => w[0])
    .join('');

function similarFirstNames(a: string, b: string): boolean {
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  return editDistance(a, b) <= (Math.min(a.length, b.length) > 5 ? 2 : 1);
}

/** Resolves names to coverage-wide entities. Add every name first, then ask for keys. */
export class EntityResolver {
  private readonly entities = new Map<string, Entity>();
  private readonly byCompact = new Map<string, string>();
  private readonly persons = new Map<string, string[]>(); // surname → person keys
  private readonly heads = new Map<string, Set<string>>(); // last word of a multi-word outlet name → outlet keys

  /** Corrections: forms a user split off (compact form → its own entity), and entities merged into others. */
  private readonly splits = new Map<string, Entity>();
  private readonly redirects = new Map<string, Entity>();

  /** The entity a name refers to, creating it when new. */
  resolve(rawName: string, kind: EntityKind): Entity {
    const name = rawName.replace(/\s+/g, ' ').trim();
    const split = this.splits.get(compact(name));
    if (split) return split;
    const e = kind === 'person' ? this.person(name) : this.named(name, kind);
    const to = this.redirects.get(e.key);
    if (!to) return e;
    to.forms.add(name);
    return to;
  }

  /** A user's correction: this form is an entity of its own, whatever it resembles. */
  split(form: string): Entity {
    const name = form.replace(/\s+/g, ' ').trim();
    const e: Entity = { key: `split:${normaliseName(name).replace(/\s+/g, '-')}`, name, kind: 'unknown', forms: new Set([name]) };
    this.splits.set(compact(name), e);
    return e;
  }

  /** A user's correction: these names are one entity, named by the first. Call after the names are added. */
  merge(names: string[]): Entity {
    const entities = names.map((n) => this.find(n));
    const target = entities[0]!;
    target.name = names[0]!.replace(/\s+/g, ' ').trim();
    for (const e of entities.slice(1)) {
      if (e.key === target.key) continue;
      for (const f of e.forms) target.forms.add(f);
      if (target.kind === 'unknown') target.kind = e.kind;
      this.redirects.set(e.key, target);
      for (const [k, to] of this.redirects) if (to.key === e.key) this.redirects.set(k, target);
    }
    return target;
  }

  /** The entity already known by this name or form, else the one the name resolves to. */
  private find(name: string): Entity {
    const n = normaliseName(name);
    const known = [...this.entities.values()].find((e) => normaliseName(e.name) === n || [...e.forms].some((f) => normaliseName(f) === n));
    const e = known ?? this.resolve(name, 'unknown');
    return this.redirects.get(e.key) ?? e;
  }

  private person(name: string): Entity {
    const words = normaliseName(name).split(' ').filter(Boolean);
    const surname = words[words.length - 1] ?? name.toLowerCase();
    const first = words.length > 1 ? words[0]! : null;
    const keys = this.persons.get(surname) ?? [];
    let entity = keys
      .map((k) => this.entities.get(k)!)
      .find((e) => {
        if (!first) return true;
        const theirs = normaliseName(e.name).split(' ');
        return theirs.length < 2 || similarFirstNames(theirs[0]!, first);
      });
    if (!entity) {
      entity = { key: `person:${first ? `${first}-` : ''}${surname}`, name, kind: 'person', forms: new Set() };
      this.entities.set(entity.key, entity);
      this.persons.set(surname, [...keys, entity.key]);
    }
    entity.forms.add(name);
    if (name.length > entity.name.length && words.length <= 4) entity.name = name;
    return entity;
  }

  private named(name: string, kind: EntityKind): Entity {
    // A lone word that is the surname of a person in the coverage is that person ("Sorel").
    if (kind === 'unknown' && /^\p{Lu}[\p{L}'’-]+$/u.test(name) && this.persons.has(normaliseName(name))) return this.person(name);
    const known = kind === 'outlet' || kind === 'unknown' ? (lookupOutlet(name) ?? (name.includes('.') ? lookupHost(name) : undefined)) : undefined;
    const c = compact(known?.name ?? name);
    const host = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(name) ? compact(name.replace(/^www\./i, '').split('.')[0]!) : null;
    // A host may add a generic word to the outlet's name or initials: "cwsnews.com" for CWS.
    const hostCore = host?.replace(/^the/, '').replace(/(?:news|online|daily|media|tv|wire|today|live|web)$/, '');
    let key = this.byCompact.get(c) ?? (host ? this.byCompact.get(host) ?? this.byCompact.get(host.replace(/^the/, '')) ?? (hostCore ? this.byCompact.get(hostCore) ?? this.byCompact.get(`acronym:${hostCore}`) : undefined) : undefined);
    if (!key && /^\p{Lu}{2,6}$/u.test(name)) key = this.byCompact.get(`acronym:${name.toLowerCase()}`);
    if (!key && c.startsWith('the')) key = this.byCompact.get(c.slice(3));
    // "the Lantern" after "The Weekend Lantern": a lone word that ends one outlet's name, and only one's.
    const lone = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]+)$/u.exec(name)?.[1];
    if (!key && lone && (kind === 'outlet' || kind === 'unknown')) {
      const heads = this.heads.get(normaliseName(lone));
      if (heads?.size === 1) key = [...heads][0];
    }
    let entity = key ? this.entities.get(key) : undefined;
    if (!entity) {
      const k = `${kind === 'unknown' ? 'name' : kind}:${normaliseName(known?.name ?? name).replace(/\s+/g, '-')}`;
      entity = { key: k, name: known?.name ?? name, kind, forms: new Set() };
      this.entities.set(k, entity);
    } else if (entity.kind === 'unknown' && kind !== 'unknown') entity.kind = kind;
    this.byCompact.set(c, entity.key);
    if (c.startsWith('the')) this.byCompact.set(c.slice(3), entity.key);
    if (host) this.byCompact.set(host, entity.key);
    const acr = initials(name);
    if (acr.length >= 2 && normaliseName(name).includes(' ')) this.byCompact.set(`acronym:${acr}`, entity.key);
    entity.forms.add(name);
    const words = normaliseName(name).split(' ').filter((w) => w && w !== 'the');
    if (entity.kind === 'outlet' && words.length >= 2 && !host) {
      const head = words[words.length - 1]!;
      (this.heads.get(head) ?? this.heads.set(head, new Set()).get(head)!).add(entity.key);
    }
    const better = !host && (entity.name.includes('.') || (name.length > entity.name.length && !/^the\s/i.test(name)));
    if (better && !known) entity.name = name;
    return entity;
  }

  private readonly roles = new Map<string, Map<string, number>>(); // person key → role word → count
  // role word → the keys given it, so a role is looked up among its holders, not among every person
  // (the scan grew with the coverage times the distinct roles asked: quadratic on whole archives)
  private readonly holders = new Map<string, string[]>();
  private readonly roleRank = new Map<string, number>(); // key → order first given a role (ties go to the first)

  /** Titles and roles a person was given somewhere in the coverage ("interior", "minister"). */
  noteRoles(key: string, roles: readonly string[]): void {
    this.roleCache.clear();
    const m = this.roles.get(key) ?? new Map<string, number>();
    if (!this.roleRank.has(key)) this.roleRank.set(key, this.roleRank.size);
    for (const r of roles) {
      if (!m.has(r)) (this.holders.get(r) ?? this.holders.set(r, []).get(r)!).push(key);
      m.set(r, (m.get(r) ?? 0) + 1);
    }
    this.roles.set(key, m);
  }

  /**
   * The person a role description refers to ("the environment minister", "Valdoria's interior minister"):
   * the one given that head role most often, preferring those who also match the qualifiers.
   */
  private readonly roleCache = new Map<string, Entity | undefined>();

  resolveRole(phrase: string): Entity | undefined {
    if (!this.roleCache.has(phrase)) this.roleCache.set(phrase, this.findRole(phrase));
    const e = this.roleCache.get(phrase);
    return e && (this.redirects.get(e.key) ?? e);
  }

  private findRole(phrase: string): Entity | undefined {
    const words = normaliseName(phrase).split(' ').filter((w) => w && !['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'country', 'nation'].includes(w));
    const head = words[words.length - 1];
    if (!head) return undefined;
    let best: [number, number, Entity] | undefined;
    for (const key of this.holders.get(head) ?? []) {
      const roles = this.roles.get(key)!;
      const score = words.reduce((s, w) => s + (roles.has(w) ? 1 : 0), 0) * 100 + roles.get(head)!;
      const rank = this.roleRank.get(key)!;
      if (!best || score > best[0] || (score === best[0] && rank < best[1])) best = [score, rank, this.entities.get(key)!];
    }
    return best?.[2];
  }

  get(key: string): Entity | undefined {
    return this.redirects.get(key) ?? this.entities.get(key);
  }

  all(): Entity[] {
    return [...this.entities.values()];
  }
}
