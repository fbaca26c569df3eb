/**
 * Build-time helpers for showing part of a Markdown document on a page: cut out one `## ` section, and render
 * Markdown to HTML with Astro's own processor (the same remark/rehype stack as the lessons).
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';

/** The body of the `## heading` section (up to the next `## ` heading), or null when it is absent or only a placeholder. */
export function markdownSection(markdown: string, heading: string): string | null {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim().toLowerCase() === `## ${heading}`.toLowerCase());
  if (start < 0) return null;
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  return body === '' || /^[A-Z_]+$/.test(body) ? null : body;
}

export async function renderMarkdown(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor();
  return (await processor.render(markdown)).code;
}
