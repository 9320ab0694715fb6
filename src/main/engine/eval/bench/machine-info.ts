/** The machine a bench ran on, so numbers from different laptops are never compared blind. */
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  logicalCores: number;
  totalMemoryBytes: number;
  node: string;
  platform: string;
  arch: string;
}

export function machineInfo(): MachineInfo {
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    logicalCores: os.availableParallelism(),
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    platform: process.platform,
    arch: process.arch,
  };
}

/** "AMD EPYC, 2 logical cores, 23.4 GiB, Node v20.20.2, linux x64". */
export function describeMachine(m: MachineInfo): string {
  const gib = (m.totalMemoryBytes / 2 ** 30).toFixed(1);
  return `${m.cpuModel}, ${m.logicalCores} logical cores, ${gib} GiB, Node ${m.node}, ${m.platform} ${m.arch}`;
}
