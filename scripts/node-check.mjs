// Glosa's library is SQLite through Node's built-in node:sqlite (WAL, FTS5), which Node
// has from 22.13 on. An older Node gets one line saying what to install, not a stack trace.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(
    `Glosa needs Node.js 22.13 or newer (24 LTS recommended); this is Node.js ${process.versions.node}. ` +
      'Install a current Node.js from nodejs.org or your package manager (or `npm install -g node@24`), then try again.\n',
  );
  process.exit(1);
}
