// Runs autocannon in its own process (the machine's other core), so the load generator does
// not compete with the server under test for the main thread. (Not a worker thread: autocannon
// takes itself for one of its own workers there.)
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2]);
const result = await autocannon({ ...options, excludeErrorStats: false });
process.send({
  rps: result.requests.average,
  total: result.requests.total,
  p50: result.latency.p50,
  p99: result.latency.p99,
  timeouts: result.timeouts,
  errors: result.errors,
  non2xx: result.non2xx,
});
