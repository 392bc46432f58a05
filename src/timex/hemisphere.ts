/**
 * Which half of the globe an article's zone keeps its seasons in. South of the equator summer runs from December
 * to February ("spending picked up over the summer holidays" in a Sydney story of February is December–February),
 * and the seasons' TIMEX3 values keep the northern convention for winter: a season is valued by the year it starts
 * in (2026-SU is December 2026 to February 2027 in Sydney, as 2026-WI is in New York).
 */
import type { Season } from './lexicon.js';

/** IANA zones (by prefix or name) whose places lie south of the equator, with seasons to speak of. */
const SOUTHERN_ZONE = new RegExp([
  '^Australia/', '^Antarctica/',
  '^Pacific/(?:Auckland|Chatham|Fiji|Tongatapu|Apia|Noumea|Efate|Norfolk|Rarotonga|Tahiti)$',
  '^America/(?:Argentina/.*|Buenos_Aires|Santiago|Punta_Arenas|Sao_Paulo|Montevideo|Asuncion|La_Paz|Lima|Campo_Grande|Cuiaba|Porto_Velho|Bahia|Maceio|Recife|Araguaina)$',
  '^Africa/(?:Johannesburg|Maputo|Harare|Lusaka|Windhoek|Gaborone|Maseru|Mbabane|Blantyre|Lubumbashi|Luanda|Dar_es_Salaam)$',
  '^Indian/(?:Mauritius|Reunion|Antananarivo)$',
  '^(?:NZ|NZ-CHAT)$',
].join('|'));

const known = new Map<string, boolean>();

export function isSouthernZone(zone: string): boolean {
  let southern = known.get(zone);
  if (southern === undefined) {
    southern = SOUTHERN_ZONE.test(zone);
    known.set(zone, southern);
  }
  return southern;
}

/** The month each season starts in, north and south of the equator. */
export const SEASON_START_MONTH: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
export const SOUTHERN_SEASON_START_MONTH: Readonly<Record<Season, number>> = { FA: 3, WI: 6, SP: 9, SU: 12 };

/** The seasons in calendar order from March, north and south of the equator. */
const FROM_MARCH: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];
const FROM_MARCH_SOUTH: readonly Season[] = ['FA', 'WI', 'SP', 'SU'];

/**
 * The season of a month (1–12) and the year it started in, for the given half of the globe: each season is three
 * months from March on, and the one holding January and February began in December of the year before.
 */
export function seasonOfMonth(month: number, year: number, southern: boolean): { season: Season; year: number } {
  const season = (southern ? FROM_MARCH_SOUTH : FROM_MARCH)[Math.floor(((month + 9) % 12) / 3)]!;
  return { season, year: month <= 2 ? year - 1 : year };
}
