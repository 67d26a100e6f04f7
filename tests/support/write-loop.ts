// A child process for the durability test: writes to a library as fast as it can and
// acknowledges each write once it is committed. The test kills it at random moments.
import { openCore } from '../../core/app';

const dataDir = process.env.GLOSA_DATA_DIR!;
const round = Number(process.argv[2] ?? '0');
const core = await openCore({ dataDir, apertiumCommand: '/nonexistent' });
for (let i = 0; ; i++) {
  const title = `r${round}-a${i}`;
  const r = await core.api.importText({ text: `Artículo ${title}. El Kremlin negó la captura de las aldeas ${i}.`, title });
  if (r.status !== 'imported') throw new Error(`import ${title}: ${r.status}`);
  await core.api.renameArticle({ id: r.article.id, title: `${title}-renamed` });
  await new Promise<void>((resolve) => process.stdout.write(`ack ${title}-renamed\n`, () => resolve()));
}
