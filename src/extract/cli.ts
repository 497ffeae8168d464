/**
 * `county-charts build`: rebuild data/ from seeds/ (npm run data).
 * `county-charts extract FILE... [--county ID] [--year YYYY]`: print the figures of any report text as JSON.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { decodeReport } from './decode.js';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { County, Figure, Indicator } from '../data/types.js';
import type { Correction } from './corrections.js';
import { extractFigures } from './extract.js';
import { checkCatalogue } from './indicators.js';
import { inferYear, sessionDate } from './year.js';

/** The package root: the nearest folder up from this file with a package.json (works from src/ and dist/). */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('county-charts: package.json not found above ' + from);
    dir = up;
  }
  return dir;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function loadCatalogue(root = packageRoot()): Indicator[] {
  const catalogue = readJson<Indicator[]>(join(root, 'data', 'indicators.json'));
  checkCatalogue(catalogue);
  return catalogue;
}

export function loadCorrections(root = packageRoot()): Correction[] {
  const path = join(root, 'src', 'extract', 'corrections.json');
  return existsSync(path) ? readJson<Correction[]>(path) : [];
}

export interface BuiltData {
  readonly counties: County[];
  readonly indicators: Indicator[];
  readonly figures: Figure[];
}

/** The dataset as `npm run data` writes it, from seeds/ (pure: nothing written). */
export function buildData(root = packageRoot()): BuiltData {
  const counties = readJson<County[]>(join(root, 'seeds', 'counties.json'));
  const indicators = loadCatalogue(root);
  const corrections = loadCorrections(root);
  const figures = counties.flatMap((county) =>
    extractFigures(readFileSync(join(root, 'seeds', county.report.seed), 'utf8'), {
      county: county.id,
      seed: county.report.seed,
      reportYear: county.report.year,
      catalogue: indicators,
      corrections,
    }),
  );
  return { counties, indicators, figures };
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

const USAGE = `usage:
  county-charts extract FILE... [--county ID] [--year YYYY]   print the figures of report texts as JSON
  county-charts build                                          rebuild data/ from seeds/ (npm run data)`;

/** A county id from a file name: ASCII, lower case (report-2023.txt → report-2023). */
function idFromFile(file: string): string {
  const id = basename(file)
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'report';
}

function extractCommand(args: string[], io: Io, root: string): number {
  const files: string[] = [];
  let county: string | undefined;
  let year: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--county') county = args[++i];
    else if (a.startsWith('--county=')) county = a.slice('--county='.length);
    else if (a === '--year' || a.startsWith('--year=')) {
      const v = a === '--year' ? args[++i] : a.slice('--year='.length);
      year = Number(v);
      if (!/^\d{4}$/.test(v ?? '')) {
        io.err(`county-charts: --year needs a four-digit year, got ${v}\n`);
        return 2;
      }
    } else if (a.startsWith('--')) {
      io.err(`county-charts: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (!files.length) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  if (county !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(county)) {
    io.err(`county-charts: --county must be an ASCII id like "tonghua", got ${county}\n`);
    return 2;
  }
  const catalogue = loadCatalogue(root);
  const corrections = loadCorrections(root);
  const all: Figure[] = [];
  const seq = new Map<string, number>();
  for (const file of files) {
    if (!existsSync(file)) {
      io.err(`county-charts: no such file ${file}\n`);
      return 1;
    }
    const { text, encoding } = decodeReport(readFileSync(file));
    if (encoding !== 'utf-8') io.err(`${basename(file)}: read as ${encoding.toUpperCase()} (not UTF-8)\n`);
    let reportYear = year;
    if (reportYear === undefined) {
      const inferred = inferYear(text);
      if (!inferred) {
        io.err(`county-charts: ${file}: cannot infer the report year from the text; pass --year YYYY\n`);
        return 1;
      }
      reportYear = inferred.year;
      io.err(`${basename(file)}: year ${inferred.year} (${inferred.confidence}; ${inferred.evidence})\n`);
    }
    const id = county ?? idFromFile(file);
    // the session's month, when the title block dates it in the year planned for (a July session reviews
    // the year so far)
    const given = sessionDate(text);
    const figures = extractFigures(text, {
      county: id,
      seed: basename(file),
      reportYear,
      ...(given?.year === reportYear ? { sessionMonth: given.month } : {}),
      catalogue,
      corrections,
    });
    // several files for one county: continue its numbering
    for (const f of figures) {
      const n = (seq.get(id) ?? 0) + 1;
      seq.set(id, n);
      all.push({ ...f, id: `${id}-${String(n).padStart(4, '0')}` });
    }
    io.err(`${basename(file)}: ${figures.length} figures\n`);
  }
  io.out(json(all));
  return 0;
}

export function main(
  argv: string[],
  io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): number {
  const [command, ...rest] = argv;
  const root = packageRoot();
  if (command === 'build') {
    const data = buildData(root);
    writeFileSync(join(root, 'data', 'figures.json'), json(data.figures));
    writeFileSync(join(root, 'data', 'counties.json'), json(data.counties));
    writeFileSync(join(root, 'data', 'indicators.json'), json(data.indicators));
    io.err(
      `data/: ${data.counties.length} counties, ${data.indicators.length} indicators, ${data.figures.length} figures\n`,
    );
    return 0;
  }
  if (command === 'extract') return extractCommand(rest, io, root);
  io.err(`${USAGE}\n`);
  return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
