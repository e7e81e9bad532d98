import { useEffect, useRef, useState } from 'react';

/** Whether the element is narrower than `limit` px (unknown width counts as wide), following its resizes. */
export function useNarrow<T extends HTMLElement>(limit: number) {
  const ref = useRef<T>(null);
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => {
      const w = el.getBoundingClientRect().width;
      setNarrow(w > 0 && w < limit);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [limit]);
  return [ref, narrow] as const;
}
