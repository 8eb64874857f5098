/**
 * Reading a CSV file with Papa Parse: quotes, embedded newlines and delimiters, CRLF, a byte-order
 * mark, and `,` / `;` / tab / `|` delimiters detected from the header row. The text is parsed in chunks with a
 * pause between them so a 10,000-row file never freezes the page, and progress is reported.
 */
import Papa from 'papaparse';

/** A data row and the row number a spreadsheet would show for it (the header is row 1). */
export type CsvRow = { line: number; cells: string[] };

export type CsvFile = {
  headers: string[];
  rows: CsvRow[];
  /** The delimiter found (`,` `;` tab or `|`). */
  delimiter: string;
  /** Rows Papa Parse could not read cleanly (an unclosed quote): row number → message. */
  rowProblems: Map<number, string>;
};

/** Refuse files larger than this before reading them: an import is a list, not a database dump. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const CHUNK_CHARS = 128 * 1024;

/**
 * Decode a file's bytes: UTF-8 (with or without a BOM), else Windows-1252, which is what
 * Excel's plain "CSV" format writes on Windows; a wrong guess would turn "Café" into "Caf�".
 */
export function decodeCsvBytes(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter used in the header row, the one row that is plain names. Papa Parse's own guess
 * looks at field counts over the first rows and can pick `;` in a comma file whose skills cells
 * read "networking;windows". Undefined (let Papa Parse guess) when the header has none of them.
 */
export function headerDelimiter(text: string): string | undefined {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  let best: string | undefined;
  let most = 0;
  for (const d of DELIMITERS) {
    const count = header.split(d).length - 1;
    if (count > most) [best, most] = [d, count];
  }
  return best;
}

/**
 * Parse CSV text. Blank lines are skipped but still counted, so row numbers match the file.
 * Rejects (with a sentence for the user) when there is no header row.
 */
export function parseCsvText(text: string, onProgress: (fraction: number) => void = () => {}): Promise<CsvFile> {
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Excel's "sep=;" first line names the delimiter; Excel hides it, so it is not a row either.
  const sep = /^sep=(.)\r?\n/i.exec(source);
  if (sep) source = source.slice(sep[0].length);
  const chosen = sep?.[1] ?? headerDelimiter(source);
  return new Promise((resolve, reject) => {
    let headers: string[] | null = null;
    let records = 0;
    let delimiter = ',';
    const rows: CsvRow[] = [];
    const rowProblems = new Map<number, string>();
    // The typings only model chunked parsing for File input; Papa Parse streams strings the same way.
    const config: Papa.ParseLocalConfig<string[], undefined> = {
      header: false,
      skipEmptyLines: false,
      delimiter: chosen ?? '',
      delimitersToGuess: [...DELIMITERS],
      chunkSize: CHUNK_CHARS,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        delimiter = results.meta.delimiter || delimiter;
        const first = records;
        for (const error of results.errors) {
          if (error.type !== 'Quotes' || error.row === undefined) continue;
          rowProblems.set(first + error.row + 1, 'a quoted value is never closed (check the quotes on this row)');
        }
        for (const cells of results.data) {
          records += 1;
          if (headers === null) {
            if (isBlank(cells)) continue;
            headers = cells.map((h) => h.trim());
            continue;
          }
          if (!isBlank(cells)) rows.push({ line: records, cells });
        }
        onProgress(Math.min(1, results.meta.cursor / Math.max(1, source.length)));
        // Give the page a frame to paint the progress before the next chunk.
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete() {
        if (headers === null) reject(new Error('The file is empty: it needs a header row naming the columns.'));
        else resolve({ headers, rows, delimiter, rowProblems });
      },
      error(error: Error) {
        reject(error);
      },
    };
    Papa.parse(source, config as Parameters<typeof Papa.parse<string[]>>[1]);
  });
}

/** Read and parse a picked or dropped file. */
export async function readCsvFile(file: File, onProgress: (fraction: number) => void): Promise<CsvFile> {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(`${file.name} is ${Math.round(file.size / 1024 / 1024)} MB; import files up to 50 MB (split larger ones).`);
  }
  return parseCsvText(decodeCsvBytes(await file.arrayBuffer()), onProgress);
}
