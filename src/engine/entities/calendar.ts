/**
 * @module
 * Date arithmetic for relative dates ("Wednesday", "last week", "yesterday"), in UTC on ISO
 * date strings, so a document's date resolves them the same way on every machine.
 */
import { lookupTable } from '../text/lookup-table'

const DAY = 86_400_000

/** Weekday names, Sunday first (as `Date.getUTCDay`). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const

/** Month names and abbreviations → month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = lookupTable({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
})

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/**
 * An ISO date from parts, or undefined when the day does not exist.
 *
 * @example
 * ```ts
 * isoDate(2023, 9, 28) // "2023-09-28"
 * isoDate(2023, 2, 30) // undefined
 * ```
 */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined
}

/**
 * Moves an ISO date by whole days.
 *
 * @example
 * ```ts
 * addDays('2023-09-28', -1) // "2023-09-27"
 * ```
 */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

/**
 * The latest date on or before `iso` that falls on `weekday` (0 = Sunday); with `strict`,
 * strictly before. News written on a Thursday means last Wednesday by "on Wednesday".
 *
 * @example
 * ```ts
 * previousWeekday('2023-09-28', 3) // "2023-09-27"
 * ```
 */
export function previousWeekday(iso: string, weekday: number, strict = false): string {
  const today = new Date(`${iso}T00:00:00Z`).getUTCDay()
  let back = (today - weekday + 7) % 7
  if (back === 0 && strict) back = 7
  return addDays(iso, -back)
}

/**
 * The earliest date on or after `iso` (strictly after) that falls on `weekday`.
 *
 * @example
 * ```ts
 * nextWeekday('2023-09-28', 1) // "2023-10-02"
 * ```
 */
export function nextWeekday(iso: string, weekday: number): string {
  const today = new Date(`${iso}T00:00:00Z`).getUTCDay()
  return addDays(iso, (weekday - today + 7) % 7 || 7)
}

/**
 * The ISO 8601 week of a date, e.g. "2023-W39".
 *
 * @example
 * ```ts
 * isoWeek('2023-09-28') // "2023-W39"
 * ```
 */
export function isoWeek(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  // The week belongs to the year of its Thursday.
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7))
  const year = d.getUTCFullYear()
  const week = 1 + Math.round((d.getTime() - Date.UTC(year, 0, 4)) / DAY / 7 - 3 / 7 + ((new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7) / 7)
  return `${year}-W${pad(week)}`
}

/**
 * Moves an ISO date's month ("2023-09") by whole months.
 *
 * @example
 * ```ts
 * addMonths('2023-01-15', -1) // "2022-12"
 * ```
 */
export function addMonths(iso: string, months: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + months
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`
}
