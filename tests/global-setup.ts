// Every temporary directory a test run makes (tests, the CLIs they spawn, the audit's spill
// files) goes under one directory of its own, removed when the run ends: tests that exit early
// or forget to clean up leave nothing in the system's temp directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const previous = process.env['TMPDIR'];
  const dir = mkdtempSync(path.join(tmpdir(), 'replylint-tests-'));
  process.env['TMPDIR'] = dir;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
