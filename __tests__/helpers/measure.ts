/** Peak resident memory of a child process, sampled from /proc (VmHWM is the kernel's high-water mark). */
import { readFileSync } from 'node:fs'

export function trackPeakMemory(pid: number, intervalMs = 20): { stop(): number } {
  let peakKb = 0
  const sample = () => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]))
    } catch {
      // The process has exited; the last sample stands.
    }
  }
  const timer = setInterval(sample, intervalMs)
  sample()
  return {
    stop() {
      clearInterval(timer)
      return peakKb / 1024
    }
  }
}
