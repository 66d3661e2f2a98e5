/** Shared look of the dashboard charts (colours come from the CSS variables of ui/base.css). */
export const COLORS = {
  accent: 'var(--accent)',
  good: 'var(--good)',
  second: 'var(--chart-2)',
  warn: 'var(--warn)',
  bad: 'var(--bad)',
  faint: 'var(--text-faint)',
} as const;

export const axisTick = { fontSize: 12, fill: 'var(--text-muted)' };
export const gridStroke = 'var(--border)';
export const legendStyle = { fontSize: 12 };
export const CHART_MARGIN = { top: 8, right: 12, bottom: 0, left: 8 };
