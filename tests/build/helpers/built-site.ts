// The built site (dist/) as files: every HTML page with its URL path and parsed document, and the mapping from a
// URL path back to the file a static host would answer with. For the tests that read the build without a browser
// (links, metadata, requests to other hosts, the JavaScript budget); they run after `astro build`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { JSDOM } from 'jsdom';
import { fileFor as fileAt } from '../../../scripts/lib/first-load';

export const DIST = process.env.DIST_DIR ?? 'dist';

export interface BuiltPage {
  /** The URL path a reader visits: `/`, `/ko/metrics/`, `/404.html`. */
  path: string;
  file: string;
  html: string;
}

function walk(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return walk(full, keep);
    return keep(name) ? [full] : [];
  });
}

/** The URL path of an HTML file: `dist/ko/metrics/index.html` → `/ko/metrics/`, `dist/404.html` → `/404.html`. */
export function urlPathOf(file: string, root = DIST): string {
  const path = `/${relative(root, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML page of the build (the lesson and content pages and the 404 pages), sorted by path. */
export function builtPages(root = DIST): BuiltPage[] {
  if (!existsSync(root)) throw new Error(`${root}/ does not exist: run \`npx astro build\` first`);
  return walk(root, (name) => name.endsWith('.html'))
    .map((file) => ({ path: urlPathOf(file, root), file, html: readFileSync(file, 'utf8') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every file of the build with one of these extensions. */
export function builtFiles(extensions: readonly string[], root = DIST): string[] {
  return walk(root, (name) => extensions.some((ext) => name.endsWith(ext))).sort();
}

/** The file a static host serves for a URL path (a directory's index.html), or null when there is none. */
export function fileFor(pathname: string, root = DIST): string | null {
  return fileAt(root, pathname);
}

const documents = new Map<string, Document>();

/** The parsed document of an HTML file (parsed once per test file). */
export function documentOf(file: string): Document {
  let document = documents.get(file);
  if (!document) {
    document = new JSDOM(readFileSync(file, 'utf8')).window.document;
    documents.set(file, document);
  }
  return document;
}
