import fs from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { decodeWindows1252 } from '../../core/article/decode';
import { ROOT } from './serve';

export const SAMPLES_DIR = path.join(ROOT, 'assets', 'samples');
export const SAMPLE_FILES = fs.readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort();

export function sample(name = 'kiev-moscu-garantias-seguridad.txt'): string {
  return fs.readFileSync(path.join(SAMPLES_DIR, name), 'utf8');
}

/** Encodes text as Windows-1252, as an old Spanish Windows editor would save it. */
export function toWindows1252(text: string): Buffer {
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decodeWindows1252(new Uint8Array([b])), b);
  return Buffer.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`not in Windows-1252: ${ch}`);
    return b;
  }));
}

export function toUtf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

export async function makeDocx(title: string, paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), ...paragraphs.map((p) => new Paragraph({ text: p }))],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A ZIP archive holding something that is not a Word document. */
export async function makeOtherZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('notes.txt', 'hola');
  zip.file('data/values.csv', 'a,b\n1,2\n');
  return zip.generateAsync({ type: 'nodebuffer' });
}

export const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

export const ARTICLE_HTML = `<!doctype html><html><head><title>Kiev prepara garantías de seguridad | Diario</title>
<script src="https://tracker.example/t.js"></script><link rel="stylesheet" href="https://cdn.example/x.css"></head>
<body onload="steal()"><nav><a href="/">Portada</a> <a href="/mundo">Mundo</a></nav>
<header><p>Suscríbete a nuestra newsletter</p></header>
<article><h1>Kiev prepara garantías de seguridad</h1>
<p>Al mismo tiempo, Kiev, que sigue acusando a Moscú de dar señales negativas durante las negociaciones para la tregua, declaró este miércoles que está preparando los detalles para garantizar la seguridad en la región.</p>
<p onclick="alert(1)">El presidente ucraniano, Volodimir Zelensky, sigue acusando a su homólogo ruso, Vladimir Putin, de continuar los ataques contra su territorio durante las negociaciones entre las partes. <img src="https://evil.example/pixel.gif" onerror="alert(2)"></p>
<script>document.write('injected script text')</script>
<p>Un pequeño número de las fuerzas de Moscú habían cruzado la región de Dnipropetrovsk y habían entrado en dos aldeas, confirmó el ejército ucraniano, aunque negó que Rusia hubiera asegurado una posición estable en la región central. <a href="javascript:alert(3)">Leer más</a></p>
</article><aside><p>Publicidad</p></aside><footer><p>© Diario 2025. Todos los derechos reservados.</p></footer></body></html>`;
