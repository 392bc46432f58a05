/**
 * The article's time zone as a luxon Zone that remembers offsets. luxon asks an IANA zone for its UTC offset
 * through Intl for every DateTime it creates, which dominated the engine's profile; offsets only change at
 * transitions, so this zone caches the offset of each 15-minute slot in which none happens (checked by asking
 * at both ends of the slot) and asks the real zone otherwise. Results are exactly those of IANAZone.
 */
import { IANAZone, Info, Zone } from 'luxon';

const SLOT = 15 * 60 * 1000;

class RememberingZone extends Zone {
  readonly #zone: IANAZone;
  readonly #offsets = new Map<number, number>();

  constructor(zone: IANAZone) {
    super();
    this.#zone = zone;
  }

  override get type(): string {
    return 'iana';
  }
  override get name(): string {
    return this.#zone.name;
  }
  override get isUniversal(): boolean {
    return false;
  }
  override get isValid(): boolean {
    return this.#zone.isValid;
  }
  override offsetName(ts: number, options: { format?: 'short' | 'long'; locale?: string }): string | null {
    return this.#zone.offsetName(ts, options);
  }
  override formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string {
    return this.#zone.formatOffset(ts, format);
  }
  override offset(ts: number): number {
    const slot = Math.floor(ts / SLOT);
    const known = this.#offsets.get(slot);
    if (known !== undefined) return known;
    const start = this.#zone.offset(slot * SLOT);
    const end = this.#zone.offset((slot + 1) * SLOT - 1);
    if (start !== end) return this.#zone.offset(ts);
    if (this.#offsets.size > 100_000) this.#offsets.clear();
    this.#offsets.set(slot, start);
    return start;
  }
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
}

const zones = new Map<string, Zone>();

/** Whether `name` is a known IANA zone (answered once per name). */
export function isKnownZone(name: string): boolean {
  return IANAZone.create(name).isValid;
}

/**
 * The zone named `name`, one instance per name: an IANA zone that remembers offsets, or luxon's own zone for
 * UTC and fixed offsets ("UTC+3").
 */
export function articleZone(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    const iana = IANAZone.create(name);
    zone = iana.isValid && !/^(?:utc|gmt|z)$/i.test(name) ? new RememberingZone(iana) : Info.normalizeZone(name);
    zones.set(name, zone);
  }
  return zone;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const offsetSuffixes = new Map<number, string>();

/** "+03:00", "-04:30", "+00:00" for an offset in minutes, as luxon writes it (remembered: few offsets occur). */
export function offsetSuffix(offset: number): string {
  let suffix = offsetSuffixes.get(offset);
  if (suffix === undefined) {
    const absolute = Math.abs(offset);
    suffix = `${offset < 0 ? '-' : '+'}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
    if (offsetSuffixes.size < 1000) offsetSuffixes.set(offset, suffix);
  }
  return suffix;
}

/** "00" … "99": two-digit fields written from a table rather than padded each time. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => pad(n));
const THREE_DIGITS = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/** `YYYY-MM-DDTHH:MM:SS.mmm` of wall-clock fields, zero-padded. */
export function wallClockText(year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond: number): string {
  return `${year >= 1000 && year <= 9999 ? String(year) : pad(year, 4)}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}.${THREE_DIGITS(millisecond)}`;
}

/** `YYYY-MM-DDTHH:MM:SS.mmm` of the UTC fields of `wallClock` (an instant shifted by its offset), zero-padded. */
function wallClockIso(wallClock: Date): string {
  return wallClockText(wallClock.getUTCFullYear(), wallClock.getUTCMonth() + 1, wallClock.getUTCDate(), wallClock.getUTCHours(), wallClock.getUTCMinutes(), wallClock.getUTCSeconds(), wallClock.getUTCMilliseconds());
}

/**
 * The ISO 8601 text luxon's `DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true })` gives,
 * without building a DateTime (each costs a Locale and an offset lookup): the offset comes from the remembering
 * zone and the fields from the shifted UTC clock.
 */
export function isoAtInstant(ms: number, zoneName: string): string {
  const zone = articleZone(zoneName);
  const offset = zone.offset(ms);
  const local = new Date(ms + offset * 60_000);
  const text = wallClockIso(local);
  const suffix = zone.isUniversal && offset === 0 ? 'Z' : offsetSuffix(offset);
  return `${local.getUTCMilliseconds() ? text : text.slice(0, -4)}${suffix}`;
}
