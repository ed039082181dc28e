// The process the crash test kills: ingests a synthetic batch into a workspace, committing every
// `batch` records, and prints the number of records done after each commit.
// Usage: node --import tsx src/store/crash-child.ts <workspace> <count> <batch> [seed]
import { openWorkspace } from './sqlite.ts';
import { syntheticRecords } from './synthetic.ts';

const [path, count, batch] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
// Generated first, so that once ingest starts nearly all the time is spent inside transactions.
const records = syntheticRecords(count, Number(process.argv[5] ?? 42));
const ws = openWorkspace(path);
process.stdout.write('ready\n');
for (let i = 0; i < records.length; i += batch) {
  ws.ingestBatch(records.slice(i, i + batch));
  process.stdout.write(`${Math.min(i + batch, records.length)}\n`);
}
ws.close();
process.stdout.write('done\n');
