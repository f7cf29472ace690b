// Self and inclusive time by function from DevTools Profiler profiles, summed over several profiles:
// shared by scripts/profile-browser.ts (warm runs) and scripts/profile-cold.ts (a first run).

export interface CpuProfile {
  nodes: { id: number; children?: number[]; callFrame: { functionName: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export class ProfileTally {
  readonly selfTime = new Map<string, number>();
  readonly totalTime = new Map<string, number>();
  /** Microseconds sampled (idle left out). */
  total = 0;

  add(profile: CpuProfile): void {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const keyOf = (id: number) => {
      const { functionName, lineNumber } = byId.get(id)!.callFrame;
      return `${(functionName || '(anonymous)').slice(0, 60)}:${lineNumber}`;
    };
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas[i];
      if (keyOf(id).startsWith('(idle)')) return;
      this.selfTime.set(keyOf(id), (this.selfTime.get(keyOf(id)) ?? 0) + delta);
      this.total += delta;
      // inclusive: each function on the sample's stack, once
      const onStack = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) onStack.add(keyOf(at));
      for (const key of onStack) this.totalTime.set(key, (this.totalTime.get(key) ?? 0) + delta);
    });
  }

  /** The `top` costliest of `times`, as shares of all sampled time (and ms per `per` runs), with the bundle's source line. */
  print(times: Map<string, number>, lines: readonly string[], { top = 30, per }: { top?: number; per?: number } = {}): void {
    for (const [key, time] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      const line = Number(key.split(':').pop());
      const ms = per ? ` ${(time / 1000 / per).toFixed(1).padStart(6)} ms` : '';
      console.log(`${((time / this.total) * 100).toFixed(1).padStart(5)}%${ms}  ${key.padEnd(40)} ${line >= 0 ? (lines[line] ?? '').trim().slice(0, 60) : ''}`);
    }
  }
}
