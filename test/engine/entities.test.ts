/**
 * Typed spans found at build time: figures with what they count, money, dates (absolute and
 * relative to the document's date), people with stated roles, organisations, places, quotes.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { parseNumber } from '../../src/engine/entities/number-words'
import { splitSentences } from '../../src/engine/text/sentences'
import type { Span } from '../../src/engine/types'
import { SEED } from '../helpers/engine'

const spansOf = (text: string, date?: string) => {
  const spans = extractSpans(text, splitSentences(text), { date })
  return spans.map((s) => ({ ...s, text: text.slice(s.start, s.end) }))
}
const find = (spans: (Span & { text: string })[], text: string) => spans.find((s) => s.text === text)

describe('figures', () => {
  it('keeps the modifier and what a count counts', () => {
    const spans = spansOf("Ukraine's military was firing up to 6,000 rounds daily, a fraction of the 60,000 shells Russia used.")
    expect(find(spans, 'up to 6,000 rounds')).toMatchObject({ type: 'number', normalized: '6000', label: 'rounds' })
    expect(find(spans, '60,000 shells')).toMatchObject({ type: 'number', normalized: '60000', label: 'shells' })
  })

  it('reads numbers written in words and labels "rounds of ammunition"', () => {
    const spans = spansOf('The EU will ship one million rounds of ammunition to Ukraine.')
    expect(find(spans, 'one million rounds')).toMatchObject({ type: 'number', normalized: '1000000', label: 'rounds of ammunition' })
  })

  it('does not take the name a count modifies for what it counts', () => {
    const spans = spansOf('It has 5 University of California campuses and 12 California State University campuses. There were two Italian abbots.')
    expect(find(spans, '5')).toMatchObject({ type: 'number', normalized: '5' })
    expect(find(spans, '5')?.label).toBeUndefined()
    expect(find(spans, '12')).toMatchObject({ type: 'number', normalized: '12' })
    // A demonym before a common noun still leads to what is counted.
    expect(find(spans, 'two Italian abbots')).toMatchObject({ type: 'number', normalized: '2', label: 'Italian abbots' })
  })

  it('reads a degree sign as the unit', () => {
    const spans = spansOf('Average temperatures are less than 9 °C (48 °F) in winter and below 0°C on the peaks.')
    expect(find(spans, 'less than 9 °C')).toMatchObject({ type: 'number', normalized: '9', label: '°C' })
    expect(find(spans, '48 °F')).toMatchObject({ type: 'number', normalized: '48', label: '°F' })
    expect(find(spans, 'below 0°C')).toMatchObject({ type: 'number', normalized: '0', label: '°C' })
  })

  it('reads no count in a name that opens with a number word', () => {
    const spans = spansOf('Members are elected by the Single Transferable Vote.')
    expect(spans.filter((s) => s.type === 'number')).toEqual([])
  })

  it('reads "a single" as a count of one', () => {
    const spans = spansOf('A function problem expects a single output for every input.')
    expect(find(spans, 'single output')).toMatchObject({ type: 'number', normalized: '1', label: 'output' })
  })

  it('normalises money, percentages and durations', () => {
    const spans = spansOf('It pledged a $2.1 billion plan and 5 million euros, up about 40 percent in three years.')
    expect(find(spans, '$2.1 billion')).toMatchObject({ type: 'money', normalized: '2100000000 USD' })
    expect(find(spans, '5 million euros')).toMatchObject({ type: 'money', normalized: '5000000 EUR' })
    expect(find(spans, 'about 40 percent')).toMatchObject({ type: 'percent', normalized: '40%' })
    expect(find(spans, 'three years')).toMatchObject({ type: 'duration', normalized: '3 year' })
  })

  it('reads a range of percentages as one share, and a fall from one to another as two', () => {
    const spans = spansOf('Efficiency reaches some 27-30% on such engines, and honours fell from 90% in 2004 to 60% in 2005.')
    expect(find(spans, 'some 27-30%')).toMatchObject({ type: 'percent', normalized: '27–30%' })
    expect(spans.filter((s) => s.type === 'percent').map((s) => s.text)).toEqual(['some 27-30%', '90%', '60%'])
  })

  it('reads a fraction as a share, and an ordinal before a noun as no fraction', () => {
    const spans = spansOf('The Waal carries two-thirds of the flow, and profits fell by almost a fifth; by half in 2020. They built a third runway in the second half.')
    expect(find(spans, 'two-thirds')).toMatchObject({ type: 'percent', normalized: '66.7%', label: 'fraction' })
    expect(find(spans, 'almost a fifth')).toMatchObject({ type: 'percent', normalized: '20%' })
    expect(find(spans, 'half')).toMatchObject({ type: 'percent', normalized: '50%' })
    expect(spans.filter((s) => s.label === 'fraction').map((s) => s.text)).toEqual(['two-thirds', 'almost a fifth', 'half'])
  })

  it('parses digit and word numbers alike', () => {
    expect([parseNumber('2.1 billion'), parseNumber('twenty-five'), parseNumber('a dozen'), parseNumber('rounds')]).toEqual([2.1e9, 25, 12, undefined])
  })
})

describe('dates', () => {
  it('normalises absolute dates to ISO', () => {
    const spans = spansOf('It began on September 28, 2023, grew in March 2020 and ends by 2024, as in the 10th century.')
    expect(find(spans, 'September 28, 2023')?.normalized).toBe('2023-09-28')
    expect(find(spans, 'March 2020')?.normalized).toBe('2020-03')
    expect(find(spans, 'by 2024')).toMatchObject({ type: 'date', normalized: '2024' })
    expect(find(spans, 'the 10th century')?.type).toBe('date')
  })

  it('reads a year range written short, and a season of a year, as one date', () => {
    const spans = spansOf('Britain took New France in 1759-60. The strikes of the winter of 1973–74 spread. The war of 1990-1991 ended.')
    expect(find(spans, '1759-60')).toMatchObject({ type: 'date', normalized: '1759/1760' })
    expect(find(spans, 'the winter of 1973–74')).toMatchObject({ type: 'date', normalized: '1973/1974' })
    expect(find(spans, '1990-1991')?.normalized).toBe('1990/1991')
  })

  it('resolves weekdays and "last week" backwards from the document date', () => {
    const spans = spansOf('Smith on Wednesday said so. Last week NATO agreed. Yesterday it rained.', '2023-09-28')
    expect(find(spans, 'Wednesday')?.normalized).toBe('2023-09-27')
    expect(find(spans, 'Last week')?.normalized).toBe('2023-W38')
    expect(find(spans, 'Yesterday')?.normalized).toBe('2023-09-27')
  })

  it("reads no duration in a name that opens with one (\"the Thirty Years' War\")", () => {
    const spans = spansOf("After the Thirty Years' War the border held for 30 years.")
    expect(spans.filter((x) => x.type === 'duration').map((x) => x.text)).toEqual(['30 years'])
  })

  it('reads era years, time before the present and named periods as dates', () => {
    const spans = spansOf('Rome held the river from AD 14; Caesar had crossed it in 55 BC. Around 2.5 million years ago the Ice Ages began, and about 13,000 BP the ice thawed. In the Jurassic Period, and later by the Miocene, the plates moved.')
    expect(find(spans, 'AD 14')).toMatchObject({ type: 'date', normalized: '0014' })
    expect(find(spans, '55 BC')).toMatchObject({ type: 'date', normalized: '-0054' })
    expect(find(spans, 'Around 2.5 million years ago')?.type).toBe('date')
    expect(find(spans, 'about 13,000 BP')?.type).toBe('date')
    for (const period of ['the Ice Ages', 'the Jurassic Period', 'the Miocene']) expect(find(spans, period)?.type).toBe('date')
  })

  it('leaves relative dates unnormalised without a document date', () => {
    expect(find(spansOf('Smith on Wednesday said so.'), 'Wednesday')).toEqual(expect.not.objectContaining({ normalized: expect.anything() }))
  })
})

describe('names and roles', () => {
  it('tells what kind of place a place is, when the tags or the head word say it', () => {
    const spans = spansOf('The Rhine empties into the North Sea in the Netherlands, past Cologne and near Lake Constance.')
    expect(find(spans, 'North Sea')).toMatchObject({ type: 'place', kind: 'water' })
    expect(find(spans, 'Netherlands')).toMatchObject({ type: 'place', kind: 'country' })
    expect(find(spans, 'Cologne')).toMatchObject({ type: 'place', kind: 'city' })
    expect(find(spans, 'Lake Constance')).toMatchObject({ type: 'place', kind: 'water' })
  })

  it('keeps "St." inside a name, as a place or a saint, not a title', () => {
    const spans = spansOf("Before the St. Elizabeth's flood, the lake's shores lay in Thurgau and St. Gallen.")
    expect(find(spans, 'St. Elizabeth')).toBeDefined()
    expect(find(spans, 'St. Gallen')).toMatchObject({ type: 'place' })
    expect(find(spans, 'Gallen')).toBeUndefined()
  })

  const seed = buildCorpus([SEED]).corpus.passages.flatMap((p) => p.spans.map((s) => ({ ...s, text: p.text.slice(s.start, s.end) })))

  it('labels people with the roles the seed states', () => {
    expect(find(seed, 'Julianne Smith')).toMatchObject({ type: 'person', label: 'US Ambassador to NATO' })
    expect(find(seed, 'Ursula von der Leyen')).toMatchObject({ type: 'person', label: 'President of the European Commission' })
    expect(find(seed, 'Oleksandra Ustinova')).toMatchObject({ type: 'person', label: 'Ukrainian MP' })
  })

  it('joins a name over a particle: "Taqi al-Din", "Ahmad ibn Hanbal", "Jerónimo de Ayanz y Beaumont"', () => {
    const spans = spansOf('It was described by Taqi al-Din in 1551. Ahmad ibn Hanbal taught. The inventor Jerónimo de Ayanz y Beaumont patented it.')
    expect(find(spans, 'Taqi al-Din')?.type).toBe('person')
    expect(find(spans, 'Ahmad ibn Hanbal')?.type).toBe('person')
    expect(find(spans, 'Jerónimo de Ayanz y Beaumont')?.type).toBe('person')
  })

  it('finds organisations with their acronyms, places and quotes', () => {
    expect(find(seed, 'North Atlantic Treaty Organization')?.type).toBe('organization')
    expect(find(seed, 'CEPA')?.type).toBe('organization')
    expect(find(seed, 'European Commission')?.type).toBe('organization')
    expect(find(seed, 'Kyiv')?.type).toBe('place')
    expect(find(seed, 'ironclad')?.type).toBe('quote')
  })

  it('types "X of Y" by its head: a person of a place is a person, a place named so stays a place', () => {
    const spans = spansOf('The duchy was forged under Richard I of Normandy. Ships crossed the Bay of Biscay.')
    expect(find(spans, 'Richard I of Normandy')?.type).toBe('person')
    expect(find(spans, 'Bay of Biscay')?.type).toBe('place')
  })

  it('keeps the compass word of a region with its place', () => {
    expect(find(spansOf('Several monks fled to southern Italy in 1061.'), 'southern Italy')?.type).toBe('place')
  })

  it('reads a first name the text also writes in the plural as a people, not a person', () => {
    const spans = spansOf('Many Normans served abroad. A Norman named Oursel led a force into Syria, and Norman met him there.')
    expect(spans.filter((s) => s.text === 'Norman').every((s) => s.type !== 'person')).toBe(true)
    expect(find(spansOf('A Norman named Oursel led a force into Syria.'), 'Norman')?.type).toBe('person')
  })
})

describe('span invariants (property)', () => {
  const word = fc.constantFrom('Smith', 'said', 'the', 'NATO', '6,000', 'rounds', '$2.1 billion', 'on', 'Wednesday', '"ironclad"', 'by', '2024', 'of', 'Ursula', 'von', 'der', 'Leyen', ',', '.', 'percent', 'three', 'years', 'President')
  it('every span lies inside one sentence and has a known type', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(' ')
        const sentences = splitSentences(text)
        for (const s of extractSpans(text, sentences, { date: '2023-09-28' })) {
          expect(s.end).toBeGreaterThan(s.start)
          expect(sentences.some((x) => s.start >= x.start && s.end <= x.end)).toBe(true)
          expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end))
        }
      }),
      { numRuns: 150 },
    )
  })
})
