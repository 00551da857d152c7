// Run as its own process: takes the database's write lock, says so, holds it, then lets go.
// Usage: node --import tsx hold-lock.ts <file> <milliseconds>
import { createClient } from '@libsql/client';

const [file, ms] = process.argv.slice(2);
const client = createClient({ url: `file:${file}` });
const tx = await client.transaction('write');
await tx.execute("INSERT INTO settings (key, value) VALUES ('lock-holder', 'held') ON CONFLICT DO NOTHING");
process.stdout.write('locked\n');
await new Promise((resolve) => setTimeout(resolve, Number(ms)));
await tx.rollback();
process.stdout.write('released\n');
client.close();
