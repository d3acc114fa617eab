// A per-country timeline: meetings per year, stacked by kind, as an SVG bar chart with a text summary
// for screen readers.
import { TYPE_COLORS } from './colors.js';
import type { Strings } from './i18n.js';
import { MEETING_KINDS, type MeetingKind } from './url-state.js';

const KIND_COLORS: Record<MeetingKind, string> = {
  SUMMIT: TYPE_COLORS.COUNTRY, FOREIGN_MINISTERS: TYPE_COLORS.PERSON, TELEPHONE: TYPE_COLORS.MEETING, VIDEO: TYPE_COLORS.AGREEMENT,
  COURTESY_CALL: TYPE_COLORS.EVENT, MEAL: TYPE_COLORS.ISSUE, MULTILATERAL: TYPE_COLORS.TOPIC, OTHER: TYPE_COLORS.LOCATION,
};

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

export interface YearKindCount {
  year: number;
  kind: MeetingKind;
  meetings: number;
}

/** Counts per (year, kind) of the given meetings; meetings without a year are left out. */
export function countByYearAndKind(meetings: Array<{ year: number | null; kind: string }>): YearKindCount[] {
  const counts = new Map<string, YearKindCount>();
  for (const meeting of meetings) {
    if (meeting.year === null) continue;
    const kind = (MEETING_KINDS as readonly string[]).includes(meeting.kind) ? (meeting.kind as MeetingKind) : 'OTHER';
    const key = `${meeting.year}:${kind}`;
    const entry = counts.get(key) ?? { year: meeting.year, kind, meetings: 0 };
    entry.meetings += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => a.year - b.year || MEETING_KINDS.indexOf(a.kind) - MEETING_KINDS.indexOf(b.kind));
}

export function timelineChart(counts: YearKindCount[], t: Strings, label: string): HTMLElement | SVGElement {
  const years = counts.map((count) => count.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = last - first + 1;
  const totals = new Map<number, number>();
  for (const count of counts) totals.set(count.year, (totals.get(count.year) ?? 0) + count.meetings);
  const max = Math.max(...totals.values());
  const width = 300;
  const height = 120;
  const bar = Math.max(2, Math.floor((width - 20) / span) - 2);
  const summary = [...totals].map(([year, total]) => `${year}: ${total}`).join(', ');
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 30}`, role: 'img', 'aria-label': `${label}. ${summary}`, class: 'timeline-chart' });
  const stacked = new Map<number, number>();
  for (const count of counts) {
    const below = stacked.get(count.year) ?? 0;
    const barHeight = (count.meetings / max) * height;
    const x = 10 + (count.year - first) * (bar + 2);
    const rect = svg('rect', { x, y: height - below - barHeight, width: bar, height: barHeight, fill: KIND_COLORS[count.kind] });
    const title = svg('title', {});
    title.textContent = `${count.year} ${t.kind[count.kind]}: ${count.meetings}`;
    rect.append(title);
    chart.append(rect);
    stacked.set(count.year, below + barHeight);
  }
  for (const year of new Set([first, last])) {
    const text = svg('text', { x: 10 + (year - first) * (bar + 2), y: height + 16, 'font-size': 11 });
    text.textContent = String(year);
    chart.append(text);
  }
  return chart;
}

export function kindLegend(counts: YearKindCount[], t: Strings): HTMLElement {
  const kinds = [...new Set(counts.map((count) => count.kind))];
  const legend = document.createElement('p');
  legend.className = 'legend';
  for (const kind of kinds) {
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    // A CSSOM property, which the page's Content-Security-Policy allows (a style attribute it would not).
    swatch.style.background = KIND_COLORS[kind];
    legend.append(swatch, ` ${t.kind[kind]} `);
  }
  return legend;
}
