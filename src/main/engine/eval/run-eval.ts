/**
 * Entry point of `npm run eval` (tsx src/main/engine/eval/run-eval.ts [options]); see
 * cli-args.ts for the options. Supplies the real engine and segmentation modules, both
 * imported on demand so one benchmark's module cannot break another's run or --help.
 */
import { runEvalCli, type SegmentationModule } from './eval-main';
import { runAsScript } from './run-main';

async function loadSegmentation(): Promise<SegmentationModule> {
  const [{ evaluateSegmentation }, { formatSegmentationReport }] = await Promise.all([
    import('./segmentation/evaluate-segmentation'),
    import('./segmentation/format-report'),
  ]);
  return { evaluateSegmentation, formatSegmentationReport };
}

runAsScript(() =>
  runEvalCli(process.argv.slice(2), {
    loadEngine: () => import('./engine-adapters'),
    loadSegmentation,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  }),
);
