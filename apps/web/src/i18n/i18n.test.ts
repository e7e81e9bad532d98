import { en, vi } from './resources';

/** Every key path of a namespace, e.g. 'menu.inbox'. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('English has exactly the Vietnamese keys, namespace by namespace', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const ns of Object.keys(vi) as (keyof typeof vi)[]) {
      expect({ ns, keys: keys(en[ns]).sort() }).toEqual({ ns, keys: keys(vi[ns]).sort() });
    }
  });

  it('no Vietnamese string is left empty', () => {
    for (const ns of Object.keys(vi) as (keyof typeof vi)[]) {
      const flat = keys(vi[ns]);
      for (const path of flat) {
        const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], vi[ns]);
        if (typeof value === 'string') expect({ path: `${ns}.${path}`, empty: value.trim() === '' }).toEqual({ path: `${ns}.${path}`, empty: false });
      }
    }
  });
});
