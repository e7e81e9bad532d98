// Tag colours with enough contrast for small text (WCAG AA 4.5:1 at 12 px): Ant Design's preset light tags fall short.
import type { CSSProperties } from 'react';

const TONES = {
  info: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  success: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  warning: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  danger: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  neutral: { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' },
  purple: { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' },
} satisfies Record<string, CSSProperties>;

export type Tone = keyof typeof TONES;

export function tagStyle(tone: Tone, extra: CSSProperties = {}): CSSProperties {
  return { ...TONES[tone], ...extra };
}
