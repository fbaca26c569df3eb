import { readdirSync, statSync } from 'node:fs';
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
