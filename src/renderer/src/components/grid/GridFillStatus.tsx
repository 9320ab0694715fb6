import type { GridFillState } from '../../state/grid/grid-fill';
import { percent } from '../../lib/format';
import { ProgressBar } from '../common/ProgressBar';

const count = (n: number) => n.toLocaleString('en-US');

/** How far the fill has got, with Cancel while it runs and "Fill the rest" after a cancel. */
export function GridFillStatus({ state, onCancel, onResume }: { state: GridFillState; onCancel: () => void; onResume: () => void }) {
  if (state.status === 'idle') return null;
  const value = state.status === 'done' ? 100 : percent(state.done, state.total);
  return (
    <div className="grid-fill" data-testid="grid-fill" data-status={state.status}>
      {state.status === 'filling' && (
        <>
          <ProgressBar value={value} label="Filling the grid" testId="grid-progress" />
          <span className="grid-fill-text" data-testid="grid-fill-text" role="status">
            {state.total > 0 ? `Filling ${count(state.done)} of ${count(state.total)} cells…` : 'Starting…'}
          </span>
          <button type="button" className="button" onClick={onCancel} data-testid="grid-cancel">
            Cancel
          </button>
        </>
      )}
      {state.status === 'done' && (
        <span className="grid-fill-text" data-testid="grid-fill-text" role="status">
          {count(state.total)} cells filled
        </span>
      )}
      {state.status === 'cancelled' && (
        <>
          <span className="grid-fill-text" data-testid="grid-fill-text" role="status">
            Stopped at {count(state.done)} of {count(state.total)} cells
          </span>
          <button type="button" className="button" onClick={onResume} data-testid="grid-resume">
            Fill the rest
          </button>
        </>
      )}
      {state.status === 'failed' && (
        <>
          <span className="grid-fill-text is-error" role="alert" data-testid="grid-fill-error">
            {state.error}
          </span>
          <button type="button" className="button" onClick={onResume} data-testid="grid-resume">
            Try again
          </button>
        </>
      )}
    </div>
  );
}
