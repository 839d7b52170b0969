/**
 * The audit's progress line on stderr (only on a terminal): messages read while reading, then
 * replies linted with rate and ETA.
 */
import cliProgress from 'cli-progress';
import type { AuditProgress } from '../audit/index.js';

export class ProgressView {
  private readonly bar: cliProgress.SingleBar;
  private started = false;
  private phase: AuditProgress['phase'] = 'read';

  /** Draws on the real stderr: the bar needs cursor control, and is shown only on a terminal. */
  constructor() {
    this.bar = new cliProgress.SingleBar(
      {
        format: '{phase} |{bar}| {value}/{total} replies · {read} messages read · {rate}/s · ETA {eta_formatted}',
        hideCursor: true,
        clearOnComplete: true,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  update(progress: AuditProgress): void {
    const rate = progress.elapsedMs > 0 ? Math.round(((progress.phase === 'read' ? progress.read : progress.linted) * 1000) / progress.elapsedMs) : 0;
    const payload = { phase: progress.phase === 'read' ? 'reading ' : progress.phase === 'cluster' ? 'grouping' : 'linting ', read: progress.read, rate };
    if (!this.started) {
      this.bar.start(progress.total ?? 0, progress.linted, payload);
      this.started = true;
    }
    if (progress.total !== undefined && progress.phase !== this.phase) this.bar.setTotal(progress.total);
    this.phase = progress.phase;
    this.bar.update(progress.linted, payload);
  }

  stop(): void {
    if (this.started) this.bar.stop();
  }
}
