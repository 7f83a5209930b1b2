/**
 * Complexity checks that a busy machine cannot fail: they compare how the cost of some work grows
 * with the size of its input, never how long it took. Three choices make that hold under load:
 * - CPU time of this process (`process.cpuUsage`), not wall time: waiting for a core is not counted.
 * - A ratio of two sizes measured in the same process, side by side: whatever slows one slows both.
 *   It is put as the cost of one run on an input `factor` times larger over `factor` runs on the
 *   small one, so linear work gives about 1 and quadratic work about `factor`.
 * - Each side is its cheapest of several interleaved rounds, so a pause that hits one does not decide.
 * Real timings belong in `npm run bench`; this only answers "does it grow faster than linear?".
 */

export interface GrowthCheck<T> {
  /** Builds an input of the given size; building is not measured. */
  input: (size: number) => T
  work: (input: T) => unknown
  /** The small size. */
  size: number
  /** How many times larger the large input is (default 16). */
  factor?: number
  rounds?: number
}

export interface Growth {
  /** CPU time of one run on the large input over `factor` runs on the small one. */
  ratio: number
  /** CPU time of `factor` runs on the small input. */
  smallMicros: number
  /** CPU time of one run on the large input. */
  largeMicros: number
}

/** CPU time this process has used, in microseconds: time spent waiting for a core is not counted. */
export function cpuMicros(): number {
  const { user, system } = process.cpuUsage()
  return user + system
}

/** Each side runs long enough to stand well above the clock's grain and the odd interruption. */
const TARGET_MICROS = 20_000
/** Slow work stops after two rounds once this much CPU time is spent: long measurements are steady already. */
const BUDGET_MICROS = 500_000

/** Measures how the cost of `work` grows from `size` to `size × factor`, for the same volume of input. */
export function measureGrowth<T>(check: GrowthCheck<T>): Growth {
  const factor = check.factor ?? 16
  const small = check.input(check.size)
  const large = check.input(check.size * factor)
  const timed = (input: T, runs: number) => {
    const before = cpuMicros()
    for (let run = 0; run < runs; run++) check.work(input)
    return cpuMicros() - before
  }
  // The first runs compile the code and decide how many runs make a side long enough. When one
  // run already is, compiling is lost in it and the pair counts as a first round.
  let smallMicros = timed(small, factor)
  let largeMicros = timed(large, 1)
  const repeats = Math.min(1_000, Math.ceil(TARGET_MICROS / Math.max(largeMicros, 1)))
  if (repeats > 1) [smallMicros, largeMicros] = [Infinity, Infinity]
  const started = cpuMicros()
  for (let round = 0; round < (check.rounds ?? 5); round++) {
    if (round >= 1 && cpuMicros() - started > BUDGET_MICROS) break
    // Both sides handle the same volume of input, so they allocate alike and meet the collector alike.
    smallMicros = Math.min(smallMicros, timed(small, factor * repeats) / repeats)
    largeMicros = Math.min(largeMicros, timed(large, repeats) / repeats)
  }
  // A floor of one microsecond: work too small to register must not divide by zero.
  return { ratio: Math.max(largeMicros, 1) / Math.max(smallMicros, 1), smallMicros, largeMicros }
}

/**
 * Fails unless `work` grows about linearly: the ratio must stay under √factor, the geometric middle
 * between linear (1) and quadratic (factor), which leaves the same margin on both sides.
 */
export function expectLinearGrowth<T>(check: GrowthCheck<T>): void {
  const factor = check.factor ?? 16
  const limit = Math.sqrt(factor)
  const growth = measureGrowth(check)
  if (growth.ratio >= limit) {
    throw new Error(
      `grows faster than linear: an input ${factor}× larger cost ${growth.ratio.toFixed(1)}× what ${factor} runs on the small one did (limit ${limit.toFixed(1)}; ` +
        `${Math.round(growth.largeMicros)} µs against ${Math.round(growth.smallMicros)} µs of CPU time)`
    )
  }
}
