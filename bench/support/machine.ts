import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** The line every bench prints first: what it ran on, and how busy the machine was. */
export function machine(): string {
  const model = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `machine: ${cpus().length} cores (nproc), ${model}, node ${process.version}, load average ${load}`;
}
