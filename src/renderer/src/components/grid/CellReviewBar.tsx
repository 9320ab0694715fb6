import { useEffect, useRef, useState } from 'react';
import type { CellReview, ReviewState } from '../../../../shared/grid-api';

const STATES: Array<[ReviewState, string, string]> = [
  ['verified', '✓ Verified', 'V'],
  ['flagged', '⚑ Flagged', 'F'],
  ['unreviewed', 'Clear', 'U'],
];

/**
 * The open cell's review: verified / flagged / not reviewed (the same keys work in the
 * grid), a note, when it was last changed, and a warning when the contract changed
 * under the review. `noteRequest` changes when the grid asks for the note (key N).
 */
export function CellReviewBar({
  review,
  noteRequest,
  onChange,
  onDone,
}: {
  review: CellReview;
  noteRequest: number;
  onChange: (state: ReviewState, note?: string | null) => Promise<string | null>;
  /** Gives the keyboard back to the grid. */
  onDone: () => void;
}) {
  const [note, setNote] = useState(review.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const noteBox = useRef<HTMLTextAreaElement>(null);

  useEffect(() => setNote(review.note ?? ''), [review.note]);
  // Only a request made while this cell is open moves the keyboard to the note.
  const seenRequest = useRef(noteRequest);
  useEffect(() => {
    if (noteRequest !== seenRequest.current) noteBox.current?.focus();
    seenRequest.current = noteRequest;
  }, [noteRequest]);

  const apply = async (state: ReviewState, nextNote?: string | null) => setError(await onChange(state, nextNote));
  const saveNote = async () => {
    const trimmed = note.trim();
    await apply(review.state, trimmed === '' ? null : trimmed);
    onDone();
  };

  return (
    <div className="cell-review" data-testid="cell-review" data-review={review.state}>
      <div className="cell-review-states" role="group" aria-label="Review">
        {STATES.map(([state, label, key]) => (
          <button
            key={state}
            type="button"
            className={`button cell-review-button is-${state}`}
            aria-pressed={review.state === state}
            aria-keyshortcuts={key}
            onClick={() => void apply(state)}
            data-testid={`cell-review-${state}`}
          >
            {label} <kbd>{key}</kbd>
          </button>
        ))}
      </div>
      <label className="cell-note">
        <span className="cell-note-label">Note</span>
        <textarea
          ref={noteBox}
          value={note}
          rows={2}
          maxLength={4000}
          placeholder="Why it is flagged, what to check…"
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void saveNote();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              setNote(review.note ?? '');
              onDone();
            }
          }}
          data-testid="cell-note"
        />
      </label>
      <div className="cell-review-foot">
        <button type="button" className="button" disabled={note.trim() === (review.note ?? '')} onClick={() => void saveNote()} data-testid="cell-note-save">
          Save note
        </button>
        {review.at && <span className="muted">Reviewed {new Date(review.at).toLocaleString()}</span>}
      </div>
      {review.stale && (
        <p className="cell-stale" role="status" data-testid="cell-stale">
          The contract changed after this review: the clause reviewed is no longer this cell’s clause. Check it again.
        </p>
      )}
      {error && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
