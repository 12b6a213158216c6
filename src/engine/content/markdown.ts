/**
 * @module
 * Just enough Markdown to index prose: headings become subheadings, inline markup becomes text.
 */

/** A Markdown ATX heading ("## Heading"), returned as its level and text. */
export function readHeading(line: string): { level: number; text: string } | undefined {
  const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line.trim())
  return match ? { level: match[1]!.length, text: stripInline(match[2]!) } : undefined
}

/**
 * Removes inline Markdown so offsets point into readable text.
 *
 * @example
 * ```ts
 * stripInline('**Bold** and [a link](https://x.y)') // "Bold and a link"
 * ```
 */
export function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
}
