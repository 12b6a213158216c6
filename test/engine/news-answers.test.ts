/**
 * News factoid questions: the answer type a "which" noun fixes (noun classes), ages, times of day,
 * lone months, person nouns and occupations as answers, and the subject after do-support.
 */
import { describe, expect, it } from 'vitest'
import { afterFocusNoun, nestedPlaces } from '../../src/engine/answer/appositions'
import { titlesIn } from '../../src/engine/answer/naming'
import { ageSpans } from '../../src/engine/entities/ages'
import { dateSpans } from '../../src/engine/entities/dates'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { engineFrom } from '../helpers/engine'

const ARTICLE = {
  name: 'club-2015-03-18.txt',
  content: [
    'Title: Club news',
    'Date: 2015-03-18',
    '',
    'Tom Baker, 19, was raised in Leeds. He quit the county league in October and this week signed with the Rovers.',
    'His father, Bob Baker, is a real estate agent in Leeds, where he coaches a youth team.',
    'Baker collapsed after training and was found by his coach - the club later thanked the staff.',
    'The new kit went on sale at 9:30 a.m. GMT Monday, and it sold out within five hours.',
    'The Rovers are owned by Northern Media, a broadcaster that also runs a radio station.',
  ].join('\n'),
}

describe('which-nouns fix the answer type by class', () => {
  it('types people, institutions and places from their class', () => {
    expect(analyzeQuestion('Which network cancelled the show?').type).toBe('organization')
    expect(analyzeQuestion('Which service streamed the season?').type).toBe('organization')
    expect(analyzeQuestion('Which two students were expelled?').type).toBe('person')
    expect(analyzeQuestion('Which cast member left the show?').type).toBe('person')
    expect(analyzeQuestion('Which hospital treated her?').type).toBe('place')
  })

  it('reads an adjective-like title as a modifier, not the focus', () => {
    expect(analyzeQuestion('Which major city is largest?').type).toBe('place')
  })

  it('takes the noun after do-support as the subject, after "is" as the focus', () => {
    expect(analyzeQuestion('What does the Alliance work to strengthen?').type).toBe('other')
    expect(analyzeQuestion('What is the alliance called?').type).toBe('organization')
  })
})

describe('ages, times and months', () => {
  it('finds ages in the ways news states them', () => {
    const ages = (t: string) => ageSpans(t).map((s) => [t.slice(s.start, s.end), s.normalized])
    expect(ages('Parker Rice, 19, was raised')).toEqual([['19', '19']])
    expect(ages('Faith March, 18 from Maldon')).toEqual([['18', '18']])
    expect(ages('a 19-year-old student, aged 20')).toEqual([['19-year-old', '19'], ['aged 20', '20']])
    expect(ages('Jarryd, at 27, is one; but at 14 she was told')).toEqual([['at 27', '27'], ['at 14', '14']])
    expect(ages('In Paris, 15 of them left.')).toEqual([])
  })

  it('reads times of day and a month after a preposition as dates', () => {
    const dates = (t: string) => dateSpans(t, '2015-03-18').map((s) => [t.slice(s.start, s.end), s.normalized])
    expect(dates('and at 3:01 a.m. ET Tuesday, fans')).toEqual([['3:01 a.m. ET Tuesday', 'T03:01']])
    expect(dates('quit in October, back next May')).toEqual([['October', '2014-10'], ['May', '2015-05']])
    expect(dates('Faith March, 18, spoke.')).toEqual([])
  })

  it('answers "how old", "what time" and "when" with the span of that kind', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How old is Tom Baker?' }).answer?.text).toBe('19')
    expect(engine.ask({ question: 'At what time did the new kit go on sale?' }).answer?.text).toBe('9:30 a.m. GMT Monday')
    expect(engine.ask({ question: 'When did Baker quit the county league?' }).answer?.text).toBe('October')
  })
})

describe('people who are not named', () => {
  it('answers who with a person noun when the sentence names no one else', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Who found Baker after training?' }).answer?.text).toBe('coach')
  })

  it('answers an occupation question with the occupation, not the name', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: "What does Baker's father do?" }).answer?.text).toBe('real estate agent')
  })

  it('prefers the name that states the asked kind', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Which broadcaster owns the Rovers?' }).answer?.text).toBe('Northern Media')
  })
})

describe('answers beside another word', () => {
  const PLACES = {
    name: 'bakers.txt',
    content: 'Jane Holt, 18 from Maldon, Essex, opened a bakery. She came from Denmark, Iceland and Norway.\n\nBefore long, the hashtag #holtcakes went viral.',
  }

  it('takes the name after the asked noun', () => {
    expect(afterFocusNoun('the hashtag #holtcakes', { start: 4, end: 22, type: 'noun-phrase' }, 'hashtag')).toEqual({ start: 12, end: 22 })
    expect(afterFocusNoun('the hashtag #holtcakes', { start: 4, end: 22, type: 'noun-phrase' }, 'bakeri')).toBeUndefined()
    const engine = engineFrom([PLACES], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Which hashtag went viral?' }).answer?.text).toBe('holtcakes')
  })

  it('joins a place and the larger place that locates it, not a list', () => {
    const text = 'from Maldon, Essex, and from Denmark, Iceland and Norway'
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length })
    expect(nestedPlaces(text, [at('Maldon'), at('Denmark')], [at('Essex'), at('Iceland')])).toEqual([{ start: 5, end: 18 }])
    const engine = engineFrom([PLACES], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Where is Jane Holt from?' }).answer?.text).toBe('Maldon, Essex')
  })
})

describe('titles in quotation marks', () => {
  it('reads a title-cased quotation as a name, not a quoted remark', () => {
    expect(titlesIn('a look at the spinoff, "The Butcher and the Baker," with Shirley')).toEqual([{ start: 24, end: 49 }])
    expect(titlesIn('"We are looking at every source," he said.')).toEqual([])
  })

  it('answers "what is the name of" with the title', () => {
    const engine = engineFrom([{ name: 'tv.txt', content: 'The last episode gave a look at the spinoff, "The Butcher and the Baker," with Shirley as a lawyer.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is the name of the spinoff?' }).answer?.text).toBe('The Butcher and the Baker')
  })
})

describe('numbers that are not the kind asked', () => {
  const BAKERY = {
    name: 'bakery.txt',
    content: 'The bullies uploaded the two photos of Sean to a message board.\n\nHer weight dropped to just five stone before she opened the bakery.',
  }

  it('gives no count of things for an age or a sum of money', () => {
    const engine = engineFrom([BAKERY], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How old is Sean?' }).answer).toBeNull()
    expect(engine.ask({ question: 'How much does the bakery charge?' }).answer).toBeNull()
    expect(engine.ask({ question: 'How many photos of Sean were uploaded?' }).answer?.text).toBe('two photos')
  })
})
