/** The first syntax error in a JSON text: where it is and what was expected there. */
export interface JsonSyntaxError {
  /** Offset of the error, from 0, in UTF-16 code units. */
  offset: number;
  /** Line, from 1. */
  line: number;
  /** Column, from 1, in UTF-16 code units. */
  column: number;
  /** What was expected and what was found: "expected ',' or '}' after a property value, found ']'". */
  message: string;
}

/** The escapes a JSON string allows after a backslash (and "u", followed by four hex digits). */
const SIMPLE_ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
/**
 * The run of word characters at a syntax error, shown as what was found ("tru" rather than "t");
 * one character class, so it cannot backtrack.
 */
const FOUND_WORD = /^[A-Za-z0-9_$.+-]+/;
/** One hexadecimal digit. */
const HEX_DIGIT = /^[0-9A-Fa-f]$/;

/**
 * Finds the first syntax error of a JSON text (RFC 8259), with its line and column: Node 20's
 * `JSON.parse` gives a position for some errors only ("Unexpected token 'x', … is not valid JSON").
 * It reads without recursion, so deep nesting cannot overflow the stack.
 *
 * @param text - the JSON text (without a byte order mark)
 * @returns the first error, or `undefined` when the text is valid JSON
 *
 * @example
 * ```ts
 * findJsonSyntaxError('{\n  "a": tru\n}');
 * // { offset: 9, line: 2, column: 8, message: 'expected a value (true), found "tru"' }
 * ```
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.document();
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxAt)) throw error;
    return { offset: error.offset, ...lineColumn(text, error.offset), message: error.message };
  }
}

/**
 * Line and column (from 1) of an offset (from 0) in a text; "\r\n", "\n" and "\r" end a line.
 *
 * @param text - the text
 * @param offset - an offset into it
 * @returns its line and column
 *
 * @example
 * ```ts
 * lineColumn("ab\ncd", 4); // { line: 2, column: 2 }
 * ```
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxAt extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

class Scanner {
  private at = 0;
  constructor(private readonly text: string) {}

  document(): void {
    const stack: Array<"array" | "object"> = [];
    this.space();
    this.value(stack);
    for (;;) {
      this.space();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (this.at < this.text.length) this.fail("expected the end of the text after the value");
        return;
      }
      const c = this.text[this.at];
      if (c === ",") {
        this.at++;
        this.space();
        if (top === "object") this.key();
        this.value(stack);
      } else if (top === "array" && c === "]") {
        this.at++;
        stack.pop();
      } else if (top === "object" && c === "}") {
        this.at++;
        stack.pop();
      } else {
        this.fail(
          top === "array" ? "expected ',' or ']' after an array element" : "expected ',' or '}' after a property value",
        );
      }
    }
  }

  /** Reads a value; an opened array or object is pushed on `stack` with its first member read. */
  private value(stack: Array<"array" | "object">): void {
    for (;;) {
      const c = this.text[this.at];
      if (c === "[" || c === "{") {
        this.at++;
        this.space();
        if (this.text[this.at] === (c === "[" ? "]" : "}")) {
          this.at++;
          return;
        }
        stack.push(c === "[" ? "array" : "object");
        if (c === "{") this.key();
        continue;
      }
      if (c === '"') {
        this.string();
        return;
      }
      if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
        this.number();
        return;
      }
      for (const word of ["true", "false", "null"]) {
        if (c === word[0]) {
          if (this.text.startsWith(word, this.at)) {
            this.at += word.length;
            return;
          }
          this.fail(`expected a value (${word})`);
        }
      }
      this.fail("expected a value");
    }
  }

  /** Reads a property name and its colon, and the space after. */
  private key(): void {
    if (this.text[this.at] !== '"') this.fail("expected a property name in double quotes");
    this.string();
    this.space();
    if (this.text[this.at] !== ":") this.fail("expected ':' after a property name");
    this.at++;
    this.space();
  }

  private string(): void {
    this.at++;
    for (;;) {
      const c = this.text[this.at];
      if (c === undefined) this.fail("expected '\"' to close the string");
      if (c === '"') {
        this.at++;
        return;
      }
      if (c === "\\") {
        const e = this.text[this.at + 1];
        if (e === "u") {
          for (let i = 2; i < 6; i++) {
            if (!HEX_DIGIT.test(this.text[this.at + i] ?? "")) {
              this.at += i;
              this.fail("expected four hexadecimal digits after \\u");
            }
          }
          this.at += 6;
        } else if (e !== undefined && SIMPLE_ESCAPES.has(e)) this.at += 2;
        else {
          this.at++;
          this.fail('expected an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)');
        }
        continue;
      }
      if ((c as string).charCodeAt(0) < 0x20)
        this.fail("expected a character of a string (control characters must be escaped)");
      this.at++;
    }
  }

  private number(): void {
    if (this.text[this.at] === "-") this.at++;
    if (this.text[this.at] === "0") this.at++;
    else if (!this.digits()) this.fail("expected a digit");
    if (this.text[this.at] === ".") {
      this.at++;
      if (!this.digits()) this.fail("expected a digit after the decimal point");
    }
    if (this.text[this.at] === "e" || this.text[this.at] === "E") {
      this.at++;
      if (this.text[this.at] === "+" || this.text[this.at] === "-") this.at++;
      if (!this.digits()) this.fail("expected a digit in the exponent");
    }
  }

  private digits(): boolean {
    const start = this.at;
    while (this.at < this.text.length && (this.text[this.at] as string) >= "0" && (this.text[this.at] as string) <= "9")
      this.at++;
    return this.at > start;
  }

  private space(): void {
    while (this.at < this.text.length) {
      const c = this.text[this.at];
      if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") return;
      this.at++;
    }
  }

  private fail(expected: string): never {
    throw new SyntaxAt(this.at, `${expected}, found ${this.found()}`);
  }

  private found(): string {
    if (this.at >= this.text.length) return "the end of the text";
    const rest = this.text.slice(this.at, this.at + 12);
    const word = FOUND_WORD.exec(rest);
    return JSON.stringify(word ? word[0] : rest.slice(0, 1));
  }
}
