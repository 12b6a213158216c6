/**
 * Names in other languages and glosses, as reference articles give them in brackets.
 */
import { describe, expect, it } from 'vitest'
import { askedLanguage, glossedWord, glossesOf, namesInLanguage } from '../../src/engine/answer/glosses'
import { engineFrom } from '../helpers/engine'

const slices = (text: string, found: { start: number; end: number }[]) => found.map((n) => text.slice(n.start, n.end))

describe('names in other languages and glosses', () => {
  it('reads the language a question asks a name in, and the name the brackets give', () => {
    expect(askedLanguage('What is the German name for the Danube?')).toBe('German')
    expect(askedLanguage('What is the Danube called in Hungarian?')).toBe('Hungarian')
    expect(askedLanguage('What is the Danube?')).toBeUndefined()
    const s = 'The Danube (German: Donau, Hungarian: Duna, Slovak: Dunaj) is a river.'
    expect(slices(s, namesInLanguage(s, 'Hungarian'))).toEqual(['Duna'])
    // Outside brackets "German" is an adjective of the sentence, no label.
    const t = 'The German government built the canal.'
    expect(namesInLanguage(t, 'German')).toEqual([])
  })

  it('reads the word a question asks the meaning of, and its gloss', () => {
    expect(glossedWord('What does Obersee mean?')).toBe('Obersee')
    expect(glossedWord('What does the word Rheinrinne translate to?')).toBe('Rheinrinne')
    expect(glossedWord('What is the translation of Oude Maas?')).toBe('Oude Maas')
    const s = 'The lake has the Obersee ("upper lake") and the Untersee ("lower lake").'
    expect(slices(s, glossesOf(s, 'Untersee'))).toEqual(['lower lake'])
  })

  it('reads "another term for X" and "another way of referring to X" as asking for X\'s gloss', () => {
    expect(glossedWord('What is another term for rotors?')).toBe('rotors')
    expect(glossedWord('What is another way of referring to stators?')).toBe('stators')
    expect(glossedWord('What is another name for the Obersee?')).toBe('Obersee')
    expect(glossedWord('What is the term for rotors?')).toBeUndefined()
    const engine = engineFrom([{ name: 'turbine.txt', content: 'A steam turbine consists of one or more rotors (rotating discs) mounted on a drive shaft, alternating with a series of stators (static discs) fixed to the turbine casing.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is another way of referring to stators?' }).answer?.text).toBe('static discs')
    expect(engine.ask({ question: 'What is another term for rotors?' }).answer?.text).toBe('rotating discs')
    // Only X need be in the articles: "another term" frames the question.
    expect(engine.ask({ question: 'What is another term for pistons?' }).abstention?.code).toMatch(/missing-terms|no-match/)
  })

  it('reads a gloss quoted after ", or", and one given to the phrase\'s last two words', () => {
    expect(glossedWord('What was another term used for the grain crisis?')).toBe('grain crisis')
    expect(glossedWord('What is another name for a coal supply bin?')).toBe('coal supply bin')
    const s = 'The failed harvest caused a grain crisis, or "hunger winter", across the north.'
    expect(slices(s, glossesOf(s, 'grain crisis'))).toEqual(['hunger winter'])
    const t = 'A chain moves the fuel from a supply bin (bunker) to the firebox.'
    expect(slices(t, glossesOf(t, 'coal supply bin'))).toEqual(['bunker'])
    // Read only where the question asks for another term: a plain ", or" is a list's alternative.
    expect(glossedWord('What caused the grain crisis?')).toBeUndefined()
  })

  it('answers with them', () => {
    const engine = engineFrom([{ name: 'danube.txt', content: 'The Danube (German: Donau, Hungarian: Duna) is the second-longest river in Europe.\n\nIt feeds the Obersee ("upper lake") near the border.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is the Danube called in Hungarian?' }).answer?.text).toBe('Duna')
    expect(engine.ask({ question: 'What does Obersee mean?' }).answer?.text).toBe('upper lake')
  })
})
