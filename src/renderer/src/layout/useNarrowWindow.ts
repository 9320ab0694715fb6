import { useEffect, useState } from 'react';

/** Below this width the three columns do not fit: the library folds into a drawer. */
export const NARROW_QUERY = '(max-width: 1199px)';

/** Whether the window is narrower than the three-column layout needs. */
export function useNarrowWindow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const media = window.matchMedia(NARROW_QUERY);
    const onChange = () => setNarrow(media.matches);
    media.addEventListener('change', onChange);
    onChange();
    return () => media.removeEventListener('change', onChange);
  }, []);
  return narrow;
}
