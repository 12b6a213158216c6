/**
 * Questions that swap one name of a sentence for another (session 12, from held-out articles
 * written apart from the code): another owner ("Corvane's board" for "Pemberly's board"), another
 * word of a name ("Kelmsford University" for "the University of Tressaly"), another season; and the
 * paraphrases that must still be answered: the article's subject by what it is ("the island's
 * exports"), "chief executive" for "CEO", "rival" for "competing", "left" for "leave".
 */
import { describe, expect, it } from 'vitest'
import { contradiction } from '../../src/engine/answer/contradiction'
import { askedDimension } from '../../src/engine/answer/dimensions'
import { unstatedEnding } from '../../src/engine/answer/endings'
import { kindsOf } from '../../src/engine/answer/named-kinds'
import { sentenceNegation } from '../../src/engine/answer/negations'
import { engineFrom, markdownArticle } from '../helpers/engine'

const DEAL = markdownArticle('corvane.md', { title: 'Corvane results', date: '2026-12-07' }, [
  'Corvane Logistics reported that its revenue rose 11.4 per cent to $3.82 billion. The stock had fallen by almost a fifth during the previous autumn amid concerns that slowing demand would leave its 140 warehouses underused.',
  "The deal was approved by Pemberly's board on 2 February after an auction in which Corvane saw off a rival offer from the investment firm Stonegate Partners.",
  "Ingrid Solvay, who became chief executive in 2019, said most job cuts would come at Pemberly's former head office in Lindqvist, which is to close in the summer of 2025. A new depot opens in the spring.",
])

const TRIAL = markdownArticle('trial.md', { title: 'Varenotide trial', date: '2026-12-07' }, [
  'The drug was tested at St Aldwyn Hospital in Kelmsford, in the north of the United Kingdom.',
  'The compound was first identified in 2014 by a laboratory at the University of Tressaly led by the biochemist Anand Morrow-Vick.',
  'Ostrel plans a second trial involving 2,000 patients in the United States and Japan in spring 2025.',
])

const ISLAND = markdownArticle('aurvik.md', { title: 'Aurvik Island', date: '2026-12-07' }, [
  'Aurvik is a volcanic island in the North Atlantic.',
  "Fishing has been the mainstay of the economy since settlement, and cod and haddock still account for about 55 per cent of the island's exports by value.",
])

const ARCHITECT = markdownArticle('bencze.md', { title: 'Lazar Bencze', date: '2026-12-07' }, [
  'Lazar Bencze was an architect born in Kervar.',
  'As political conditions in Hungary worsened and private commissions dried up, Bencze and his wife left for Sweden in 1938.',
])

describe('a question that swaps a name of the sentence', () => {
  it('refuses another owner of the same thing, and answers the owner the sentence names', () => {
    const engine = engineFrom([DEAL])
    const swapped = engine.ask({ question: "On what date did Corvane's board approve the deal?" })
    expect(swapped.answer).toBeNull()
    expect(swapped.abstention?.code).toBe('modifier-differs')
    expect(swapped.abstention?.reason).toContain("Pemberly's board")
    expect(engine.ask({ question: "On what date did Pemberly's board approve the deal?" }).answer?.text).toBe('2 February')
    const office = engine.ask({ question: "When will Corvane's own head office in Lindqvist close?" })
    expect(office.abstention?.reason).toBe("the question asks about 'Corvane's own head office'; the passage says 'Pemberly's former head office'")
    expect(engine.ask({ question: "When will Pemberly's head office in Lindqvist close?" }).answer?.text).toContain('2025')
  })

  it("keeps an owner whose name in the sentence holds the question's ('Faith March's' for 'Faith's')", () => {
    const story = markdownArticle('faith.md', { title: 'Faith March', date: '2026-12-07' }, [
      "Faith March's weight dropped to just five stone when she was suffering from anorexia.",
    ])
    expect(engineFrom([story]).ask({ question: "How low did Faith's weight drop?" }).answer?.text).toBe('five stone')
  })

  it('refuses a name that shares only a word with the sentence\'s name, and answers the name as written', () => {
    const engine = engineFrom([TRIAL])
    const university = engine.ask({ question: 'Who led the laboratory at Kelmsford University that identified the compound?' })
    expect(university.abstention?.reason).toBe("the question asks about 'Kelmsford University'; the passage says 'University of Tressaly'")
    expect(engine.ask({ question: 'Who led the laboratory at the University of Tressaly that identified the compound?' }).answer?.text).toBe('Anand Morrow-Vick')
    const country = engine.ask({ question: 'How many patients in the United Kingdom will the second trial involve?' })
    expect(country.abstention?.reason).toBe("the question asks about 'United Kingdom'; the passage says 'United States'")
    expect(engine.ask({ question: 'How many patients in the United States will the second trial involve?' }).answer?.text).toContain('2,000')
  })

  it('keeps a name that the answer is part of, a misspelt name and a name in another form', () => {
    const rhine = markdownArticle('rhine.md', { title: 'Rhine', date: '2026-12-07' }, [
      'Below the Rhine Gorge the valley widens. The stretch with its medieval castles is known as the Romantic Rhine.',
      'San Bernardino lies east of Los Angeles. The San Bernardino - Riverside area maintains a business district.',
      'Crusaders from Europe took Cyprus in 1191. The island remained under Western European control for 380 years.',
    ])
    const engine = engineFrom([rhine])
    expect(engine.ask({ question: 'What is the stretch near the Rhine Gorge with medieval castles known as?' }).answer?.text).toBe('Romantic Rhine')
    expect(engine.ask({ question: 'The Sand Bernardino - Riverside area maintains what kind of district?' }).answer?.text).toBe('business district')
    expect(engine.ask({ question: 'How long did Western Europe control Cyprus?' }).answer?.text).toBe('380 years')
  })

  it('refuses another season, and reads "fall" as a season only after a determiner', () => {
    expect(contradiction('By how much did shares fall during the previous spring?', 'The stock had fallen by almost a fifth during the previous autumn.')?.reason)
      .toBe("the question asks about 'spring'; the passage says 'autumn'")
    expect(contradiction('By how much did shares fall during the previous fall?', 'The stock had fallen during the previous autumn.')).toBeUndefined()
    expect(contradiction('By how much did shares fall in 2023?', 'The stock had fallen by a fifth during the autumn of 2023.')).toBeUndefined()
    const engine = engineFrom([DEAL])
    expect(engine.ask({ question: 'By how much did Corvane shares fall during the previous spring?' }).abstention?.code).toBe('opposite')
    expect(engine.ask({ question: 'By how much did Corvane shares fall during the previous autumn?' }).abstention?.code).toBeUndefined()
  })
})

describe('a paraphrase that changes no fact', () => {
  it("answers about the article's subject from a passage that calls it by what it is", () => {
    const answer = engineFrom([ISLAND]).ask({ question: "What percentage of the value of Aurvik's exports comes from cod and haddock?" }).answer
    expect(answer?.text).toBe('about 55 per cent')
  })

  it('reads "CEO" as "chief executive" and "competing" as "rival"', () => {
    const engine = engineFrom([DEAL])
    expect(engine.ask({ question: 'In what year did Ingrid Solvay become CEO?' }).answer?.text).toBe('2019')
    expect(engine.ask({ question: 'Which firm made a competing offer?' }).answer?.text).toBe('Stonegate Partners')
  })

  it('does not refuse a question whose verb the text writes in an irregular form ("leave", "left")', () => {
    const result = engineFrom([ARCHITECT]).ask({ question: 'When did Bencze leave Hungary?' })
    expect(result.abstention?.code).not.toBe('missing-terms')
    expect(result.answer?.text).toBe('1938')
  })

  it('reads "stops" after a count as a noun, not as an ending', () => {
    expect(unstatedEnding('How many stops will the tramway have?', 'The line will have 19 stations.')).toBeUndefined()
    expect(unstatedEnding('When did the tramway stop running?', 'The line opened in 1901.')?.code).toBe('ending-unstated')
  })
})

describe('wordings the held-out articles use', () => {
  it('reads "not … until" as saying when, and "end up" as no ending', () => {
    expect(sentenceNegation('When was the summit first reached?', 'The summit was not reached until 11 August 1887.')).toBeUndefined()
    expect(sentenceNegation('When was the summit reached?', 'The summit was not reached.')?.code).toBe('sentence-negates')
    expect(unstatedEnding('Why did Brannvold end up on Aurvik?', 'He was blown off course.')).toBeUndefined()
    expect(unstatedEnding('When did the war end?', 'The war began in 1701.')?.code).toBe('ending-unstated')
  })

  it('takes an unwillingness for the negation a negated question asks about', () => {
    expect(contradiction('What promise was Stonegate not willing to make?', 'The firm had been unwilling to match the commitment to keep the depot open.')).toBeUndefined()
    expect(contradiction('What promise was Stonegate not willing to make?', 'The firm promised to keep the depot open.')?.code).toBe('negated')
  })

  it('answers sums in kronor, a measure written as a modifier, and rain as a depth', () => {
    const hall = markdownArticle('hall.md', { title: 'Varnhem Concert Hall', date: '2026-12-07' }, [
      'The Varnhem Concert Hall was built between 1949 and 1954 at a cost of 7.8 million kronor.',
      'The Harwick Crosstown Tramway, a 14.6-kilometre light-rail line, is due to open in September 2026, more than two years late.',
      'Skarnhavn has a mean annual temperature of 4.1 °C and receives about 1,420 millimetres of precipitation a year.',
    ])
    const engine = engineFrom([hall])
    expect(engine.ask({ question: 'What was the construction cost of the Varnhem Concert Hall?' }).answer).toMatchObject({ text: '7.8 million kronor', normalized: '7800000 SEK' })
    expect(engine.ask({ question: 'What did the Varnhem Concert Hall cost to build?' }).answer?.text).toBe('7.8 million kronor')
    expect(engineFrom([hall], { abstainBelow: 0 }).ask({ question: 'How long is the Harwick tram line?' }).answer?.text).toBe('14.6-kilometre')
    expect(askedDimension('How much precipitation does Skarnhavn receive?')).toBe('length')
    expect(engine.ask({ question: 'How much precipitation does Skarnhavn receive in a typical year?' }).answer?.text).toBe('about 1,420 millimetres')
  })

  it('counts people under another name, and reads sums in historical money', () => {
    const season = markdownArticle('season.md', { title: 'Carrow Point season', date: '2026-12-07' }, [
      'A record 11,200 spectators watched the victory over Greystoke in January.',
      'When the company entered administration, roughly 1,150 employees lost their jobs.',
      'By the Treaty of Marle, Vessaria agreed to pay an indemnity of 1.8 million thalers.',
    ])
    const engine = engineFrom([season])
    expect(engine.ask({ question: 'How many fans watched the win over Greystoke?' }).answer?.text).toBe('11,200 spectators')
    expect(engine.ask({ question: 'How many workers lost their jobs?' }).answer?.text).toBe('roughly 1,150 employees')
    expect(engine.ask({ question: 'How large an indemnity did Vessaria agree to pay?' }).answer).toMatchObject({ text: '1.8 million thalers', normalized: '1800000 THALER' })
    expect(engine.ask({ question: 'How many assists did Greystoke make?' }).abstention?.code).toBe('missing-terms')
  })

  it('reads a tally in words: each side of the vote, and the margin whole', () => {
    const vote = markdownArticle('vote.md', { title: 'Harwick tram', date: '2026-12-07' }, [
      'The council voted to approve the project on 17 May 2018 by 41 votes to 23, with three abstentions.',
      "In a vote on 9 July 2025, councillors accepted the review's recommendations by 52 votes to 11.",
    ])
    const engine = engineFrom([vote], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How many councillors voted against the tram in 2018?' }).answer?.text).toBe('23')
    expect(engine.ask({ question: 'How many councillors voted for the project in 2018?' }).answer?.text).toBe('41 votes')
    expect(engine.ask({ question: "By what margin did councillors accept the review's recommendations?" }).answer).toMatchObject({ text: '52 votes to 11', normalized: '52-11' })
  })

  it("reads each named person's post and age in a sentence that names several, hyphenated names too", () => {
    const trial = markdownArticle('trial.md', { title: 'Calloway trial', date: '2026-12-07' }, [
      "After a nine-week trial, a jury convicted Leonard Ashcombe, 58, the company's former chief executive, and Marguerite Fenwick-Dale, 46, its former finance director, of conspiracy to defraud.",
    ])
    const engine = engineFrom([trial])
    expect(engine.ask({ question: 'What position did Marguerite Fenwick-Dale formerly hold at the company?' }).answer?.text).toBe('former finance director')
    expect(engine.ask({ question: 'What role did Ashcombe have?' }).answer?.text).toBe('former chief executive')
    expect(engine.ask({ question: 'How old is Fenwick-Dale?' }).answer?.text).toBe('46')
  })

  it('reads what kind of thing a named thing is from the sentence that says it', () => {
    expect(kindsOf('What type of volcano is Mount Hekkar?', 'Mount Hekkar is an active volcano.').map((n) => 'Mount Hekkar is an active volcano.'.slice(n.start, n.end))).toEqual(['active'])
    const deal = markdownArticle('pemberly.md', { title: 'Corvane takeover', date: '2026-12-07' }, [
      "The results were overshadowed by Corvane's agreed takeover of Pemberly Cold Chain, a refrigerated-transport specialist founded in 1988 that operates 2,300 lorries.",
      'The island is dominated by Mount Hekkar, a stratovolcano rising to 1,623 metres.',
    ])
    const engine = engineFrom([deal])
    expect(engine.ask({ question: 'What kind of business is Pemberly Cold Chain?' }).answer?.text).toBe('refrigerated-transport specialist')
    expect(engine.ask({ question: 'What type of volcano is Mount Hekkar?' }).answer?.text).toBe('stratovolcano')
  })
})

