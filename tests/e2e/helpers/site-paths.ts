import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of the built site, as URL paths ("/", "/metrics/", …). */
export function sitePaths(root = process.env.DIST_DIR ?? 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') out.push(`/${relative(root, dir)}/`.replace(/\/+/g, '/').replace(/^\/\.\//, '/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The titles of a locale's lessons in reading order, from their frontmatter (content/lessons/<locale>/). */
export function lessonTitles(locale: string, root = 'content/lessons'): string[] {
  const dir = join(root, locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(join(dir, name), 'utf8');
      const title = /^title:\s*(.*)$/m.exec(source)?.[1].trim() ?? '';
      return {
        order: Number(/^order:\s*(\d+)/m.exec(source)?.[1]),
        title: title
          .replace(/^"(.*)"$/, '$1')
          .replace(/\\"/g, '"')
          .replace(/^'(.*)'$/, '$1'),
      };
    })
    .sort((a, b) => a.order - b.order)
    .map((lesson) => lesson.title);
}
