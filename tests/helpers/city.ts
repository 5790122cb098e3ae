// The fixture city (tests/fixtures/city): its counties in build order (code-point order of their
// folders) and the slug each gets. A folder name that is not [a-z0-9-] gets a numbered slug.
export const CITY_COUNTIES = [
  { folder: 'beiling', slug: 'beiling', name: '北岭县' },
  { folder: 'dongshan', slug: 'dongshan', name: '东山县' },
  { folder: 'nanhe', slug: 'nanhe', name: '南河县' },
  { folder: 'xishui', slug: 'xishui', name: '西水县' },
  { folder: '临江县', slug: 'region-005', name: '临江县' },
] as const;
