// Regenerates the place gazetteer resources from two open datasets on the npm registry:
//   world-countries 5.1.0 (ODbL-1.0): country names, official names, demonyms, capitals, region
//   city-timezones 1.3.4 (MIT; its cities are Natural Earth's populated places, public domain):
//     7,300 cities under their English names, with country and province
// Usage (from the repository root):
//   (cd scripts/gazetteer && npm install --no-save world-countries@5.1.0 city-timezones@1.3.4 && node generate.mjs)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const countries = require('world-countries');
const { cityMapping: cities } = require('city-timezones');

const out = new URL('../../src/main/resources/io/claimstream/place/', import.meta.url);

// code, common name, official name, demonym, capitals, region, alternative spellings (| separated)
// Sovereign states first: where names clash, the gazetteer keeps the first one ("American" is the United
// States, not American Samoa).
const countryRows = [...countries]
  .sort((a, b) => (b.independent === true) - (a.independent === true) || a.name.common.localeCompare(b.name.common))
  .map(c => [
    c.cca2,
    c.name.common,
    c.name.official,
    c.demonyms?.eng?.m ?? '',
    (c.capital ?? []).join('|'),
    c.region,
    (c.altSpellings ?? []).filter(s => /^[A-Za-z .'-]+$/.test(s) && s.length > 2).join('|'),
  ].join('\t'));
writeFileSync(new URL('countries.tsv', out),
  '# code\tname\tofficial\tdemonym\tcapitals\tregion\taliases  (world-countries 5.1.0, ODbL-1.0)\n'
  + countryRows.join('\n') + '\n');

// The most populous city wins a name: "Geneva" is the Swiss city, not Geneva, Illinois.
const byName = new Map();
for (const c of cities) {
  const name = c.city_ascii;
  if (!/^[A-Za-z .'-]+$/.test(name)) continue;
  const seen = byName.get(name);
  if (!seen || seen.pop < c.pop) byName.set(name, c);
}
const cityRows = [...byName.values()]
  .sort((a, b) => b.pop - a.pop)
  .map(c => [c.city_ascii, c.iso2, c.province ?? '', Math.round(c.pop)].join('\t'));
writeFileSync(new URL('cities.tsv', out),
  '# name\tcountry code\tprovince\tpopulation  (city-timezones 1.3.4, MIT; Natural Earth populated places)\n'
  + cityRows.join('\n') + '\n');
console.log(`${countryRows.length} countries, ${cityRows.length} cities`);
