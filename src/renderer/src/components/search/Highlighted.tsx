import { highlightRuns } from '../../lib/snippet';

/** Text with the matched spans in <mark>; `offset` is where `text` starts in the text the spans refer to. */
export function Highlighted({ text, matches, offset = 0 }: { text: string; matches: ReadonlyArray<readonly [number, number]>; offset?: number }) {
  return (
    <>
      {highlightRuns(text, matches, offset).map((run, i) =>
        run.hit ? (
          <mark key={i} data-testid="match">
            {run.text}
          </mark>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}
