/** A labelled determinate progress bar. */
export function ProgressBar({ value, label, testId }: { value: number; label: string; testId?: string }) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      data-testid={testId}
    >
      <div className="progress-fill" style={{ width: `${value}%` }} />
    </div>
  );
}
