// A child process for the journal tests: starts a large write on a library, lets SQLite
// spill part of it into the database file and says "ready". Then it waits to be killed
// mid-way or, given a number of milliseconds, commits after that long and exits.
import { Database } from '../../core/store/database';

const db = Database.open(process.argv[2]!);
const commitAfterMs = process.argv[3] ? Number(process.argv[3]) : null;
db.exec('PRAGMA cache_size = 10');
db.exec('BEGIN IMMEDIATE');
db.exec("UPDATE articles SET title = 'half-written ' || title");
db.exec('CREATE TABLE filler (x BLOB)');
db.exec('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) INSERT INTO filler SELECT randomblob(2000) FROM n');
process.stdout.write('ready\n');
if (commitAfterMs === null) {
  setInterval(() => undefined, 1000);
} else {
  setTimeout(() => {
    db.exec('COMMIT');
    db.close();
  }, commitAfterMs);
}
