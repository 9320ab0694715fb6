export type AppView = 'search' | 'grid';

const VIEWS: Array<[AppView, string]> = [
  ['search', 'Search'],
  ['grid', 'Grid'],
];

/** Search | Grid: the toolbar's switch between asking one question and the review grid. */
export function ViewSwitch({ view, onChange }: { view: AppView; onChange: (view: AppView) => void }) {
  return (
    <div className="view-switch" role="group" aria-label="View">
      {VIEWS.map(([id, label]) => (
        <button
          key={id}
          type="button"
          className="view-switch-button"
          aria-pressed={view === id}
          onClick={() => onChange(id)}
          data-testid={`view-${id}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
