/**
 * Finds the lines of a CSV file that use the other separator (',' in a ';' file or the reverse),
 * which would otherwise be read as one cell each and skipped without a word.
 */

/** Line numbers listed in the message, per separator. */
const LISTED = 5;

/**
 * Watches the rows of a ',' or ';' file as they are parsed: a row with fewer fields than the header
 * whose text splits into at least as many fields at the other separator uses the other one.
 * @example
 * const check = new SeparatorCheck(';', text);
 * check.row(['customer', 'date', 'amount'], 0); check.row(['b,2024-02-05,20'], 21);
 * check.message() // "Some lines use ';' and others ',' …"
 */
export class SeparatorCheck {
  private readonly other: string;
  private header = 0;
  private readonly own: number[] = [];
  private readonly others: number[] = [];
  private otherCount = 0;

  constructor(
    private readonly delimiter: string,
    private readonly text: string,
  ) {
    this.other = delimiter === ',' ? ';' : ',';
  }

  /** Whether the check applies to a separator (only ',' and ';' are mixed up). */
  static appliesTo(delimiter: string): boolean {
    return delimiter === ',' || delimiter === ';';
  }

  /** One parsed row, starting at character `start` of the text. */
  row(fields: string[], start: number): void {
    if (fields.length === 1 && fields[0] === '') return;
    if (this.header === 0) {
      this.header = fields.length;
      this.own.push(start);
      return;
    }
    if (this.header < 2) return;
    if (fields.length < this.header && fields.join(this.delimiter).split(this.other).length >= this.header) {
      this.otherCount++;
      if (this.others.length < LISTED) this.others.push(start);
    } else if (this.own.length < LISTED) {
      this.own.push(start);
    }
  }

  /** The message naming both separators and their lines, or null when every line uses the file's separator. */
  message(): string | null {
    if (this.otherCount === 0) return null;
    const [own, others] = [this.lineNumbers(this.own), this.lineNumbers(this.others)];
    const list = (lines: number[], all: boolean) => `${lines.join(', ')}${all ? '' : ', …'}`;
    return (
      `Some lines use '${this.delimiter}' and others '${this.other}' to separate the columns: '${this.delimiter}' on lines ${list(own, own.length < LISTED)} ` +
      `and '${this.other}' on lines ${list(others, this.otherCount === others.length)} (${this.otherCount} ${this.otherCount === 1 ? 'line' : 'lines'} in all). ` +
      'Save the file again with one separator (in Excel: File › Save As › CSV) and try again.'
    );
  }

  /** 1-based line numbers of character offsets (increasing), counting \n, \r\n and \r. */
  private lineNumbers(offsets: number[]): number[] {
    const lines: number[] = [];
    let line = 1;
    let at = 0;
    for (const offset of offsets) {
      for (; at < offset; at++) {
        const ch = this.text.charCodeAt(at);
        if (ch === 10 || (ch === 13 && this.text.charCodeAt(at + 1) !== 10)) line++;
      }
      lines.push(line);
    }
    return lines;
  }
}
