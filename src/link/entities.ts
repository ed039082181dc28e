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

  /** The entity a name refers to, creating it when new. */
  resolve(rawName: string, kind: EntityKind): Entity {
    const name = rawName.replace(/\s+/g, ' ').trim();
    if (kind === 'person') return this.person(name);
    if (kind === 'outlet' || kind === 'organization' || kind === 'unknown' || kind === 'group' || kind === 'place') return this.named(name, kind);
    return this.named(name, kind);
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
    const known = kind === 'outlet' || kind === 'unknown' ? (lookupOutlet(name) ?? (name.includes('.') ? lookupHost(name) : undefined)) : undefined;
    const c = compact(known?.name ?? name);
    const host = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(name) ? compact(name.split('.')[0]!.replace(/^www$/, '')) : null;
    let key = this.byCompact.get(c) ?? (host ? this.byCompact.get(host) ?? this.byCompact.get(host.replace(/^the/, '')) : undefined);
    if (!key && /^\p{Lu}{2,6}$/u.test(name)) key = this.byCompact.get(`acronym:${name.toLowerCase()}`);
    if (!key && c.startsWith('the')) key = this.byCompact.get(c.slice(3));
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
    const better = !host && (entity.name.includes('.') || (name.length > entity.name.length && !/^the\s/i.test(name)));
    if (better && !known) entity.name = name;
    return entity;
  }

  get(key: string): Entity | undefined {
    return this.entities.get(key);
  }

  all(): Entity[] {
    return [...this.entities.values()];
  }
}
