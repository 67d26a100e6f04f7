// A child process for the recovery tests: starts a large write on a library, lets SQLite
// spill part of it into the write-ahead log, says "ready", and waits to be killed.
import { Database } from '../../core/store/database';

const db = Database.open(process.argv[2]!);
db.exec('PRAGMA cache_size = 10');
db.exec('BEGIN IMMEDIATE');
db.exec("UPDATE articles SET title = 'half-written ' || title");
db.exec('CREATE TABLE filler (x BLOB)');
db.exec('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) INSERT INTO filler SELECT randomblob(2000) FROM n');
process.stdout.write('ready\n');
setInterval(() => undefined, 1000);
