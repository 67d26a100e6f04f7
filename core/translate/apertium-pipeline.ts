/**
 * Apertium kept running: its mode's programs started once, each with null flushing (`-z`),
 * so that a batch costs the translation itself rather than starting a dozen programs and
 * loading their dictionaries (about 100 ms each time on a laptop). Sentences go in Apertium's
 * stream format, one after another, each ended by a null character, and come back in order.
 *
 * `apertium -z` cannot be used for this from Node: its wrapper reads /dev/stdin, which cannot
 * be opened when stdin is the socket Node gives a child, and its text deformatter has no `-z`.
 * So the pipeline is the one `apertium-wblank-mode -z` writes for the mode, run by bash, and
 * the stream escaping that the deformatter would do is done here.
 */
import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Longer than this for a sentence, and the pipeline is taken for stuck. */
const PER_SENTENCE_MS = 2000;
const MIN_WAIT_MS = 10_000;
/**
 * How much lower than the interface background translation runs (nice(1): 0 is normal, 19
 * lowest). The lowest: a pipeline is some ten processes at work at once, and at 10 they
 * together weighed as much as the interface's renderer, which lost the processor to them for
 * 50 to 100 ms at a time while the reader scrolled (on two cores). Idle, the processor is
 * theirs all the same: translation took as long.
 */
const BACKGROUND_NICENESS = 19;

type Pending = { count: number; results: string[]; resolve: (results: string[]) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

export class ApertiumPipeline {
  private buffer = '';
  private readonly pending: Pending[] = [];
  private dead: Error | null = null;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => this.read(chunk));
    child.stderr.resume();
    child.on('error', (error) => this.fail(error));
    child.on('exit', (code) => this.fail(new Error(`Apertium's pipeline stopped (exit ${code})`)));
    child.stdin.on('error', (error) => this.fail(error));
    this.idle(true);
  }

  /** An idle pipeline does not keep Glosa's process alive; one with work waiting does. */
  private idle(idle: boolean): void {
    for (const handle of [this.child, this.child.stdout, this.child.stdin, this.child.stderr] as unknown as { ref?: () => void; unref?: () => void }[]) {
      if (idle) handle.unref?.();
      else handle.ref?.();
    }
  }

  /** Starts the pipeline of a mode, or returns null where it cannot be had (then Apertium runs once per batch). */
  static async start(command: string, mode: string): Promise<ApertiumPipeline | null> {
    const bin = await resolveCommand(command);
    if (!bin) return null;
    const modeFile = [path.join(path.dirname(path.dirname(bin)), 'share', 'apertium', 'modes', `${mode}.mode`), `/usr/share/apertium/modes/${mode}.mode`].find((f) => fs.existsSync(f));
    const writer = path.join(path.dirname(bin), 'apertium-wblank-mode');
    if (!modeFile || !fs.existsSync(writer)) return null;
    try {
      const { stdout: pipeline } = await run(writer, ['-z', modeFile], { timeout: 10_000 });
      if (!pipeline.trim()) return null;
      // $1 marks unknown words (-g, as the apertium command does by default); $2 is the tagger's extra option.
      const script = ['bash', '-c', pipeline, 'bash', '-g', ''];
      // Translation is background work: at a lower priority, it never takes the processor
      // from the interface the reader is scrolling (on two cores, it otherwise does).
      const nice = await resolveCommand('nice');
      const [program, ...args] = nice ? [nice, '-n', String(BACKGROUND_NICENESS), ...script] : script;
      return new ApertiumPipeline(spawn(program!, args, { stdio: ['pipe', 'pipe', 'pipe'] }));
    } catch {
      return null;
    }
  }

  get alive(): boolean {
    return this.dead === null;
  }

  /** Translates the lines in order; rejects if the pipeline stops or takes too long (it is then closed). */
  translate(lines: string[]): Promise<string[]> {
    if (this.dead) return Promise.reject(this.dead);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error('Apertium took too long')), Math.max(MIN_WAIT_MS, lines.length * PER_SENTENCE_MS));
      this.pending.push({ count: lines.length, results: [], resolve, reject, timer });
      this.idle(false);
      this.child.stdin.write(lines.map((line) => `${escapeStream(line)}[][\n]\0`).join(''));
    });
  }

  close(): void {
    this.fail(new Error('closed'));
  }

  private read(chunk: string): void {
    this.buffer += chunk;
    for (let at = this.buffer.indexOf('\0'); at !== -1; at = this.buffer.indexOf('\0')) {
      const text = this.buffer.slice(0, at);
      this.buffer = this.buffer.slice(at + 1);
      const head = this.pending[0];
      if (!head) continue;
      head.results.push(unescapeStream(text));
      if (head.results.length === head.count) {
        this.pending.shift();
        clearTimeout(head.timer);
        if (!this.pending.length) this.idle(true);
        head.resolve(head.results);
      }
    }
  }

  private fail(error: Error): void {
    if (this.dead) return;
    this.dead = error;
    for (const p of this.pending.splice(0)) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    this.child.stdin.destroy();
    this.child.kill();
  }
}

/** Text in Apertium's stream format: its special characters escaped, a tilde kept as a blank (as apertium-destxt does). */
export function escapeStream(text: string): string {
  return text.replace(/[\\[\]^$/@<>{}]/g, (c) => `\\${c}`).replace(/~/g, '[~]');
}

/** Apertium's output stream as text: escapes undone, blanks ("[…]") kept as their content, the line's end dropped. */
export function unescapeStream(stream: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < stream.length; i++) {
    const c = stream[i]!;
    if (c === '\\' && i + 1 < stream.length) out += stream[++i];
    else if (c === '[') depth++;
    else if (c === ']' && depth > 0) depth--;
    else out += c;
  }
  return out.replace(/\n+$/, '');
}

async function resolveCommand(command: string): Promise<string | null> {
  if (command.includes('/')) return fs.existsSync(command) ? fs.realpathSync(command) : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && fs.existsSync(candidate)) return fs.realpathSync(candidate);
  }
  return null;
}
