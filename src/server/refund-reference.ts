/**
 * A refund request's short human reference, such as `R-7KQ-4MX`, for reading over the phone.
 * It is derived from the request's UUID (its first 30 bits, in Crockford's base 32: no I, L, O
 * or U), so nothing new is stored and old requests have one too. It only names a request:
 * reading one still needs the owner's or an admin's token.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** What a person may type for a symbol that looks alike. */
const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };
const SYMBOLS = 6;

export function referenceOf(id: string): string {
  const bits = parseInt(id.slice(0, 8), 16) >>> 2;
  let text = '';
  for (let i = SYMBOLS - 1; i >= 0; i -= 1) text += ALPHABET[(bits >>> (i * 5)) & 31];
  return `R-${text.slice(0, 3)}-${text.slice(3)}`;
}

/**
 * The id prefix (seven hex digits) every request with this reference starts with, or
 * undefined when the text is no reference. Case, dashes and look-alikes are forgiven.
 */
export function idPrefixOf(reference: string): { prefix: string; reference: string } | undefined {
  const plain = reference
    .toUpperCase()
    .replace(/^R-?/, '')
    .replaceAll('-', '')
    .replace(/[OIL]/g, (symbol) => LOOK_ALIKES[symbol]!);
  if (plain.length !== SYMBOLS || [...plain].some((symbol) => !ALPHABET.includes(symbol))) {
    return undefined;
  }
  let bits = 0;
  for (const symbol of plain) bits = bits * 32 + ALPHABET.indexOf(symbol);
  // 30 bits: the first seven hex digits whole, and two bits of the eighth.
  const prefix = (bits >>> 2).toString(16).padStart(7, '0');
  return { prefix, reference: `R-${plain.slice(0, 3)}-${plain.slice(3)}` };
}
