/**
 * Short and other names: what follows "abbreviated", "nicknamed"…, or ", or" before a name.
 */
import { describe, expect, it } from 'vitest'
import { aliasesIn, asksForAlias } from '../../src/engine/answer/aliases'
import { engineFrom } from '../helpers/engine'

const slices = (sentence: string) => aliasesIn(sentence).map((a) => sentence.slice(a.start, a.end))

describe('aliases', () => {
  it('reads a short name after an aliasing word or after ", or"', () => {
    expect(slices('Northern Ontario, often abbreviated NorOnt, is a region of Canada.')).toEqual(['NorOnt'])
    expect(slices('The Great Lakes Yacht Race, or Lakes Race, starts in Chicago.')).toEqual(['Lakes Race'])
    expect(slices('The city was nicknamed the Windy City by reporters.')).toEqual(['Windy City'])
    // ", or" before a lower-case word is an alternative, not a name.
    expect(slices('They travel by train, or by bus, to the coast.')).toEqual([])
  })

  it('knows when a question asks for a short or other name', () => {
    expect(asksForAlias('What is Northern Ontario often abbreviated as?')).toBe(true)
    expect(asksForAlias('What is the shortened name of the yacht race?')).toBe(true)
    expect(asksForAlias('Where does the yacht race start?')).toBe(false)
  })

  it('answers with the short name, not the long one', () => {
    const engine = engineFrom([{ name: 'ontario.txt', content: 'Northern Ontario, often abbreviated NorOnt, is a region that comprises eleven districts.\n\nThe Great Lakes Yacht Race, or Lakes Race, starts in Chicago every July.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is Northern Ontario often abbreviated as?' }).answer?.text).toBe('NorOnt')
    expect(engine.ask({ question: 'What is the shortened name of the yacht race?' }).answer?.text).toBe('Lakes Race')
  })
})
