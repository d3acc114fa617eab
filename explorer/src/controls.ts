// The page's fixed controls: texts in the chosen language, and the filter inputs drawn from the state
// (years, meeting kinds, level, size measure, node types with counts).
import { TYPE_COLORS } from './colors.js';
import { byId, h } from './dom.js';
import type { Strings } from './i18n.js';
import { MEETING_KINDS, NODE_TYPES, type MeetingKind, type NodeType, type ViewState } from './url-state.js';

export interface ControlActions {
  setYears(from: number | null, to: number | null): void;
  setKinds(kinds: MeetingKind[]): void;
  setHidden(hidden: NodeType[]): void;
}

/** Static texts carry data-i18n (text), data-i18n-placeholder or data-i18n-label (aria-label) keys. */
export function translateChrome(t: Strings, lang: string): void {
  document.documentElement.lang = lang;
  document.title = t.title;
  const text = (key: string) => {
    const value = (t as unknown as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : key;
  };
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = text(element.dataset.i18n!);
  for (const element of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) element.placeholder = text(element.dataset.i18nPlaceholder!);
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) element.setAttribute('aria-label', text(element.dataset.i18nLabel!));
}

export function reflectState(state: ViewState, years: { min: number; max: number } | null): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-view]')) button.setAttribute('aria-pressed', String(button.dataset.view === state.view));
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=level]')) input.checked = input.value === state.level;
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=size]')) input.checked = input.value === state.size;
  document.body.dataset.view = state.view;
  const from = byId<HTMLInputElement>('year-from');
  const to = byId<HTMLInputElement>('year-to');
  if (years) {
    for (const input of [from, to]) {
      input.min = String(years.min);
      input.max = String(years.max);
      input.disabled = years.min === years.max;
    }
    from.value = String(state.from ?? years.min);
    to.value = String(state.to ?? years.max);
  }
  byId('years-output').textContent = years ? `${from.value} – ${to.value}` : '';
}

export function renderKinds(state: ViewState, t: Strings, actions: ControlActions): void {
  const box = byId('kinds');
  const checked = (kind: MeetingKind) => state.kinds.length === 0 || state.kinds.includes(kind);
  box.replaceChildren(
    ...MEETING_KINDS.map((kind) => {
      const input = h('input', { type: 'checkbox', value: kind, checked: checked(kind), id: `kind-${kind}` });
      input.addEventListener('change', () => {
        const chosen = [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((item) => item.value as MeetingKind);
        actions.setKinds(chosen.length === MEETING_KINDS.length ? [] : chosen);
      });
      return h('label', { class: 'check' }, input, ` ${t.kind[kind]}`);
    }),
  );
}

export function renderTypes(state: ViewState, t: Strings, counts: Map<NodeType, number>, actions: ControlActions): void {
  const box = byId('types');
  box.replaceChildren(
    ...NODE_TYPES.map((type) => {
      const input = h('input', { type: 'checkbox', value: type, checked: !state.hidden.includes(type), id: `type-${type}` });
      input.addEventListener('change', () => {
        const hidden = [...box.querySelectorAll<HTMLInputElement>('input:not(:checked)')].map((item) => item.value as NodeType);
        actions.setHidden(hidden);
      });
      const swatch = h('span', { class: 'swatch' });
      swatch.style.background = TYPE_COLORS[type];
      return h('label', { class: 'check' }, input, swatch, ` ${t.type[type]} `, h('span', { class: 'count' }, `(${counts.get(type) ?? 0})`));
    }),
  );
}

export function bindYearInputs(actions: ControlActions, years: () => { min: number; max: number } | null): void {
  const from = byId<HTMLInputElement>('year-from');
  const to = byId<HTMLInputElement>('year-to');
  const output = byId('years-output');
  const read = () => {
    let low = Number(from.value);
    let high = Number(to.value);
    if (low > high) [low, high] = [high, low];
    return { low, high };
  };
  for (const input of [from, to]) {
    input.addEventListener('input', () => {
      const { low, high } = read();
      output.textContent = `${low} – ${high}`;
    });
    input.addEventListener('change', () => {
      const range = years();
      const { low, high } = read();
      actions.setYears(range && low === range.min ? null : low, range && high === range.max ? null : high);
    });
  }
}
