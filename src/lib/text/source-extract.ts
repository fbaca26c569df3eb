/**
 * Cut named top-level declarations out of a TypeScript module's source text, so a "Show the code" panel can
 * display exactly the functions that compute a widget (imported with `?raw`, so it cannot drift from them).
 * A declaration starts at `export function NAME` / `function NAME` / `export const NAME` (with its leading
 * doc comment) and ends at the first line that is a lone `}` or `};` at column 0.
 */
export function extractDeclarations(source: string, names: readonly string[]): string {
  const lines = source.split('\n');
  const blocks: string[] = [];
  for (const name of names) {
    const start = lines.findIndex((line) =>
      new RegExp(`^(export\\s+)?(async\\s+)?(function\\*?|const|class|interface|type)\\s+${name}\\b`).test(line));
    if (start < 0) throw new Error(`extractDeclarations: "${name}" is not declared at the top level`);
    let first = start;
    if (lines[first - 1]?.trim().endsWith('*/')) {
      while (first > 0 && !lines[first].trimStart().startsWith('/**')) first -= 1;
    }
    let end = start;
    const oneLiner = /;\s*$/.test(lines[start]) && !/[{(]\s*$/.test(lines[start]);
    if (!oneLiner) {
      while (end < lines.length && !/^(\}|\};|\)[^\n]*;)\s*$/.test(lines[end])) end += 1;
    }
    blocks.push(lines.slice(first, end + 1).join('\n'));
  }
  return blocks.join('\n\n');
}
