import type { DownloadProgress } from '../../api';

/** Per-file and total progress with speed and time left, at most a few reports a second. */
export class ProgressMeter {
  private file = '';
  private fileBytes = 0;
  private fileTotal = 0;
  private done = 0;
  private readonly samples: { t: number; bytes: number }[] = [];
  private lastReport = 0;

  /** `sizes` starts with the manifest's approximate sizes; real ones replace them as known. */
  constructor(
    private readonly sizes: Map<string, number>,
    private readonly report: (p: Omit<DownloadProgress, 'modelId' | 'dtype'>) => void,
  ) {}

  private get total(): number {
    let total = 0;
    for (const size of this.sizes.values()) total += size;
    return Math.max(total, this.done);
  }

  startFile(file: string, already: number, size: number | null): void {
    if (this.file !== file) {
      this.file = file;
      this.done += already;
    }
    if (size) this.sizes.set(file, size);
    this.fileBytes = already;
    this.fileTotal = size ?? 0;
    this.emit(true);
  }

  fileDone(file: string, bytes: number): void {
    this.file = file;
    this.sizes.set(file, bytes);
    this.fileBytes = bytes;
    this.fileTotal = bytes;
    this.done += bytes;
    this.emit(true);
  }

  add(n: number): void {
    this.fileBytes += n;
    this.done += n;
    this.emit(false);
  }

  flush(): void {
    this.emit(true);
  }

  private emit(force: boolean): void {
    const now = Date.now();
    this.samples.push({ t: now, bytes: this.done });
    while (this.samples.length > 2 && now - this.samples[0]!.t > 5000) this.samples.shift();
    if (!force && now - this.lastReport < 250) return;
    this.lastReport = now;
    const first = this.samples[0]!;
    const seconds = (now - first.t) / 1000;
    const speed = seconds > 0.2 ? (this.done - first.bytes) / seconds : 0;
    const total = this.total;
    this.report({
      file: this.file,
      fileBytes: this.fileBytes,
      fileTotal: this.fileTotal,
      doneBytes: this.done,
      totalBytes: total,
      speed,
      secondsLeft: speed > 0 ? Math.max(0, (total - this.done) / speed) : null,
    });
  }
}
