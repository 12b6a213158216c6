/**
 * Unanswerable questions made by changing one fact of a sentence that answers a real one (session
 * 11, from the probe articles): a death for a marriage, "accept" for "declined", shots for goals, a
 * sum paid for a score, a year for "3 million years ago", a thing counted that no passage counts,
 * the passive subject of another thing, and a sibling model ("USB-A" for "USB-C"). Each is answered when asked as the article states it.
 */
import { describe, expect, it } from 'vitest'
import { codeSwap } from '../../src/engine/answer/code-names'
import { contradiction } from '../../src/engine/answer/contradiction'
import { unstatedLifeEvent } from '../../src/engine/answer/life-dates'
import { passiveSubjectSwap } from '../../src/engine/answer/passive-subjects'
import { misreadScore } from '../../src/engine/answer/score-parts'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { splitSentences } from '../../src/engine/text/sentences'
import { engineFrom, markdownArticle } from '../helpers/engine'

const LIFE = markdownArticle('whitcombe.md', { title: 'Josiah Mercer Whitcombe', date: '2026-11-09' }, [
  'Josiah Mercer Whitcombe (14 March 1811 - 2 November 1878) was a British civil engineer best known for the Severn Vale Viaduct.',
  'In 1844 Whitcombe married Margaret Ellery, the daughter of a Bristol shipbuilder. The couple had four children, two of whom died in infancy.',
  'He was elected a Fellow of the Royal Society in 1859. He declined a knighthood in 1870, saying that "a bridge does not stand any straighter because its builder is called Sir."',
])

const MATCH = markdownArticle('match.md', { title: 'Harbour City 3 Northgate Rovers 2', date: '2026-11-09' }, [
  'Harbour City came from behind to beat Northgate Rovers 3-2 at Marlow Park last Saturday, with substitute Kofi Mensah scoring the winner in the 88th minute.',
  'Winger Luca Ferreira beat two defenders on the left and crossed for striker Daniel Okafor, who headed past the goalkeeper from six yards.',
])

const FISH = markdownArticle('snailfish.md', { title: 'The glass snailfish', date: '2026-11-09' }, [
  'The glass snailfish, a translucent fish first described in 2023 by a team from the University of Otago, lives deeper than almost any other vertebrate.',
  'Two years later the team published a genetic analysis. It showed that the species split from its closest relative, a snailfish living in the Mariana Trench, around 3 million years ago.',
])

const TOWN = markdownArticle('wrenfield.md', { title: 'Wrenfield', date: '2026-11-09' }, [
  'Wrenfield is a market town on the River Cael.',
  'The town was founded in 1214, when monks from the Abbey of St Colm built a mill on the river to grind grain for their community.',
])

describe('a question that changes one fact of the sentence', () => {
  it('does not take a date for a death from a sentence that states no death, and still reads the life dates', () => {
    expect(unstatedLifeEvent(analyzeQuestion('In what year did Margaret Ellery die?'), 'In 1844 Whitcombe married Margaret Ellery.')?.code).toBe('event-unstated')
    expect(unstatedLifeEvent(analyzeQuestion('When did Tesla die?'), 'Tesla died on 7 January 1943.')).toBeUndefined()
    expect(unstatedLifeEvent(analyzeQuestion('When was Tesla born?'), 'Nikola Tesla (1856 – 1943) was an inventor.')).toBeUndefined()
    const engine = engineFrom([LIFE])
    const changed = engine.ask({ question: 'In what year did Margaret Ellery die?' })
    expect(changed.answer).toBeNull()
    expect(changed.abstention?.code).toBe('event-unstated')
    expect(engine.ask({ question: 'When did Whitcombe die?' }).answer?.text).toBe('2 November 1878')
    expect(engine.ask({ question: 'In what year did Whitcombe marry Margaret Ellery?' }).answer?.text).toBe('1844')
  })

  it('reads "declined" as the opposite of "accept"', () => {
    expect(contradiction('In what year did he accept a knighthood?', 'He declined a knighthood in 1870.')?.code).toBe('opposite')
    const engine = engineFrom([LIFE])
    expect(engine.ask({ question: 'In what year did Whitcombe accept a knighthood?' }).abstention?.code).toBe('opposite')
    expect(engine.ask({ question: 'In what year did Whitcombe decline a knighthood?' }).answer?.text).toBe('1870')
  })

  it('reads the halves of a score as goals, never as another count or a sum of money', () => {
    const text = 'City beat Rovers 3-2 at home.'
    const spans = extractSpans(text, splitSentences(text), { date: '2026-11-09' })
    const three = spans.find((s) => text.slice(s.start, s.end) === '3')!
    const score = spans.find((s) => s.label === 'score')!
    expect(misreadScore(analyzeQuestion('How many shots did City have?'), three, spans)).toBe(true)
    expect(misreadScore(analyzeQuestion('How much did City pay for him?'), three, spans)).toBe(true)
    expect(misreadScore(analyzeQuestion('How many goals did City score?'), three, spans)).toBe(false)
    expect(misreadScore(analyzeQuestion('How many goals did City score?'), score, spans)).toBe(true)
    const engine = engineFrom([MATCH])
    expect(engine.ask({ question: 'How many goals did Harbour City score?' }).answer?.text).toBe('3')
    expect(['2', '3', '3-2']).not.toContain(engine.ask({ question: 'How much did Harbour City pay for Kofi Mensah?' }).answer?.text)
    expect(['2', '3', '3-2']).not.toContain(engine.ask({ question: 'How many shots on target did Harbour City have?' }).answer?.text)
  })

  it('abstains on "How many X" when no passage mentions X', () => {
    const engine = engineFrom([MATCH])
    const result = engine.ask({ question: 'How many assists has Luca Ferreira made?' })
    expect(result.abstention?.code).toBe('missing-terms')
    expect(result.abstention?.reason).toContain("'assists'")
    expect(engine.ask({ question: 'How many defenders did Luca Ferreira beat?' }).answer?.text).toBe('two defenders')
  })

  it('does not give "3 million years ago" for "In what year", but does for "when"', () => {
    const engine = engineFrom([FISH])
    expect(engine.ask({ question: 'In what year was the Mariana Trench snailfish first described?' }).answer?.text).not.toBe('around 3 million years ago')
    expect(engine.ask({ question: 'When did the species split from its closest relative?' }).answer?.text).toBe('around 3 million years ago')
    expect(engine.ask({ question: 'In what year was the glass snailfish first described?' }).answer?.text).toBe('2023')
  })

  it('refuses a passive question whose sentence gives the verb to another thing and names the asked one elsewhere', () => {
    const sentence = 'The town was founded in 1214, when monks from the Abbey of St Colm built a mill.'
    expect(passiveSubjectSwap(analyzeQuestion('When was the Abbey of St Colm founded?'), sentence)?.code).toBe('subject-differs')
    // A description may stand for the asked name when the sentence does not name it.
    expect(passiveSubjectSwap(analyzeQuestion('When was Wrenfield founded?'), sentence)).toBeUndefined()
    expect(passiveSubjectSwap(analyzeQuestion('When was the Abbey founded?'), 'The Abbey was founded in 1214.')).toBeUndefined()
    // Names written with a stop ("St.") or letters outside ASCII are read whole.
    expect(passiveSubjectSwap(analyzeQuestion('When was the Abbey of St. Colm founded?'), 'The town was founded in 1214 by monks of the Abbey of St. Colm.')?.code).toBe('subject-differs')
    expect(passiveSubjectSwap(analyzeQuestion('When was Zürich founded?'), 'The abbey was founded in 853, when Zürich was a small town.')?.code).toBe('subject-differs')
    const engine = engineFrom([TOWN])
    expect(engine.ask({ question: 'When was the Abbey of St Colm founded?' }).abstention?.code).toBe('subject-differs')
    expect(engine.ask({ question: 'When was Wrenfield founded?' }).answer?.text).toBe('1214')
  })

  it('refuses a name whose code the sentence gives another value ("USB-A" against "USB-C")', () => {
    expect(codeSwap('How many USB-A ports does it have?', 'Each machine has two USB-C ports.')?.code).toBe('modifier-differs')
    expect(codeSwap('Which aircraft replaced the Boeing 747?', 'The Boeing 777 entered service in 1995.')?.reason).toContain("'Boeing 777'")
    expect(codeSwap('When did World War I end?', 'World War II ended in 1945.')?.code).toBe('modifier-differs')
    // Dates and counts after a capitalised word are no codes; the same code is the same thing.
    expect(codeSwap('What happened in March 1811?', 'He was born in June 1811.')).toBeUndefined()
    expect(codeSwap('How many USB-C ports does it have?', 'Each machine has two USB-C ports.')).toBeUndefined()
    const laptop = markdownArticle('aero.md', { title: 'Aero 14', date: '2026-11-09' }, ['The Aero 14 has a 14-inch screen. Each machine has two USB-C ports and a headphone jack.'])
    const engine = engineFrom([laptop])
    expect(engine.ask({ question: 'How many USB-A ports does the Aero 14 have?' }).abstention?.code).toBe('modifier-differs')
    expect(engine.ask({ question: 'How many USB-C ports does the Aero 14 have?' }).answer?.text).toBe('two')
  })

  it('refuses a coded name when the clause before the answer names its sibling, though the sentence names both', () => {
    const text = 'The Aero 14 weighs 1.12 kilograms, about 15 per cent lighter than its predecessor, the Aero 13, which was launched two years ago.'
    expect(codeSwap('How much did the Aero 13 weigh?', text, text.indexOf('1.12'))?.reason).toContain("'Aero 14'")
    expect(codeSwap('How much does the Aero 14 weigh?', text, text.indexOf('1.12'))).toBeUndefined()
    expect(codeSwap('When was the Aero 13 launched?', text, text.indexOf('two years'))).toBeUndefined()
    const engine = engineFrom([markdownArticle('aero.md', { title: 'Aero 14', date: '2026-11-09' }, [text])])
    expect(engine.ask({ question: 'How much did the Aero 13 weigh?' }).abstention?.code).toBe('modifier-differs')
    expect(engine.ask({ question: 'How much does the Aero 14 weigh?' }).answer?.text).toBe('1.12 kilograms')
  })

  it('gives a figure to the description that opens its sentence, not to a name the sentence gives only later', () => {
    const guide = markdownArticle('guide.md', { title: 'Wrenfield', date: '2026-11-09' }, [
      'Wrenfield is a market town on the River Cael.',
      'The town has a population of about 8,400, according to the most recent census, and lies 64 kilometres north of the regional capital, Dunmore.',
    ])
    const engine = engineFrom([guide])
    const changed = engine.ask({ question: 'What is the population of Dunmore?' })
    expect(changed.abstention?.code).toBe('subject-differs')
    expect(changed.abstention?.reason).toContain("'the town'")
    // A name before the figure owns it.
    const berlin = engineFrom([{ name: 'berlin.txt', content: 'Berlin has a population of about 3.7 million, more than any other German city.' }])
    expect(berlin.ask({ question: 'What is the population of Berlin?' }).answer?.text).toBe('about 3.7 million')
    // A name after the figure in the same phrase owns it too.
    const quake = engineFrom([{ name: 'quake.txt', content: 'The magnitude 6.7 1994 Northridge earthquake was particularly destructive, causing many deaths.' }])
    expect(quake.ask({ question: 'What magnitude was the 1994 Northridge earthquake?' }).answer?.text).toBe('6.7')
  })
})
