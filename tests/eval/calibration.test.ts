// The score's scale (DESIGN §3, README "Score"): blaming, unapologetic, empty, unsigned replies score
// below 40 and fail; replies that own the problem, fix it and are signed by a person score 85+.
import { describe, expect, it } from 'vitest';
import { BAD_REPLIES, GOOD_REPLIES, HIGH_BAR, LOW_BAR } from '../../scripts/eval/calibration.js';
import { createEngine } from '../../src/pipeline/engine.js';
import { lintReply } from '../../src/pipeline/run.js';
import { readString } from '../../src/readers/index.js';
import type { LintResult } from '../../src/types.js';

async function lintOne(text: string, context: string, channel: 'email' | 'chat' | 'social'): Promise<LintResult> {
  const { settings } = await createEngine(process.cwd(), { noConfigLookup: true });
  const [reply] = await readString(text, 'calibration.txt', 'text');
  if (!reply) throw new Error('no reply');
  return lintReply({ ...reply, context, channel }, settings);
}

describe('score calibration', () => {
  for (const item of BAD_REPLIES) {
    it(`scores below ${LOW_BAR} and fails: ${item.name}`, async () => {
      const result = await lintOne(item.text, item.context, item.channel);
      const rules = new Set(result.messages.filter((m) => m.severity !== 'info').map((m) => m.ruleId));
      for (const rule of ['blame-shifting', 'missing-apology', 'missing-remedy', 'missing-named-contact']) expect([...rules]).toContain(rule);
      expect(result.score).toBeLessThan(LOW_BAR);
      expect(result.passed).toBe(false);
    });
  }
  for (const item of GOOD_REPLIES) {
    it(`scores ${HIGH_BAR} or more and passes: ${item.name}`, async () => {
      const result = await lintOne(item.text, item.context, item.channel);
      expect(result.messages.filter((m) => m.severity !== 'info').map((m) => `${m.ruleId}/${m.messageId}`)).toEqual([]);
      expect(result.score).toBeGreaterThanOrEqual(HIGH_BAR);
      expect(result.passed).toBe(true);
    });
  }
});
