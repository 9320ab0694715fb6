import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { ClauseTypeDefinition } from '../../../../shared/grid-api';

export interface ColumnCounts {
  found: number;
  computed: number;
  flagged: number;
}

const ACTIONS: Array<['search' | 'edit' | 'hide', string]> = [
  ['search', 'Search the documents where it is found'],
  ['edit', 'Edit this column'],
  ['hide', 'Hide this column'],
];

/** A clause type's header: its name (the description as a tooltip), how many contracts have it, and its menu. */
export function GridColumnHeader({
  type,
  counts,
  colIndex,
  style,
  onAction,
  resize,
}: {
  type: ClauseTypeDefinition;
  counts: ColumnCounts | undefined;
  colIndex: number;
  style: CSSProperties;
  onAction: (action: 'search' | 'edit' | 'hide') => void;
  resize: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="grid-colhead" role="columnheader" aria-colindex={colIndex} style={style} data-testid="grid-column" data-type-id={type.id}>
      <span className="grid-colhead-name" title={type.description || type.request} data-testid="grid-column-name">
        {type.name}
      </span>
      <span className="grid-colhead-count" data-testid="grid-column-count">
        {counts ? `${counts.found} found${counts.flagged ? ` · ${counts.flagged} flagged` : ''}` : '—'}
      </span>
      <div className="grid-colhead-menu" ref={menu}>
        <button
          type="button"
          className="button-quiet grid-colhead-button"
          aria-label={`${type.name}: column menu`}
          aria-haspopup="menu"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
          data-testid="grid-column-menu"
        >
          ⋯
        </button>
        {open && (
          <div className="grid-menu" role="menu">
            {ACTIONS.map(([action, label]) => (
              <button
                key={action}
                type="button"
                role="menuitem"
                className="grid-menu-item"
                onClick={() => {
                  setOpen(false);
                  onAction(action);
                }}
                data-testid={`grid-column-${action}`}
              >
                {label}
              </button>
            ))}
          </div>
        )}
      </div>
      {resize}
    </div>
  );
}
