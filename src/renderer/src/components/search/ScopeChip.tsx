import type { SearchScope } from '../../../../shared/api';
import './scope-chip.css';

/** "in: Co-Branding Agreement": the query named a contract and was answered inside it; × searches everything again. */
export function ScopeChip({ scope, onRemove }: { scope: SearchScope; onRemove: () => void }) {
  return (
    <div className="scope-chip" data-testid="scope-chip" title={scope.reason}>
      <span className="scope-chip-label">{scope.label}</span>
      <button type="button" className="scope-chip-remove" aria-label="Search all contracts instead" data-testid="scope-chip-remove" onClick={onRemove}>
        ×
      </button>
    </div>
  );
}
