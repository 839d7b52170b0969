/**
 * Repair of UTF-8 text that was decoded as Mac OS Roman and saved again ("won‚Äôt" for "won’t",
 * "üòÇ" for "😂"), the damage in the twcs_test.csv export.
 *
 * Mac Roman gives every byte a character, so the damage is exactly reversible: map each character
 * back to its Mac Roman byte and decode the bytes as UTF-8. We only do so when that is safe:
 *  - every character of the field has a Mac Roman byte (otherwise it is not this damage), and
 *  - the bytes are valid UTF-8 under a strict decoder, with at least one multi-byte sequence.
 * Genuine text almost never passes the second test: accented letters are Mac Roman bytes 0x80–0x9F
 * (UTF-8 continuation bytes with no lead byte), and a lead-byte character such as "–" or "“" would
 * have to be followed by exactly the right number of those. Windows-1252 mojibake ("â€™") is a
 * different table and is left alone (none of the shared data has it).
 */

/** Mac OS Roman, bytes 0x80–0xFF (0xDB is the euro sign since Mac OS 8.5, 0xF0 the Apple logo). */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü' +
  '†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ' +
  '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

const TO_BYTE = new Map<string, number>();
for (let i = 0; i < MAC_ROMAN_HIGH.length; i++) TO_BYTE.set(MAC_ROMAN_HIGH[i] ?? '', 0x80 + i);

/** Characters that Mac Roman shows for UTF-8 lead bytes 0xC2–0xF4: every repairable field has one. */
const LEAD_CHARS = new Set([...MAC_ROMAN_HIGH.slice(0xc2 - 0x80, 0xf5 - 0x80)]);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The Mac Roman character for a byte (for tests and for producing damaged samples). */
export function macRomanChar(byte: number): string {
  return byte < 0x80 ? String.fromCharCode(byte) : (MAC_ROMAN_HIGH[byte - 0x80] ?? '');
}

/** Simulates the damage: UTF-8 bytes read as Mac Roman. */
export function damageAsMacRoman(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) out += macRomanChar(byte);
  return out;
}

/** The repaired text, or undefined when `text` is not (safely) Mac Roman mojibake. */
export function repairMacRoman(text: string): string | undefined {
  let hasLead = false;
  for (const char of text) {
    if (LEAD_CHARS.has(char)) {
      hasLead = true;
      break;
    }
  }
  if (!hasLead) return undefined;
  const bytes = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes[n++] = code;
      continue;
    }
    const byte = TO_BYTE.get(text[i] ?? '');
    if (byte === undefined) return undefined;
    bytes[n++] = byte;
  }
  try {
    const repaired = strictUtf8.decode(bytes.subarray(0, n));
    return repaired === text ? undefined : repaired;
  } catch {
    return undefined;
  }
}
