// The number of working days of the "due within N days" view. Loaded only when that view is chosen: InputNumber is
// not in the first download.
import { InputNumber } from 'antd';

export default function DaysInput({ labelledBy, value, onChange }: { labelledBy: string; value: number; onChange(days: number): void }) {
  return (
    <InputNumber
      aria-labelledby={labelledBy}
      min={1}
      max={60}
      value={value}
      onChange={(d) => typeof d === 'number' && onChange(d)}
      style={{ width: 72 }}
    />
  );
}
