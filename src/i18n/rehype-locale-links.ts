/**
 * A rehype step (astro.config.mjs) that makes the page links in a content file point at its own locale: in
 * `content/<collection>/<locale>/…`, a link written as an absolute page path (`/metrics/`, `/fc-to-conv/#x`)
 * becomes `localizeHref(locale, href)` — `/ko/metrics/` in a Korean file, unchanged in an English one — so a
 * translation keeps the English file's links as they are. Markdown links and JSX/HTML `<a href="…">` (inside
 * SVG too) both count. Links to files (`/data/CREDITS.md`) and other hosts are left alone.
 */
import { isLocale, type Locale } from './locales';
import { localizeHref } from './paths';

interface Node {
  type: string;
  children?: Node[];
}
interface ElementNode extends Node {
  tagName: string;
  properties?: Record<string, unknown>;
}
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}
interface File {
  path?: string;
  history?: string[];
}

/** The locale of a content file from its path (`…/content/lessons/ko/metrics.mdx` → ko), or null. */
export function localeOfContentFile(path: string): Locale | null {
  const match = /(?:^|[\\/])content[\\/][^\\/]+[\\/]([^\\/]+)[\\/]/.exec(path);
  return match && isLocale(match[1]) ? match[1] : null;
}

function relink(node: Node, locale: Locale, base: string | undefined): void {
  if (node.type === 'element') {
    const element = node as ElementNode;
    const href = element.properties?.href;
    if (element.tagName === 'a' && typeof href === 'string')
      element.properties!.href = localizeHref(locale, href, base);
  } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const jsx = node as JsxNode;
    if (jsx.name === 'a') {
      for (const attribute of jsx.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
          attribute.value = localizeHref(locale, attribute.value, base);
        }
      }
    }
  }
  for (const child of node.children ?? []) relink(child, locale, base);
}

export default function rehypeLocaleLinks(options: { base?: string } = {}) {
  return (tree: Node, file: File): void => {
    const path = file.path ?? file.history?.at(-1);
    const locale = path ? localeOfContentFile(path) : null;
    if (locale) relink(tree, locale, options.base);
  };
}
