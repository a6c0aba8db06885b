// Preloaded into every benchmarked process (ours and the peers') to report its peak
// resident memory when it exits, the same way for all of them.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
