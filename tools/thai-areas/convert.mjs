#!/usr/bin/env node
// Converts the thailand-geography-json data set (MIT, see SOURCE.md) into the three CSV files
// read by the Flyway migration V2__organisation_load_thai_areas.
//
//   node tools/thai-areas/convert.mjs <thailand-geography-json/src> [output-dir]
//
// output-dir defaults to src/main/resources/db/data/thai-areas of this repository.
// Needs only Node.js (18+); it is not used at build or run time.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [srcDir, outArg] = process.argv.slice(2);
if (!srcDir) {
  console.error('usage: node convert.mjs <thailand-geography-json/src> [output-dir]');
  process.exit(2);
}
const outDir = outArg ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../src/main/resources/db/data/thai-areas');

// Obvious upstream typos, fixed here so they do not reach the database. Each entry names the value
// it expects to replace: if upstream changes that value, the script stops so the entry can be reviewed.
const CORRECTIONS = [
  { level: 'province', code: '16', field: 'name_en', from: 'Loburi', to: 'Lop Buri' },
  { level: 'subdistrict', code: '301417', field: 'name_th', from: 'ธงชัยหนือ', to: 'ธงชัยเหนือ' }, // en "Thong Chai Nuea"
  { level: 'subdistrict', code: '380102', field: 'name_en', from: 'Sang', to: 'Non Sombun' }, // th "โนนสมบูรณ์"
];

const fail = (msg) => { console.error('convert.mjs: ' + msg); process.exit(1); };
const read = (name) => JSON.parse(readFileSync(join(srcDir, name), 'utf8'));
const clean = (s) => (s == null ? '' : String(s)).normalize('NFC').replace(/\s+/g, ' ').trim();
// Level words sometimes written before a name: keep the bare name ("เขตพระนคร" -> "พระนคร").
const strip = (s, prefixes) => {
  for (const p of prefixes) if (s.startsWith(p) && s.length > p.length) return s.slice(p.length).trim();
  return s;
};
const DISTRICT_TH = ['กิ่งอำเภอ', 'อำเภอ', 'เขต'];
const DISTRICT_EN = ['King Amphoe ', 'Amphoe ', 'Khet '];
const SUBDISTRICT_TH = ['ตำบล', 'แขวง'];
const SUBDISTRICT_EN = ['Tambon ', 'Khwaeng '];

function code(value, digits, what) {
  const s = clean(value);
  if (!new RegExp(`^\\d{${digits}}$`).test(s)) fail(`${what}: expected a ${digits}-digit code, got "${s}"`);
  return s;
}

// One row per code; rows repeated for several postcodes collapse to the lowest postcode.
function collapse(rows, level) {
  const byCode = new Map();
  let duplicates = 0;
  for (const r of rows) {
    const seen = byCode.get(r.code);
    if (!seen) { byCode.set(r.code, r); continue; }
    duplicates++;
    if (seen.name_th !== r.name_th) fail(`${level} ${r.code} has two names: ${seen.name_th} / ${r.name_th}`);
    if (r.postcode && (!seen.postcode || r.postcode < seen.postcode)) seen.postcode = r.postcode;
  }
  return { rows: [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)), duplicates };
}

const provinces = collapse(read('provinces.json').map((p) => ({
  code: code(p.provinceCode, 2, 'province'),
  name_th: clean(p.provinceNameTh),
  name_en: clean(p.provinceNameEn),
})), 'province');
const districts = collapse(read('districts.json').map((d) => ({
  code: code(d.districtCode, 4, 'district'),
  province_code: code(d.provinceCode, 2, `district ${d.districtCode}`),
  name_th: strip(clean(d.districtNameTh), DISTRICT_TH),
  name_en: strip(clean(d.districtNameEn), DISTRICT_EN),
})), 'district');
const subdistricts = collapse(read('subdistricts.json').map((s) => ({
  code: code(s.subdistrictCode, 6, 'subdistrict'),
  district_code: code(s.districtCode, 4, `subdistrict ${s.subdistrictCode}`),
  name_th: strip(clean(s.subdistrictNameTh), SUBDISTRICT_TH),
  name_en: strip(clean(s.subdistrictNameEn), SUBDISTRICT_EN),
  postcode: clean(s.postalCode),
})), 'subdistrict');

const levels = { province: provinces.rows, district: districts.rows, subdistrict: subdistricts.rows };
for (const c of CORRECTIONS) {
  const row = levels[c.level].find((r) => r.code === c.code);
  if (!row || row[c.field] !== c.from) {
    fail(`correction ${JSON.stringify(c)} no longer matches upstream (found ${JSON.stringify(row?.[c.field])}); review it`);
  }
  row[c.field] = c.to;
}

// Checks: parents exist and codes nest (8301 belongs to 83, 830101 to 8301); names and postcodes are sane.
const provinceCodes = new Set(provinces.rows.map((p) => p.code));
const districtCodes = new Set(districts.rows.map((d) => d.code));
for (const d of districts.rows) {
  if (!provinceCodes.has(d.province_code) || !d.code.startsWith(d.province_code)) fail(`district ${d.code}: bad province ${d.province_code}`);
}
for (const s of subdistricts.rows) {
  if (!districtCodes.has(s.district_code) || !s.code.startsWith(s.district_code)) fail(`subdistrict ${s.code}: bad district ${s.district_code}`);
  if (s.postcode && !/^\d{5}$/.test(s.postcode)) fail(`subdistrict ${s.code}: bad postcode ${s.postcode}`);
}
for (const [level, rows] of Object.entries(levels)) {
  for (const r of rows) {
    if (!r.name_th) fail(`${level} ${r.code}: no Thai name`);
    if (r.name_th.length > 100 || r.name_en.length > 100) fail(`${level} ${r.code}: name longer than 100 characters`);
  }
}
for (const d of districts.rows) {
  if (!subdistricts.rows.some((s) => s.district_code === d.code)) fail(`district ${d.code} has no subdistricts`);
}

// RFC 4180: a field holding a comma, a double quote or a line break is quoted, quotes doubled.
const field = (v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
function write(name, columns, rows) {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c] ?? '')).join(','))];
  writeFileSync(join(outDir, name), lines.join('\n') + '\n', 'utf8');
}
mkdirSync(outDir, { recursive: true });
write('provinces.csv', ['code', 'name_th', 'name_en'], provinces.rows);
write('districts.csv', ['code', 'province_code', 'name_th', 'name_en'], districts.rows);
write('subdistricts.csv', ['code', 'district_code', 'name_th', 'name_en', 'postcode'], subdistricts.rows);

console.log(`provinces:    ${provinces.rows.length} (duplicate rows collapsed: ${provinces.duplicates})`);
console.log(`districts:    ${districts.rows.length} (duplicate rows collapsed: ${districts.duplicates})`);
console.log(`subdistricts: ${subdistricts.rows.length} (duplicate rows collapsed: ${subdistricts.duplicates}, `
  + `without postcode: ${subdistricts.rows.filter((s) => !s.postcode).length})`);
console.log(`corrections applied: ${CORRECTIONS.length}`);
console.log(`written to ${outDir}`);
