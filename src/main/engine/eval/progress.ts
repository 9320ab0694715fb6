/** "ACORD: query 12/57 (3.1 s)", "txt-ingest: file 120/510 (3.2 s)" on stderr: rewritten in place on a terminal, every ~10% in a log. */
export type ProgressFn = (done: number, total: number) => void;

export function progressReporter(label: string, write: (text: string) => void, isTTY: boolean, unit = 'query'): ProgressFn {
  const started = performance.now();
  let lastTenth = -1;
  return (done, total) => {
    const line = `${label}: ${unit} ${done}/${total} (${((performance.now() - started) / 1000).toFixed(1)} s)`;
    if (isTTY) {
      write(`\r${line}${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor((10 * done) / total);
    if (tenth !== lastTenth || done === total) {
      lastTenth = tenth;
      write(`${line}\n`);
    }
  };
}
