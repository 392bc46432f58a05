/**
 * Cities (and countries of one zone) whose clock news copy quotes ("10 a.m. Beirut time", "6 p.m. Moscow time", "3pm
 * UK time"), as IANA zones: the offset of such a time is the city's on that day, which luxon computes from the zone
 * (daylight saving included). Datelines and capitals of international news; a city not listed leaves "<city> time"
 * out of the expression, and the clock reads in the article's zone as before.
 */
export const CITY_ZONES: Readonly<Record<string, string>> = {
  // Middle East, North Africa and Central Asia
  beirut: 'Asia/Beirut', damascus: 'Asia/Damascus', baghdad: 'Asia/Baghdad', tehran: 'Asia/Tehran',
  jerusalem: 'Asia/Jerusalem', 'tel aviv': 'Asia/Jerusalem', gaza: 'Asia/Gaza', amman: 'Asia/Amman',
  riyadh: 'Asia/Riyadh', mecca: 'Asia/Riyadh', dubai: 'Asia/Dubai', 'abu dhabi': 'Asia/Dubai', doha: 'Asia/Qatar',
  kuwait: 'Asia/Kuwait', sanaa: 'Asia/Aden', muscat: 'Asia/Muscat', ankara: 'Europe/Istanbul', istanbul: 'Europe/Istanbul',
  cairo: 'Africa/Cairo', tripoli: 'Africa/Tripoli', tunis: 'Africa/Tunis', algiers: 'Africa/Algiers', rabat: 'Africa/Casablanca',
  kabul: 'Asia/Kabul', islamabad: 'Asia/Karachi', karachi: 'Asia/Karachi', tashkent: 'Asia/Tashkent',
  // South and East Asia, Oceania
  'new delhi': 'Asia/Kolkata', delhi: 'Asia/Kolkata', mumbai: 'Asia/Kolkata', dhaka: 'Asia/Dhaka', kathmandu: 'Asia/Kathmandu',
  colombo: 'Asia/Colombo', bangkok: 'Asia/Bangkok', hanoi: 'Asia/Ho_Chi_Minh', jakarta: 'Asia/Jakarta', manila: 'Asia/Manila',
  singapore: 'Asia/Singapore', 'kuala lumpur': 'Asia/Kuala_Lumpur', beijing: 'Asia/Shanghai', shanghai: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong', taipei: 'Asia/Taipei', seoul: 'Asia/Seoul', pyongyang: 'Asia/Pyongyang', tokyo: 'Asia/Tokyo',
  sydney: 'Australia/Sydney', canberra: 'Australia/Sydney', melbourne: 'Australia/Melbourne', perth: 'Australia/Perth',
  wellington: 'Pacific/Auckland', auckland: 'Pacific/Auckland',
  // Europe
  london: 'Europe/London', dublin: 'Europe/Dublin', lisbon: 'Europe/Lisbon', madrid: 'Europe/Madrid', paris: 'Europe/Paris',
  brussels: 'Europe/Brussels', amsterdam: 'Europe/Amsterdam', berlin: 'Europe/Berlin', geneva: 'Europe/Zurich',
  zurich: 'Europe/Zurich', rome: 'Europe/Rome', vienna: 'Europe/Vienna', prague: 'Europe/Prague', warsaw: 'Europe/Warsaw',
  budapest: 'Europe/Budapest', stockholm: 'Europe/Stockholm', oslo: 'Europe/Oslo', copenhagen: 'Europe/Copenhagen',
  helsinki: 'Europe/Helsinki', athens: 'Europe/Athens', bucharest: 'Europe/Bucharest', kiev: 'Europe/Kiev', kyiv: 'Europe/Kiev',
  minsk: 'Europe/Minsk', moscow: 'Europe/Moscow', belgrade: 'Europe/Belgrade',
  // Africa
  lagos: 'Africa/Lagos', nairobi: 'Africa/Nairobi', 'addis ababa': 'Africa/Addis_Ababa', khartoum: 'Africa/Khartoum',
  johannesburg: 'Africa/Johannesburg', kinshasa: 'Africa/Kinshasa', mogadishu: 'Africa/Mogadishu',
  // The Americas
  washington: 'America/New_York', 'new york': 'America/New_York', chicago: 'America/Chicago', houston: 'America/Chicago',
  denver: 'America/Denver', phoenix: 'America/Phoenix', 'los angeles': 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles',
  anchorage: 'America/Anchorage', honolulu: 'Pacific/Honolulu', ottawa: 'America/Toronto', toronto: 'America/Toronto',
  'mexico city': 'America/Mexico_City', havana: 'America/Havana', caracas: 'America/Caracas', bogota: 'America/Bogota',
  lima: 'America/Lima', santiago: 'America/Santiago', 'buenos aires': 'America/Argentina/Buenos_Aires',
  brasilia: 'America/Sao_Paulo', 'sao paulo': 'America/Sao_Paulo', 'rio de janeiro': 'America/Sao_Paulo',
  // Countries of one zone, as copy names them ("3pm UK time", "10 a.m. Japan time", "noon Israeli time"); countries
  // of several (Russia, the United States, Australia, Brazil…) are left out.
  uk: 'Europe/London', britain: 'Europe/London', british: 'Europe/London', ireland: 'Europe/Dublin', irish: 'Europe/Dublin',
  france: 'Europe/Paris', french: 'Europe/Paris', germany: 'Europe/Berlin', german: 'Europe/Berlin', italy: 'Europe/Rome',
  italian: 'Europe/Rome', greece: 'Europe/Athens', greek: 'Europe/Athens', ukraine: 'Europe/Kiev', ukrainian: 'Europe/Kiev',
  turkey: 'Europe/Istanbul', turkish: 'Europe/Istanbul', israel: 'Asia/Jerusalem', israeli: 'Asia/Jerusalem',
  lebanon: 'Asia/Beirut', lebanese: 'Asia/Beirut', syria: 'Asia/Damascus', syrian: 'Asia/Damascus', iraq: 'Asia/Baghdad',
  iraqi: 'Asia/Baghdad', iran: 'Asia/Tehran', iranian: 'Asia/Tehran', egypt: 'Africa/Cairo', egyptian: 'Africa/Cairo',
  saudi: 'Asia/Riyadh', pakistan: 'Asia/Karachi', pakistani: 'Asia/Karachi', india: 'Asia/Kolkata', indian: 'Asia/Kolkata',
  china: 'Asia/Shanghai', chinese: 'Asia/Shanghai', japan: 'Asia/Tokyo', japanese: 'Asia/Tokyo', korea: 'Asia/Seoul',
  'south korea': 'Asia/Seoul', korean: 'Asia/Seoul', 'north korea': 'Asia/Pyongyang', taiwan: 'Asia/Taipei',
  thailand: 'Asia/Bangkok', thai: 'Asia/Bangkok', vietnam: 'Asia/Ho_Chi_Minh', philippine: 'Asia/Manila', kenya: 'Africa/Nairobi',
  nigeria: 'Africa/Lagos', 'south africa': 'Africa/Johannesburg', cuba: 'America/Havana', venezuela: 'America/Caracas',
  colombia: 'America/Bogota', peru: 'America/Lima', argentina: 'America/Argentina/Buenos_Aires',
};

/** The IANA zone of a city as written ("Beirut", "New  York"), or undefined. */
export function cityZone(city: string): string | undefined {
  const key = city.toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(CITY_ZONES, key) ? CITY_ZONES[key] : undefined;
}

/** The cities as a regex alternation, spaces as \s+, longest first. */
export const CITY_PATTERN = Object.keys(CITY_ZONES)
  .sort((a, b) => b.length - a.length)
  .map((city) => city.replace(/ /g, '\\s+'))
  .join('|');
