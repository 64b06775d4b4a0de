// @ts-check
/**
 * A TypeDoc plugin: documents the properties of types inferred from zod schemas
 * (`type Vote = z.infer<typeof Vote>`, and every place such a type is expanded, like a function's
 * return type) with the description the schema gives the field in `.meta({ description })`: the
 * same text the JSON Schema shows. TypeScript carries no TSDoc comment through `z.infer`, so without
 * this every field of the model would be reported as "not documented".
 *
 * For an undocumented property it reads the declaration the property was inferred from (in
 * src/schemas) and follows the zod expression down its method chain: `.meta({ description: "…" })`
 * gives the description; a schema named by identifier (`Session.optional()`, a shorthand `span,`)
 * is followed to its definition; a getter is followed to what it returns; a small helper whose first
 * parameter is `description` (`isoDate("…")`) gives that argument. Enum values, which TypeScript shows
 * as properties of an object type, are documented as the value they stand for. Anything else stays
 * undocumented, so TypeDoc's `notDocumented` validation still reports it.
 */
import { Comment, Converter, ReflectionKind } from "typedoc";
import ts from "typescript";

/** How many identifiers a description is followed through before giving up (guards against cycles). */
const MAX_HOPS = 8;

/**
 * The string a literal expression holds, if it is one.
 *
 * @param {ts.Expression | undefined} node
 * @returns {string | undefined}
 */
function literalText(node) {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/**
 * The `description` of a `.meta({ … })` argument.
 *
 * @param {ts.Expression | undefined} argument
 * @returns {string | undefined}
 */
function metaDescription(argument) {
  if (!argument || !ts.isObjectLiteralExpression(argument)) return undefined;
  for (const property of argument.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === "description") {
      return literalText(property.initializer);
    }
  }
  return undefined;
}

/**
 * The value declaration an identifier stands for, aliases resolved.
 *
 * @param {ts.TypeChecker} checker
 * @param {ts.Symbol | undefined} symbol
 * @returns {ts.Declaration | undefined}
 */
function declarationOf(checker, symbol) {
  if (!symbol) return undefined;
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return target.valueDeclaration ?? target.declarations?.[0];
}

/**
 * The description a zod expression carries, following its method chain and the identifiers in it.
 *
 * @param {ts.TypeChecker} checker
 * @param {ts.Expression | undefined} start
 * @returns {string | undefined}
 */
function describeExpression(checker, start) {
  let node = start;
  let hops = 0;
  while (node && hops <= MAX_HOPS) {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
      node = node.expression;
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        if (callee.name.text === "meta") {
          const found = metaDescription(node.arguments[0]);
          if (found) return found;
        }
        node = callee.expression;
      } else if (ts.isIdentifier(callee)) {
        // A helper such as `isoDate(description)`: its argument is the description.
        const helper = declarationOf(checker, checker.getSymbolAtLocation(callee));
        const fn =
          helper && ts.isVariableDeclaration(helper) && helper.initializer && ts.isArrowFunction(helper.initializer)
            ? helper.initializer
            : helper && ts.isFunctionDeclaration(helper)
              ? helper
              : undefined;
        const first = fn?.parameters[0];
        return first && ts.isIdentifier(first.name) && first.name.text === "description"
          ? literalText(node.arguments[0])
          : undefined;
      } else return undefined;
    } else if (ts.isIdentifier(node)) {
      hops += 1;
      const declaration = declarationOf(checker, checker.getSymbolAtLocation(node));
      node = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    } else return undefined;
  }
  return undefined;
}

/**
 * The description of the zod field a property was inferred from.
 *
 * @param {ts.TypeChecker} checker
 * @param {ts.Declaration} declaration
 * @returns {string | undefined}
 */
function describeDeclaration(checker, declaration) {
  if (ts.isPropertyAssignment(declaration)) return describeExpression(checker, declaration.initializer);
  if (ts.isShorthandPropertyAssignment(declaration)) {
    const value = declarationOf(checker, checker.getShorthandAssignmentValueSymbol(declaration));
    return value && ts.isVariableDeclaration(value) ? describeExpression(checker, value.initializer) : undefined;
  }
  if (ts.isGetAccessorDeclaration(declaration) && declaration.body) {
    const returned = declaration.body.statements.find(ts.isReturnStatement);
    return describeExpression(checker, returned?.expression);
  }
  return undefined;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_CREATE_DECLARATION,
    (context, reflection) => {
      if (!reflection.kindOf(ReflectionKind.Property) || reflection.hasComment()) return;
      const symbol = context.getSymbolFromReflection(reflection);
      for (const declaration of symbol?.declarations ?? []) {
        const description = describeDeclaration(context.checker, declaration);
        if (description) {
          reflection.comment = new Comment([{ kind: "text", text: description }]);
          return;
        }
      }
    },
    -100,
  );

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      // z.enum(["a", "b"]) infers as `{ a: "a"; b: "b" }[…]`: TypeDoc shows each value as a property.
      const type = /** @type {import("typedoc").DeclarationReflection} */ (reflection).type;
      if (!reflection.hasComment() && type?.type === "literal" && type.value === reflection.name) {
        reflection.comment = new Comment([{ kind: "text", text: `The value ${JSON.stringify(reflection.name)}.` }]);
      }
    }
  });
}
