#!/usr/bin/env node
// Generates resources/calendar/cn-workdays.txt, the working-day calendar (docs/calendar.md).
//
//   node scripts/gen-calendar.mjs            write the file
//   node scripts/gen-calendar.mjs --check    fail if the committed file differs
//
// Holidays and make-up working days (调休) come from the npm package `chinese-days`, installed
// into a temporary folder (never into the repository). The package has no notice numbers, so
// NOTICES below carries them, with the number of days each notice makes rest days and working
// days: the generator refuses a year whose data does not match, and a year the package has
// but NOTICES lacks (add the notice when the State Council publishes it).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'chinese-days';
const VERSION = '1.5.7';
const INTEGRITY =
  'sha512-8Z/afgDTct5jsoTLQTOZfpDl7w4pJH4jpr3DLxy6HING9U/e0EV7yiNxF/HVXp/c+eQFfFqv+HQZ/QDaIVJ1Vw==';
const FIRST_YEAR = 2020;

// 国务院办公厅关于<year>年部分节假日安排的通知 and later amendments. holidays/workdays: the days
// the notices make rest days and working days in that calendar year (weekend days inside a
// holiday period count), added up from the notice texts.
const NOTICES = {
  2020: {
    notices: ['国办发明电〔2019〕16号', '国办发明电〔2020〕1号'],
    published: '2019-11-21',
    holidays: 30,
    workdays: 6,
    note: [
      'Amended by 国办发明电〔2020〕1号 (关于延长2020年春节假期的通知, 2020-01-26): the Spring',
      'Festival holiday runs to Sunday 2 February, work resumes Monday 3 February, so Saturday',
      '1 February is a rest day and no longer the make-up working day of the first notice.',
      `${PACKAGE} already carries the extension; this script checks it.`,
    ],
  },
  2021: { notices: ['国办发明电〔2020〕27号'], published: '2020-11-25', holidays: 31, workdays: 7 },
  2022: {
    notices: ['国办发明电〔2021〕11号'],
    published: '2021-10-25',
    holidays: 32,
    workdays: 7,
    note: ['2022-12-31 is part of the 2023 New Year holiday (国办发明电〔2022〕16号).'],
  },
  2023: { notices: ['国办发明电〔2022〕16号'], published: '2022-12-08', holidays: 26, workdays: 7 },
  2024: { notices: ['国办发明电〔2023〕7号'], published: '2023-10-25', holidays: 28, workdays: 8 },
  2025: { notices: ['国办发明电〔2024〕12号'], published: '2024-11-12', holidays: 28, workdays: 5 },
  2026: {
    notices: ['国办发明电〔2025〕7号'],
    published: '2025-11-04',
    holidays: 33,
    workdays: 6,
    note: [
      'Notice number NOT confirmed against the official text (the reprints found omit it);',
      '国办发明电〔2025〕7号 is the number several independent secondary sources cite.',
    ],
  },
};

// Facts checked independently of the package (from the notice texts).
const FACTS = [
  ...range('2024-10-01', '2024-10-07').map((d) => [d, 'holiday']),
  ['2024-09-29', 'workday'],
  ['2024-10-12', 'workday'],
  ...range('2024-02-10', '2024-02-17').map((d) => [d, 'holiday']),
  ['2024-02-04', 'workday'],
  ['2024-02-18', 'workday'],
  ...range('2025-01-28', '2025-02-04').map((d) => [d, 'holiday']),
  ['2025-01-26', 'workday'],
  ['2025-02-08', 'workday'],
  ...range('2020-01-24', '2020-02-02').map((d) => [d, 'holiday']),
  ['2020-01-19', 'workday'],
  ['2020-02-03', 'none'],
  ...range('2026-02-15', '2026-02-23').map((d) => [d, 'holiday']),
  ['2026-02-14', 'workday'],
  ['2026-02-28', 'workday'],
];

// chinese-days short names → the names the notices use.
const NAMES = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

function range(from, to) {
  const out = [];
  for (let d = new Date(from + 'T00:00:00Z'); d <= new Date(to + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1))
    out.push(d.toISOString().slice(0, 10));
  return out;
}

function weekday(iso) {
  return new Date(iso + 'T00:00:00Z').getUTCDay(); // 0 = Sunday
}

function fail(message) {
  console.error(`gen-calendar: ${message}`);
  process.exit(1);
}

function loadPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'ow-calendar-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
    execFileSync(
      'npm',
      ['install', '--ignore-scripts', '--no-audit', '--no-fund', `${PACKAGE}@${VERSION}`],
      { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    const entry = lock.packages?.[`node_modules/${PACKAGE}`];
    if (entry?.version !== VERSION || entry?.integrity !== INTEGRITY)
      fail(`${PACKAGE}@${VERSION} did not install with the expected integrity`);
    return JSON.parse(readFileSync(join(dir, 'node_modules', PACKAGE, 'dist', 'chinese-days.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function festivalName(value, date) {
  // "Spring Festival,春节,3": English name, Chinese name, days.
  const parts = String(value).split(',');
  if (parts.length < 2 || !parts[1]) fail(`${date}: no Chinese name in ${JSON.stringify(value)}`);
  return NAMES[parts[1]] ?? parts[1];
}

function build(data) {
  const days = new Map(); // date → { kind, name }
  for (const [date, value] of Object.entries(data.holidays))
    days.set(date, { kind: 'holiday', name: festivalName(value, date) });
  for (const [date, value] of Object.entries(data.workdays)) {
    if (days.has(date)) fail(`${date} is both a holiday and a working day in ${PACKAGE}`);
    if (weekday(date) !== 0 && weekday(date) !== 6) fail(`make-up working day ${date} is not a weekend day`);
    days.set(date, { kind: 'workday', name: festivalName(value, date) + '调休' });
  }

  const packageYears = [...new Set([...days.keys()].map((d) => Number(d.slice(0, 4))))]
    .filter((y) => y >= FIRST_YEAR)
    .sort();
  const known = Object.keys(NOTICES).map(Number).sort();
  for (const y of packageYears)
    if (!NOTICES[y]) fail(`${PACKAGE} has ${y} but NOTICES has no notice number for it: add it`);
  for (const y of known) if (!packageYears.includes(y)) fail(`${PACKAGE}@${VERSION} has no data for ${y}`);

  for (const [date, kind] of FACTS) {
    const got = days.get(date)?.kind ?? 'none';
    if (got !== kind) fail(`${date}: expected ${kind}, ${PACKAGE} says ${got}`);
  }

  const lines = [
    '# OneWindow working-day calendar (工作日历): national public holidays and make-up working',
    '# days (调休) from the State Council notices. Format and update procedure: docs/calendar.md.',
    `# Generated by scripts/gen-calendar.mjs from ${PACKAGE}@${VERSION}; do not edit by hand.`,
    '#',
    '# year <YYYY> <notice number>...   starts the section of one calendar year',
    '# holiday <YYYY-MM-DD> <name>      a rest day (days off inside a holiday period, weekends too)',
    '# workday <YYYY-MM-DD> <name>      a Saturday or Sunday that is a working day',
    '# Any other Saturday or Sunday is a rest day; any other weekday a working day.',
  ];
  for (const year of known) {
    const notice = NOTICES[year];
    const inYear = [...days.entries()].filter(([d]) => d.startsWith(`${year}-`)).sort(([a], [b]) => a.localeCompare(b));
    const holidays = inYear.filter(([, v]) => v.kind === 'holiday').length;
    const workdays = inYear.length - holidays;
    if (holidays !== notice.holidays || workdays !== notice.workdays)
      fail(
        `${year}: ${PACKAGE} lists ${holidays} holidays and ${workdays} working days, ` +
          `the notice ${notice.holidays} and ${notice.workdays}`,
      );
    lines.push('');
    lines.push(`# 国务院办公厅关于${year}年部分节假日安排的通知, ${notice.published}`);
    for (const c of notice.note ?? []) lines.push(`# ${c}`);
    lines.push(`year ${year} ${notice.notices.join(' ')}`);
    for (const [date, { kind, name }] of inYear) lines.push(`${kind} ${date} ${name}`);
  }
  return lines.join('\n') + '\n';
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'resources', 'calendar', 'cn-workdays.txt');
const text = build(loadPackage());
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) fail(`${target} is out of date: run node scripts/gen-calendar.mjs`);
  console.log(`${target} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
