// A tag whose text keeps a 4.5:1 contrast on its background (Ant Design's preset tag colours fall short of WCAG AA
// at 12 px, which axe reports as a serious violation). Used by the case panels, the timeline and the deadline view.
import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'blue' | 'green' | 'orange' | 'red' | 'grey' | 'purple' | 'volcano' | 'gold';

const TONES: Record<Tone, { color: string; background: string; borderColor: string }> = {
  blue: { color: '#0958d9', background: '#e6f4ff', borderColor: '#91caff' },
  green: { color: '#237804', background: '#f6ffed', borderColor: '#b7eb8f' },
  orange: { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  grey: { color: '#434343', background: '#f5f5f5', borderColor: '#d9d9d9' },
  purple: { color: '#531dab', background: '#f9f0ff', borderColor: '#d3adf7' },
  volcano: { color: '#ad2102', background: '#fff2e8', borderColor: '#ffbb96' },
  gold: { color: '#874d00', background: '#fffbe6', borderColor: '#ffe58f' },
};

export function ToneTag({ tone, icon, children }: { tone: Tone; icon?: ReactNode; children: ReactNode }) {
  return (
    <Tag icon={icon} variant="outlined" style={{ ...TONES[tone], marginInlineEnd: 4 }}>
      {children}
    </Tag>
  );
}
