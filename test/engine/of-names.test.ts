/**
 * "Given-name of Place" names are people ("Sybilla of Normandy"); a head that names a kind of
 * place, event or group keeps the place ("Duchy of Normandy", "Battle of Hastings", "Normans of Italy").
 * A person's regnal numeral stays ("Richard I"), and "of" a place the question names is left out.
 */
import { describe, expect, it } from 'vitest'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { splitSentences } from '../../src/engine/text/sentences'
import { engineFrom } from '../helpers/engine'

const typeOf = (text: string, name: string) => {
  const span = extractSpans(text, splitSentences(text)).find((s) => text.slice(s.start, s.end) === name)
  return span && (span.proper ? 'proper' : span.type)
}

describe('given name of a place', () => {
  it('types an unknown given name of a place as a person', () => {
    const text = 'His elder brother Alexander I had married Sybilla of Normandy in the north.'
    expect(typeOf(text, 'Sybilla of Normandy')).toBe('person')
  })

  it('keeps places, events and groups named after a place', () => {
    const text = 'After the Battle of Hastings the Duchy of Normandy grew, and many Normans of Italy left for the Kingdom of Sicily.'
    expect(typeOf(text, 'Battle of Hastings')).not.toBe('person')
    expect(typeOf(text, 'Duchy of Normandy')).not.toBe('person')
    expect(typeOf(text, 'Normans of Italy')).not.toBe('person')
    expect(typeOf(text, 'Kingdom of Sicily')).not.toBe('person')
    // A head compromise knows as a common word names no one.
    expect(typeOf('The comments were made in an interview with Voice of America on Wednesday.', 'Voice of America')).not.toBe('person')
  })

  it('types an act or event named after a place as neither place nor person, and answers with it whole', () => {
    const text = 'The long feud finally ended with the signing of the Edict of Carvel, which gave the millers their own courts.'
    expect(typeOf(text, 'Edict of Carvel')).toBe('proper')
    const engine = engineFrom([{ name: 'feud.txt', content: text }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What edict ended the long feud?' }).answer?.text).toBe('Edict of Carvel')
  })

  it('answers who someone married with the given name of a place', () => {
    const engine = engineFrom([{ name: 'kings.txt', content: 'David I of Scotland ruled after his brother. His elder brother Alexander I had married Sybilla of Normandy, a daughter of King Henry.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Who did Alexander I marry?' }).answer?.text).toBe('Sybilla of Normandy')
  })

  it('keeps a regnal numeral and leaves out a place the question names', () => {
    const engine = engineFrom([{ name: 'duchy.txt', content: 'The Duchy of Normandy was a great fief of medieval France, and under Richard I of Normandy it was forged into a cohesive and formidable principality.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Who forged the fief into a principality?' }).answer?.text).toBe('Richard I')
    expect(engine.ask({ question: 'Who forged the Duchy of Normandy into a principality?' }).answer?.text).toBe('Richard I')
  })
})

describe('a group or place named "X of Place"', () => {
  it('types it by the head before "of", not as a person', () => {
    const text = 'The Victorian Constitution can be amended by the Parliament of Victoria, except for certain provisions.'
    expect(typeOf(text, 'Parliament of Victoria')).toBe('organization')
  })

  it('answers a what-group question with the whole name, not its head', () => {
    const engine = engineFrom([{ name: 'state.txt', content: 'The Victorian Constitution can be amended by the Parliament of Victoria, except for certain "entrenched" provisions that require an absolute majority in both houses.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What group can amend the Victorian constitution?' }).answer?.text).toBe('Parliament of Victoria')
  })
})
