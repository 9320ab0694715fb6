import type { KeyboardEvent } from 'react';

/** The toolbar's switch between the main views (Search, and the views others add). */
export function ViewSwitch<V extends string>({
  views,
  current,
  onChange,
}: {
  views: Array<{ id: V; label: string }>;
  current: V;
  onChange: (view: V) => void;
}) {
  // ← and → move between views, as in any tab list.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const index = views.findIndex((v) => v.id === current);
    const next = views[(index + (event.key === 'ArrowRight' ? 1 : views.length - 1)) % views.length];
    if (next) onChange(next.id);
  };
  return (
    <div className="view-switch" role="tablist" aria-label="Views" onKeyDown={onKeyDown} data-testid="view-switch">
      {views.map((view) => (
        <button
          key={view.id}
          type="button"
          role="tab"
          aria-selected={view.id === current}
          tabIndex={view.id === current ? 0 : -1}
          className="view-tab"
          onClick={() => onChange(view.id)}
          data-testid={`view-${view.id}`}
        >
          {view.label}
        </button>
      ))}
    </div>
  );
}
