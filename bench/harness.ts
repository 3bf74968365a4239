// A small timing harness. Everything compared is measured in one process, in interleaved rounds, so
// that a noisy shared machine slows every contender alike; each figure is the fastest round (the one
// least disturbed), and the median round is kept beside it.

export interface Timing {
  readonly name: string;
  /** Nanoseconds per operation in the fastest round. */
  readonly best: number;
  /** Nanoseconds per operation in the median round. */
  readonly median: number;
  /** Nanoseconds per operation in each round, in the order run. */
  readonly rounds: readonly number[];
}

export interface Contender {
  readonly name: string;
  /** One pass; returns a number so that the work cannot be optimised away. */
  readonly pass: () => number;
  /** Operations per pass. */
  readonly ops: number;
}

let sink = 0;

/** Runs every contender for `rounds` interleaved rounds of at least `minMs` each, after a warm-up. */
export function compare(contenders: readonly Contender[], { rounds = 15, minMs = 40, warmupMs = 300 } = {}): Timing[] {
  for (const c of contenders) {
    const until = performance.now() + warmupMs;
    do sink += c.pass();
    while (performance.now() < until);
  }
  const samples = contenders.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    contenders.forEach((c, i) => {
      let passes = 0;
      const start = process.hrtime.bigint();
      let elapsed = 0;
      do {
        sink += c.pass();
        passes++;
        elapsed = Number(process.hrtime.bigint() - start);
      } while (elapsed < minMs * 1e6);
      (samples[i] as number[]).push(elapsed / passes / c.ops);
    });
  }
  return contenders.map((c, i) => {
    const rounds = [...(samples[i] as number[])];
    const sorted = (samples[i] as number[]).sort((a, b) => a - b);
    return { name: c.name, best: sorted[0] as number, median: sorted[Math.floor(sorted.length / 2)] as number, rounds };
  });
}

/**
 * The median over rounds of `a`'s time in a round to `b`'s in the same round. The rounds of
 * {@link compare} are interleaved, so the two of a round ran moments apart: on a machine shared with
 * other work, a disturbed round spoils one ratio, not the figure, where the fastest rounds of `a` and
 * of `b` can each have met a different load.
 */
export function medianRatio(a: Timing, b: Timing): number {
  const ratios = a.rounds.map((t, r) => t / (b.rounds[r] as number)).sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)] as number;
}

/** Like {@link compare}, for passes that must be awaited. */
export async function compareAsync(
  contenders: readonly { name: string; pass: () => Promise<number>; ops: number }[],
  { rounds = 7, minMs = 60 } = {},
): Promise<Timing[]> {
  for (const c of contenders) for (let i = 0; i < 3; i++) sink += await c.pass();
  const samples = contenders.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, c] of contenders.entries()) {
      let passes = 0;
      const start = process.hrtime.bigint();
      let elapsed = 0;
      do {
        sink += await c.pass();
        passes++;
        elapsed = Number(process.hrtime.bigint() - start);
      } while (elapsed < minMs * 1e6);
      (samples[i] as number[]).push(elapsed / passes / c.ops);
    }
  }
  return contenders.map((c, i) => {
    const rounds = [...(samples[i] as number[])];
    const sorted = (samples[i] as number[]).sort((a, b) => a - b);
    return { name: c.name, best: sorted[0] as number, median: sorted[Math.floor(sorted.length / 2)] as number, rounds };
  });
}

/** Keeps the sink observable. */
export function sinkValue(): number {
  return sink;
}

export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

export function formatRate(nsPerOp: number): string {
  const perSecond = 1e9 / nsPerOp;
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k/s`;
  return `${perSecond.toFixed(0)}/s`;
}

/** Prints rows as an aligned table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
