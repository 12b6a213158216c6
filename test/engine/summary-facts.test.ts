import { describe, expect, it } from 'vitest'
import { engineFrom } from '../helpers/engine'

/** A second article, written for these tests: roles before and after names, an acronym, figures, dates. */
const HARBOUR = {
  name: 'harbour-bridges.md',
  content: `---
title: Harbour bridge repairs
date: 2024-03-14
source: Coastal Gazette
---
Harbour City Mayor Daniel Okafor on Tuesday announced a $4.5 million plan to repair 12 bridges by 2026, after inspectors found corrosion on most of the city's crossings.

The Department of Transportation (DOT) said that up to 30,000 vehicles cross the Old Quay bridge daily. Maria Lindqvist, the chief engineer of the Harbour Authority, warned that two of the bridges could close within six months.

Residents met last week to demand faster work. The council will vote on the plan next month.`,
}

const byName = <T extends { name: string }>(list: T[], name: string) => list.find((x) => x.name === name)

describe('facts of the seed', () => {
  const { facts } = engineFrom().summarize({})

  it('lists the three people with their roles, each with the sentence stating it', () => {
    const roles = Object.fromEntries(facts.people.map((p) => [p.name, p.role]))
    expect(roles).toMatchObject({
      'Julianne Smith': 'US Ambassador to NATO',
      'Ursula von der Leyen': 'President of the European Commission',
      'Oleksandra Ustinova': 'Ukrainian MP',
    })
    const smith = byName(facts.people, 'Julianne Smith')!
    expect(smith.mentions).toBeGreaterThan(1)
    expect(smith.sentence.text).toContain('US Ambassador to NATO, Julianne Smith')
    expect(byName(facts.people, 'Oleksandra Ustinova')!.sentence.text).toContain('Ukrainian MP Oleksandra Ustinova')
  })

  it('lists the figures with what they count', () => {
    const texts = facts.figures.map((f) => f.text)
    expect(texts).toEqual(expect.arrayContaining(['up to 6,000 rounds daily', '60,000 shells', '$2.1 billion plan', 'one million rounds', 'all 31 NATO members']))
    const plan = facts.figures.find((f) => f.text === '$2.1 billion plan')!
    expect(plan).toMatchObject({ kind: 'money', value: '2100000000 USD', counts: 'plan' })
    expect(plan.sentence.text).toContain('Ursula von der Leyen')
  })

  it('lists organisations with their acronyms', () => {
    const acronyms = Object.fromEntries(facts.organizations.filter((o) => o.acronym).map((o) => [o.acronym, o.name]))
    expect(acronyms).toMatchObject({
      NATO: 'North Atlantic Treaty Organization',
      VOA: 'Voice of America',
      CEPA: 'Center for European Policy Analysis',
      EU: 'EU',
      CNN: 'CNN',
    })
    expect(facts.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Ukraine', 'Kyiv', 'Russia']))
    expect(facts.places.map((p) => p.name)).not.toContain('Voice of America')
  })

  it('lists dates, absolute and relative', () => {
    const dates = Object.fromEntries(facts.dates.map((d) => [d.text, d]))
    expect(dates['by 2024']).toMatchObject({ value: '2024', relative: false })
    expect(dates['Wednesday']).toMatchObject({ value: '2023-09-27', relative: true })
    expect(dates['Last week']).toMatchObject({ relative: true })
  })

  it('quotes each fact’s sentence exactly as the article has it', () => {
    const engine = engineFrom()
    const paragraphs = engine.document(engine.documents()[0]!.id).paragraphs
    for (const fact of [...facts.people, ...facts.organizations, ...facts.places, ...facts.figures, ...facts.dates]) {
      expect(paragraphs[fact.sentence.paragraph]!.text.slice(fact.sentence.start, fact.sentence.end)).toBe(fact.sentence.text)
    }
  })
})

describe('facts of a second article', () => {
  const { facts } = engineFrom([HARBOUR]).summarize({})

  it('finds a role before the name, qualifier included, and an apposition after it', () => {
    expect(byName(facts.people, 'Daniel Okafor')?.role).toBe('Harbour City Mayor')
    expect(byName(facts.people, 'Maria Lindqvist')?.role).toBe('chief engineer of the Harbour Authority')
  })

  it('pairs an organisation with its bracketed acronym, without the article', () => {
    expect(facts.organizations.find((o) => o.acronym === 'DOT')?.name).toBe('Department of Transportation')
    expect(byName(facts.organizations, 'Harbour Authority')).toBeDefined()
  })

  it('keeps figures that say what they count and drops bare counts', () => {
    const texts = facts.figures.map((f) => f.text)
    expect(texts).toEqual(expect.arrayContaining(['$4.5 million plan', '12 bridges', 'up to 30,000 vehicles', 'six months']))
    expect(texts).not.toContain('two')
  })

  it('resolves relative dates from the article’s date', () => {
    const dates = Object.fromEntries(facts.dates.map((d) => [d.text, d]))
    expect(dates['Tuesday']).toMatchObject({ value: '2024-03-12', relative: true })
    expect(dates['by 2026']).toMatchObject({ value: '2026', relative: false })
    expect(dates['next month']?.relative).toBe(true)
  })
})
