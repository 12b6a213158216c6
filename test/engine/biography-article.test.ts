/**
 * An encyclopaedic biography: a life's dates in brackets after the name, an acronym whose letters
 * also appear in a quotation's "does not stand", rates written "90 trains a day", and a synonym
 * whose irregular past form the article uses ("constructed" for "built") (session 10).
 */
import { describe, expect, it } from 'vitest'
import { askedLifeEnd } from '../../src/engine/answer/life-dates'
import { buildSynonyms } from '../../src/engine/build/acronyms'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { splitSentences } from '../../src/engine/text/sentences'
import { engineFrom, markdownArticle } from '../helpers/engine'

const LIFE = markdownArticle('whitcombe.md', { title: 'Josiah Mercer Whitcombe', date: '2026-11-09' }, [
  'Josiah Mercer Whitcombe (14 March 1811 - 2 November 1878) was a British civil engineer best known for the Severn Vale Viaduct. Admirers called him "the Lattice King".',
  'In 1844 Whitcombe married Margaret Ellery, the daughter of a Bristol shipbuilder.',
  'Whitcombe\'s most famous work, the Severn Vale Viaduct in Gloucestershire, was built between 1849 and 1853. The viaduct is 612 metres long and carries around 90 trains a day.',
  'For the viaduct, the Institution of Civil Engineers (ICE) awarded Whitcombe its Telford Medal in 1854. He served as president of the ICE from 1866 to 1867. He declined a knighthood in 1870, saying that "a bridge does not stand any straighter because its builder is called Sir."',
])

const spansOf = (text: string) => extractSpans(text, splitSentences(text), { date: '2026-11-09' }).map((s) => ({ ...s, text: text.slice(s.start, s.end) }))

describe('a biography', () => {
  it('answers birth and death from the dates in brackets after the name, and only for that name', () => {
    expect(askedLifeEnd('When did Whitcombe die?')).toBe('death')
    expect(askedLifeEnd('When was Whitcombe born?')).toBe('birth')
    expect(askedLifeEnd('When did Whitcombe marry?')).toBeUndefined()
    const engine = engineFrom([LIFE])
    expect(engine.ask({ question: 'When did Whitcombe die?' }).answer?.text).toBe('2 November 1878')
    expect(engine.ask({ question: 'When was Whitcombe born?' }).answer?.text).toBe('14 March 1811')
    // Another person's death is not in Whitcombe's brackets.
    expect(engineFrom([LIFE], { abstainBelow: 0 }).ask({ question: 'When did Margaret Ellery die?' }).answer?.text).not.toBe('2 November 1878')
  })

  it('reads what an acronym stands for though another sentence says "does not stand"', () => {
    const { answer } = engineFrom([LIFE]).ask({ question: 'What does ICE stand for?' })
    expect(answer?.text).toBe('Institution of Civil Engineers')
  })

  it('reads "90 trains a day" as a rate, not a duration of a day', () => {
    const durations = (text: string) => spansOf(text).filter((s) => s.type === 'duration').map((s) => s.text)
    expect(durations('It carries 90 trains a day, twice a week, and costs $5 a month.')).toEqual([])
    expect(durations('The storm lasts a day; they stayed for a week.')).toEqual(['a day', 'a week'])
  })

  it('expands a curated verb to its irregular past forms', () => {
    expect(buildSynonyms([]).construct).toEqual(expect.arrayContaining(['build', 'built']))
    expect(engineFrom([LIFE]).ask({ question: 'Over which years was the viaduct constructed?' }).answer?.sentence).toContain('built between 1849 and 1853')
  })
})
