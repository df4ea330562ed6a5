// Reading time at an adult's average silent reading speed for non-fiction (about 238 words a minute,
// Brysbaert 2019), rounded up, never less than one minute.
const WORDS_PER_MINUTE = 238;

export function countWords(text: string): number {
  const words = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

export function readingTimeMinutes(text: string): number {
  return Math.max(1, Math.ceil(countWords(text) / WORDS_PER_MINUTE));
}
