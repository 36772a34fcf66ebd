// A user's text filter: a plain substring, or /regex/flags.
import { UsageError } from '../types.js';

export function compileTextMatcher(pattern: string): (text: string) => boolean {
  const regex = parseRegexLiteral(pattern);
  if (regex) return (text) => regex.test(text);
  return (text) => text.includes(pattern);
}

/** `/…/flags` as a RegExp (never global, so test() has no state); undefined for plain text. */
export function parseRegexLiteral(pattern: string, extraFlags = ''): RegExp | undefined {
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  if (!literal) return undefined;
  const flags = [...new Set((literal[2]! + extraFlags).replace('g', ''))].join('');
  try {
    return new RegExp(literal[1]!, flags);
  } catch (error) {
    throw new UsageError(`invalid regular expression ${pattern}: ${(error as Error).message}`);
  }
}
