/**
 * Counting the prose of a lesson's MDX, as the lessons' shared rules define it: the body's words after removing
 * import/export blocks, fenced code, display maths `$$…$$`, inline maths `$…$`, markdown table lines (starting
 * with `|`), `<details>…</details>` blocks, JSX component tags and HTML tags. Headings count. Pure string
 * functions (no MDX parser), so the rule reads in one place and is tested on small hand-made strings.
 *
 * Choices the rule leaves open, made here: the text between HTML tags counts (a figcaption is prose), but the
 * contents of `<style>` and `<script>` elements and of comments do not; a `{…}` expression left in the prose
 * (a computed number) counts as one word; a link counts its text, not its URL; list, heading and quote markers
 * are not words; a word is a whitespace-separated token holding at least one letter or digit.
 */

/** The MDX without its frontmatter (the `---` block at the very top). */
export function mdxBody(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? source.slice(match[0].length) : source;
}

/** Replace a span by spaces, keeping newlines, so positions and line starts survive. */
const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/** Blank every fenced code block (``` or ~~~, three or more, closed by the same fence or the end). */
export function maskCodeFences(body: string): string {
  const lines = body.split('\n');
  let fence: string | null = null;
  return lines
    .map((line) => {
      const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fence === null) {
        if (open) {
          fence = open[1];
          return blank(line);
        }
        return line;
      }
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && line.trim() === open[1]) fence = null;
      return blank(line);
    })
    .join('\n');
}

/** Blank the ESM blocks: a paragraph (up to a blank line) whose first line starts with `import` or `export`. */
export function maskEsm(body: string): string {
  const lines = body.split('\n');
  let inEsm = false;
  return lines
    .map((line) => {
      if (!inEsm && /^(import|export)\s/.test(line)) inEsm = true;
      if (inEsm && line.trim() === '') {
        inEsm = false;
        return line;
      }
      return inEsm ? blank(line) : line;
    })
    .join('\n');
}

/** Index just past the `}` matching the `{` at `start` (strings and template literals skipped), or the end. */
function matchBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return text.length;
      i = close;
    } else if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** Index just past the `>` closing the tag that opens at `start`, skipping quoted and `{…}` attribute values. */
function tagEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return text.length;
      i = close;
    } else if (c === '{') i = matchBrace(text, i) - 1;
    else if (c === '>') return i + 1;
  }
  return text.length;
}

const TAG_START = /<\/?[A-Za-z][\w.:-]*(?=[\s/>])/g;

/** Remove whole elements named `name` (with nesting), e.g. `details`, `style`, `script`. */
export function removeElements(text: string, name: string): string {
  const open = new RegExp(`<${name}(?=[\\s/>])`, 'i');
  let out = text;
  for (;;) {
    const first = open.exec(out);
    if (!first) return out;
    let depth = 0;
    let end = out.length;
    const tags = new RegExp(`</?${name}(?=[\\s/>])`, 'gi');
    tags.lastIndex = first.index;
    for (let m = tags.exec(out); m; m = tags.exec(out)) {
      const close = tagEnd(out, m.index);
      const selfClosing = out[close - 2] === '/';
      if (m[0][1] === '/') depth -= 1;
      else if (!selfClosing) depth += 1;
      if (depth <= 0) {
        end = close;
        break;
      }
      tags.lastIndex = close;
    }
    out = out.slice(0, first.index) + blank(out.slice(first.index, end)) + out.slice(end);
  }
}

/** Remove every JSX or HTML tag (the tag only, not the text between an opening and a closing tag). */
export function removeTags(text: string): string {
  let out = '';
  let last = 0;
  TAG_START.lastIndex = 0;
  for (let m = TAG_START.exec(text); m; m = TAG_START.exec(text)) {
    const end = tagEnd(text, m.index);
    out += text.slice(last, m.index) + ' ';
    last = end;
    TAG_START.lastIndex = end;
  }
  return out + text.slice(last);
}

/** Replace each top-level `{…}` expression by one word (a rendered value), or nothing for a `{/* comment *\/}`. */
function replaceExpressions(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '{') {
      const end = matchBrace(text, i);
      out += /^\{\s*\/\*[\s\S]*\*\/\s*\}$/.test(text.slice(i, end)) ? ' ' : ' 0 ';
      i = end - 1;
    } else out += text[i];
  }
  return out;
}

/** The body's prose as plain text (see the module comment for what is removed). */
export function proseText(body: string): string {
  let text = maskEsm(maskCodeFences(body));
  text = text.replace(/<!--[\s\S]*?-->/g, ' ').replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, ' ');
  for (const name of ['details', 'style', 'script']) text = removeElements(text, name);
  text = text.replace(/\$\$[\s\S]*?\$\$/g, ' ');
  text = text
    .split('\n')
    .filter((line) => !/^\s*\|/.test(line))
    .join('\n');
  text = text.replace(/<(https?:\/\/[^\s>]+)>/g, ' $1 ');
  text = removeTags(text);
  text = text.replace(/(?<![\\$])\$(?!\$)(?:\\.|[^$\\\n])+?\$/g, ' ');
  text = replaceExpressions(text);
  text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:#{1,6}\s|>\s?|[-*+]\s|\d+[.)]\s)+/, ''))
    .join('\n');
}

/** The words of a piece of prose: whitespace-separated tokens with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Prose words of an MDX body. */
export function proseWords(body: string): number {
  return countWords(proseText(body));
}

/** Components the body imports by default import: name → module path. */
export function componentImports(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of maskCodeFences(body).matchAll(/^import\s+([A-Z]\w*)\s+from\s+['"]([^'"]+)['"]/gm))
    out.set(m[1], m[2]);
  return out;
}

export interface FirstComponent {
  name: string | null;
  index: number;
  wordsBefore: number;
}

/**
 * The first JSX component tag `<Name` outside code and ESM for which `accept(name)` holds, and the prose words
 * of the body before it (all of the body's words when there is none).
 */
export function firstComponent(body: string, accept: (name: string) => boolean): FirstComponent {
  const masked = maskEsm(maskCodeFences(body));
  for (const m of masked.matchAll(/<([A-Z][\w.]*)(?=[\s/>])/g)) {
    if (accept(m[1])) return { name: m[1], index: m.index, wordsBefore: proseWords(body.slice(0, m.index)) };
  }
  return { name: null, index: -1, wordsBefore: proseWords(body) };
}

/** True when the body has KaTeX maths: `$…$` or `$$…$$` outside code, or a `<Tex` component. */
export function hasMaths(body: string): boolean {
  const text = maskEsm(maskCodeFences(body)).replace(/`[^`\n]*`/g, ' ');
  return (
    /\$\$[\s\S]+?\$\$/.test(text) || /(?<![\\$])\$(?!\$)(?:\\.|[^$\\\n])+?\$/.test(text) || /<Tex[\s/>]/.test(text)
  );
}

export interface MdxSection {
  heading: string;
  depth: number;
  text: string;
}

/** The body cut at its headings (`#`…`######` outside code); text before the first heading has heading ''. */
export function mdxSections(body: string): MdxSection[] {
  const masked = maskCodeFences(body).split('\n');
  const lines = body.split('\n');
  const sections: MdxSection[] = [{ heading: '', depth: 0, text: '' }];
  masked.forEach((line, i) => {
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) sections.push({ heading: h[2], depth: h[1].length, text: '' });
    else sections[sections.length - 1].text += `${lines[i]}\n`;
  });
  return sections;
}

/**
 * Top-level list items (`- `, `* `, `+ ` or `1. ` at the start of a line) in a piece of markdown, each with its
 * indented continuation lines (nested items included) joined by single spaces.
 */
export function listItems(markdown: string): string[] {
  const items: string[] = [];
  let open = false;
  for (const line of maskCodeFences(markdown).split('\n')) {
    if (/^(?:[-*+]|\d+[.)])\s+\S/.test(line)) {
      items.push(line.trim());
      open = true;
    } else if (open && /^\s+\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
    else open = false;
  }
  return items;
}
