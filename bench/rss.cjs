// Preloaded into every benchmarked process (ours and the peers') to report, when it exits,
// its peak resident memory and the CPU time it used, the same way for all of them. CPU time
// (user + system, all threads) is what compares fairly on a machine shared with other work,
// where wall time also counts the time spent waiting for a core.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const u = process.resourceUsage();
  writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
