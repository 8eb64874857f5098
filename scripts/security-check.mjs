#!/usr/bin/env node
// Runs electronegativity over the project (source, and the build in out/ when present) and fails
// when it reports something docs/security.md does not list and justify. For CI:
//
//   node scripts/security-check.mjs            # exit 0: every finding is listed; 1: new findings; 2: could not run
//
// A finding is listed when a row of the "Electronegativity findings" table in docs/security.md has
// its check id and its file (relative to the project root; `*` matches within one path segment,
// for hashed bundle names). Locations are not compared, so an edit that moves a line keeps passing.
//
// SARIF, not CSV: electronegativity 1.10 writes the CSV header and the rows with two concurrent
// fs.writeFile calls, and the header write can truncate the rows away. The SARIF is one write.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docPath = join(root, 'docs', 'security.md');
const require = createRequire(import.meta.url);

/** Run the scanner; returns [{ id, file, line, message }]. */
function scan() {
  const pkgPath = require.resolve('@doyensec/electronegativity/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const bin = join(dirname(pkgPath), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.electronegativity);
  // Tell it the Electron we build against: otherwise it guesses from package.json ranges.
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const out = join(dir, 'report.sarif');
  try {
    const run = spawnSync(process.execPath, [bin, '-i', root, '-e', electronVersion, '-o', out, '-r', '-v', 'false'], {
      cwd: root,
      encoding: 'utf8',
      // It tries to fetch Electron's release list and carries on offline; do not let it hang CI.
      timeout: 10 * 60_000,
    });
    if (run.error) throw run.error;
    if (!existsSync(out)) throw new Error(`electronegativity wrote no report (exit ${run.status}).\n${run.stderr || run.stdout}`);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    return (sarif.runs?.[0]?.results ?? []).map((r) => {
      const loc = r.locations?.[0]?.physicalLocation;
      const uri = loc?.artifactLocation?.uri ?? 'N/A';
      return {
        id: r.ruleId,
        // Global checks without a file are reported as "file:///".
        file: uri === 'file:///' ? 'N/A' : uri.replaceAll('\\', '/'),
        line: loc?.region?.startLine ?? 0,
        message: r.message?.text ?? '',
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rows `| CHECK_ID | file | … |` of the findings table (backticks around cells are optional). */
function acceptedFindings() {
  const text = readFileSync(docPath, 'utf8');
  const rows = [];
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim().replace(/^`|`$/g, ''));
    if (cells.length < 4 || !/^[A-Z0-9_]+_CHECK$/.test(cells[1] ?? '')) continue;
    rows.push({ id: cells[1], file: cells[2] });
  }
  return rows;
}

const escape = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const fileMatches = (pattern, file) => new RegExp(`^${pattern.split('*').map(escape).join('[^/]*')}$`).test(file);

let findings;
try {
  findings = scan();
} catch (error) {
  console.error(`security-check: could not run electronegativity: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
const accepted = acceptedFindings();
const unlisted = findings.filter((f) => !accepted.some((a) => a.id === f.id && fileMatches(a.file, f.file)));
const unseen = accepted.filter((a) => !findings.some((f) => f.id === a.id && fileMatches(a.file, f.file)));

console.log(`electronegativity: ${findings.length} finding(s), ${findings.length - unlisted.length} listed in docs/security.md.`);
for (const a of unseen) console.log(`  (listed but not reported this run: ${a.id} ${a.file})`);
if (unlisted.length > 0) {
  console.error('\nNot listed in docs/security.md — fix them, or add a row with the justification:');
  for (const f of unlisted) console.error(`  | ${f.id} | ${f.file} | … |   (line ${f.line}: ${f.message})`);
  process.exit(1);
}
