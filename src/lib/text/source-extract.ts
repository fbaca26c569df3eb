/**
 * Cut named top-level declarations out of a TypeScript module's source text, so a "Show the code" panel can
 * display exactly the functions that compute a widget (imported with `?raw`, so it cannot drift from them).
 * The module is parsed with the TypeScript compiler (no type checking): a declaration is a top-level function,
 * class, interface, type alias, enum or `const`/`let` statement declaring NAME, taken from the start of its
 * line to the end of its last line, with the `/** … *\/` doc comment that ends on the line just above it.
 * Runs at build time only (src/components/ShowCode.astro's frontmatter): the compiler never reaches a page.
 */
import ts from 'typescript';

/** The names a top-level statement declares (several for `const a = 1, b = 2`). */
function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  }
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement)
  ) {
    return statement.name ? [statement.name.text] : [];
  }
  return [];
}

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

const lineEnd = (text: string, at: number): number => {
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline;
};

/** Where the statement's text starts: its doc comment, when one ends on the line just above the statement. */
function startWithDoc(source: string, statement: ts.Statement, file: ts.SourceFile): number {
  const start = statement.getStart(file);
  const comments = ts.getLeadingCommentRanges(source, statement.getFullStart()) ?? [];
  const doc = comments.at(-1);
  const between = doc ? source.slice(doc.end, start) : '';
  const adjacent = doc !== undefined && /^[ \t]*\r?\n[ \t]*$/.test(between);
  return adjacent && source.startsWith('/**', doc.pos) ? lineStart(source, doc.pos) : lineStart(source, start);
}

/** The source of each named top-level declaration (with its doc comment), separated by blank lines. */
export function extractDeclarations(source: string, names: readonly string[]): string {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return names
    .map((name) => {
      const statement = file.statements.find((s) => declaredNames(s).includes(name));
      if (!statement) throw new Error(`extractDeclarations: "${name}" is not declared at the top level`);
      return source.slice(startWithDoc(source, statement, file), lineEnd(source, statement.getEnd()));
    })
    .join('\n\n');
}
