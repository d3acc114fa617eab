// One end-to-end ingest in its own process, so that its peak RSS is measured alone:
//   node bench-ingest-child.js --uri bolt://... --workers 2 CORPUS_DIR
// Prints one JSON line: the ingest summary and the process's peak RSS (worker threads included).
import { connectTo, loadDist } from './bench-dist.js';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1]! : fallback);
const dir = argv[argv.length - 1]!;
const d = await loadDist();
const db = await connectTo(d, option('uri', process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687'));
try {
  await d.schema.applySchema(db);
  const summary = await d.ingestPaths.ingestPaths(db, [dir], { workers: Number(option('workers', '2')) });
  const { rejected, ...counts } = summary;
  process.stdout.write(`${JSON.stringify({ ...counts, rejected: rejected.length, maxRssKb: process.resourceUsage().maxRSS })}\n`);
} finally {
  await db.close();
}
