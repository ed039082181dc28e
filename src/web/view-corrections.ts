// #/corrections: every correction, who made it and when, applied, not applied or withdrawn, with a
// withdraw button; and the entity corrections that need no other view (merge names, split a form off).
import { api } from './api.ts';
import { describe, makeCorrection, statusLine, whoField, withdrawCorrection, type CorrectionRow } from './correct.ts';
import { h, shortTime, type Child } from './dom.ts';
import { routeHref } from './route.ts';

/** Links to what a correction names, where it names articles. */
function about(c: CorrectionRow): Child {
  const ids = [c.article, c.of, ...(c.articles ?? [])].filter((x): x is string => typeof x === 'string' && /^[1-9]\d*$/.test(x));
  // A correction anchored at an offset opens the reader there.
  const at = (id: string) => (id === c.article && typeof c.offset === 'number' ? { span: `${c.offset}-${c.offset + 1}` } : undefined);
  return ids.length ? h('span', { class: 'small' }, ' · ', [...new Set(ids)].map((id, i) => [i ? ', ' : '', h('a', { href: routeHref('article', id, at(id)) }, `article ${id}`)])) : null;
}

function entityForms(): HTMLElement {
  const namesId = 'merge-names', formId = 'split-form';
  const names = h('textarea', { id: namesId, rows: 3, placeholder: 'Tomas Vereker\nT. Vereker' });
  const mergeStatus = statusLine();
  const form = h('input', { id: formId, type: 'text', placeholder: 'e.g. Pell' });
  const splitStatus = statusLine();
  return h('section', { 'aria-labelledby': 'entities-h', class: 'fix-box' },
    h('h2', { id: 'entities-h' }, 'Entities'),
    h('p', { class: 'muted small' }, 'Speakers and primary sources are entities found across the coverage. The claim view offers these for its sources too.'),
    h('div', { class: 'fix-grid' },
      h('div', null,
        h('label', { for: namesId }, 'Merge: these names are one entity (one per line; the first is kept)'),
        names,
        h('div', { class: 'buttons' }, h('button', { type: 'button', onclick: () => {
          const list = names.value.split('\n').map((s) => s.trim()).filter(Boolean);
          if (list.length < 2) {
            mergeStatus.textContent = 'Give two or more names, one per line.';
            mergeStatus.classList.add('error');
            return;
          }
          void makeCorrection({ kind: 'merge-entities', names: list }, mergeStatus);
        } }, 'Merge'), mergeStatus)),
      h('div', null,
        h('label', { for: formId }, 'Split: this form of a name is not the entity it was taken for'),
        form,
        h('div', { class: 'buttons' }, h('button', { type: 'button', onclick: () => void makeCorrection({ kind: 'split-entity', form: form.value.trim() }, splitStatus) }, 'Split off'), splitStatus))));
}

export async function correctionsView(): Promise<Child[]> {
  const { corrections } = await api<{ corrections: CorrectionRow[] }>('/api/corrections');
  const rows = [...corrections].reverse().map((c) => {
    const status = statusLine();
    const state = c.withdrawnAt
      ? h('span', { class: 'badge' }, `withdrawn ${shortTime(c.withdrawnAt)}`)
      : c.applied
        ? h('span', { class: 'badge ok' }, 'applied')
        : h('span', { class: 'badge warn', title: 'What it names is not in the coverage now (an article removed, a span rewritten)' }, 'not applied');
    return h('tr', { 'data-id': c.id, class: c.withdrawnAt ? 'withdrawn' : null },
      h('td', null, c.id),
      h('td', { class: 'what' }, h('span', { class: 'badge' }, c.kind), ' ', describe(c), about(c), c.note ? h('div', { class: 'muted small' }, `note: ${c.note}`) : null),
      h('td', { class: 'by' }, h('span', { class: 'strong' }, c.by)),
      h('td', { class: 'nowrap' }, h('time', { datetime: c.at }, shortTime(c.at))),
      h('td', null, state),
      h('td', null, c.withdrawnAt ? null : h('button', { type: 'button', class: 'withdraw', 'aria-label': `Withdraw correction ${c.id}`, onclick: () => void withdrawCorrection(c.id, status) }, 'Withdraw'), status));
  });
  return [
    h('h1', { tabindex: '-1' }, 'Corrections'),
    h('p', { class: 'muted' }, 'What people said the analysis got wrong. Each applies on every link, so it survives re-analysis; a withdrawn one stays on record. Make them where you see the mistake: a claim (mark it as two, confirm or reject a copy or citation, merge or split a source), an article (change a speaker, confirm or reject a cited outlet), or below.'),
    whoField(),
    rows.length
      ? h('div', { class: 'scroll' }, h('table', { class: 'corrections' },
          h('thead', null, h('tr', null, h('th', null, 'id'), h('th', null, 'correction'), h('th', null, 'by'), h('th', null, 'when (UTC)'), h('th', null, 'state'), h('th', null, h('span', { class: 'visually-hidden' }, 'actions')))),
          h('tbody', null, rows)))
      : h('p', { class: 'empty' }, 'No corrections yet.'),
    entityForms(),
  ];
}
