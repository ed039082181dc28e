// Synthetic news articles of realistic length and reporting patterns, for benchmarks that must run
// without ../shared. Clauses are composed from parts at random, so articles vary rather than repeat a
// template: quotes in several styles, indirect speech, "according to", inverted cues, anonymous sources,
// hedges, numbers, and background sentences with no source.
import { body, outlet, person, place, word } from './names.ts';
import type { Rng } from './rng.ts';

export interface Story {
  topic: string;
  place: string;
  official: string;
  officialTitle: string;
  body: string;
  critic: string;
  expert: string;
  resident: string;
  outlets: string[];
}

const TITLES = ['Interior Minister', 'Mayor', 'Governor', 'Health Minister', 'Police Chief', 'Senator', 'Prosecutor', 'Transport Secretary'];
const TOPICS = ['the dam', 'the bridge contract', 'the hospital closures', 'the election count', 'the mine spill', 'the port strike', 'the water shortage', 'the tax rise', 'the rail crash', 'the school fire'];
const SUBJECTS = ['the company', 'the authority', 'the contractor', 'the ministry', 'local officials', 'the operator', 'the police', 'the council', 'the board', 'inspectors'];
const VERBS = ['ignored', 'hid', 'delayed', 'approved', 'rejected', 'misreported', 'overlooked', 'exaggerated', 'concealed', 'mishandled', 'reviewed', 'doubled'];
const OBJECTS = ['the safety reports', 'the warnings', 'the budget figures', 'the inspection results', 'the evacuation plan', 'the complaints', 'the contract terms', 'the casualty count', 'the repair schedule', 'the emails'];
const TIMES = ['last week', 'in March', 'on Tuesday', 'for months', 'before the vote', 'since 2019', 'in the days before the collapse', 'last year'];
const HEDGES = ['', '', '', 'reportedly ', 'allegedly ', 'apparently ', 'may have ', 'probably '];
const CUES = ['said', 'told reporters', 'added', 'claimed', 'insisted', 'argued', 'wrote in a statement', 'said in an interview', 'warned', 'noted', 'confirmed'];
const QUOTES: [string, string][] = [['“', '”'], ['"', '"'], ['“', '”'], ['‘', '’']];

function clause(rng: Rng): string {
  const hedge = rng.pick(HEDGES);
  const verb = rng.pick(VERBS);
  return `${rng.pick(SUBJECTS)} ${hedge}${verb} ${rng.pick(OBJECTS)} ${rng.pick(TIMES)}`;
}

function number(rng: Rng): string {
  return rng.pick([`${rng.int(2, 90)}`, 'a dozen', 'dozens of', 'hundreds of', `${rng.int(2, 9)},${rng.int(100, 999)}`, 'three', 'several']);
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function sentence(rng: Rng, s: Story, speakers: string[]): string {
  const who = rng.pick(speakers);
  const [open, close] = rng.pick(QUOTES);
  const cue = rng.pick(CUES);
  switch (rng.int(0, 9)) {
    case 0:
      return `${open}${cap(clause(rng))}, and everyone knew it${close}, ${who} ${cue}.`;
    case 1:
      return `${cap(who)} ${cue} that ${clause(rng)}.`;
    case 2:
      return `According to ${rng.pick(s.outlets)}, ${clause(rng)}.`;
    case 3:
      return `${cap(clause(rng))}, ${rng.pick(['officials', 'two sources familiar with the matter', 'a person close to the investigation', 'people briefed on the talks'])} said.`;
    case 4:
      return `${open}We will not accept this. ${cap(clause(rng))},${close} said ${speakers[rng.int(0, 4)]}.`;
    case 5:
      return `${rng.pick(s.outlets)} reported that ${clause(rng)}, citing ${rng.pick(['internal documents', 'an unnamed official', 'court filings', 'a leaked memo'])}.`;
    case 6:
      return `The ${rng.pick(['flooding', 'closure', 'delay', 'dispute', 'damage'])} affected ${number(rng)} ${rng.pick(['homes', 'villages', 'families', 'workers', 'patients'])} in ${s.place}, ${rng.pick(['according to the ' + s.body, 'the ' + s.body + ' said', 'figures show'])}.`;
    case 7:
      return `${cap(rng.pick(['critics', 'opposition lawmakers', 'residents', 'analysts']))} ${rng.pick(['say', 'argue', 'believe', 'fear'])} ${clause(rng)}.`;
    case 8:
      return `${cap(s.topic)} ${rng.pick(['has drawn', 'drew', 'continues to draw'])} ${rng.pick(['criticism', 'protests', 'scrutiny'])} since ${rng.pick(['the spring', 'the election', 'the first reports', 'January'])}, and ${clause(rng)}.`;
    default:
      return `In ${s.place}, ${clause(rng)}, ${rng.pick(['a claim the ' + s.body + ' denies', 'which the government disputes', 'proving the critics right', 'a charge no one has confirmed'])}.`;
  }
}

export function makeStory(rng: Rng): Story {
  return {
    topic: rng.pick(TOPICS),
    place: place(rng),
    official: person(rng),
    officialTitle: rng.pick(TITLES),
    body: body(rng),
    critic: person(rng),
    expert: person(rng),
    resident: person(rng),
    outlets: Array.from({ length: 3 }, () => outlet(rng)),
  };
}

/** One article of about `chars` characters on a story: headline, blank line, paragraphs. */
export function makeArticle(rng: Rng, s: Story, chars = 4500): string {
  const surname = (n: string) => n.split(' ').pop()!;
  const speakers = [surname(s.official), surname(s.critic), `the ${s.body}`, s.expert, surname(s.resident), 'he', 'she'];
  const head = `${cap(s.topic)}: ${s.officialTitle} ${surname(s.official)} ${rng.pick(['accuses', 'defends', 'questions', 'blames'])} ${s.body}`;
  const lede = `${place(rng).toUpperCase()} — ${s.officialTitle} ${s.official} ${rng.pick(['said', 'alleged', 'claimed'])} on ${rng.pick(['Monday', 'Tuesday', 'Friday'])} that ${clause(rng)}, ${rng.pick(['in remarks that', 'a charge that', 'comments that'])} ${rng.pick(['drew an angry response', 'surprised observers', 'were quickly disputed'])}.`;
  const intro2 = `${s.critic}, ${rng.pick(['a member of the opposition', 'an independent engineer', 'a former official'])}, said the ${word(rng, 2).toLowerCase()} ${rng.pick(['report', 'inquiry', 'audit'])} would show that ${clause(rng)}.`;
  const paras: string[] = [lede, intro2];
  let len = head.length + lede.length + intro2.length;
  while (len < chars) {
    const n = rng.int(1, 3);
    const p = Array.from({ length: n }, () => sentence(rng, s, speakers)).join(' ');
    paras.push(p);
    len += p.length + 2;
  }
  return `${head}\n\n${paras.join('\n\n')}`;
}
