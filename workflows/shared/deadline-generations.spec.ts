import { isCurrentGeneration, scheduledOnceMore } from './deadline-generations';

describe('deadline generations', () => {
  it('counts schedules per key, starting from one', () => {
    const once = scheduledOnceMore(undefined, 'a');
    expect(once).toEqual({ a: 1 });
    expect(scheduledOnceMore(scheduledOnceMore(once, 'a'), 'b')).toEqual({ a: 2, b: 1 });
  });

  it('takes a notice only for the generation scheduled last, and none for a key never scheduled', () => {
    const g = scheduledOnceMore(scheduledOnceMore(undefined, 'a'), 'a');
    expect(isCurrentGeneration(g, { key: 'a', generation: 2 })).toBe(true);
    expect(isCurrentGeneration(g, { key: 'a', generation: 1 })).toBe(false);
    expect(isCurrentGeneration(g, { key: 'b', generation: 1 })).toBe(false);
    expect(isCurrentGeneration(undefined, { key: 'a', generation: 1 })).toBe(false);
  });
});
