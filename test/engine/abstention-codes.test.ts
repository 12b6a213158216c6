/**
 * Every abstention the engine gives carries a code from `ABSTENTION_CODES`, the list the OpenAPI
 * document publishes: questions built to trip each rule on a small article.
 */
import { describe, expect, it } from 'vitest'
import { ABSTENTION_CODES } from '../../src/engine/results'
import { engineFrom } from '../helpers/engine'

const ARTICLE = {
  name: 'rulers.txt',
  content: [
    'The invading Normans replaced the Saxons as the ruling class of England in 1066.',
    'A computational problem can be viewed as an infinite collection of instances.',
    'The problem of multiplying two numbers is not hard. The hardest problems are the most studied.',
  ].join('\n\n'),
}

const QUESTIONS = [
  'Who won the 2022 World Cup?',
  'Who did the Saxons replace as the ruling class?',
  'What can be viewed as a limited collection of instances?',
  'What is the problem of multiplying three numbers?',
  'What is not a computational problem?',
  'Which problems are the least studied?',
  'Who replaced the Normans as the ruling class of England?',
]

describe('abstention codes', () => {
  it('are all listed in ABSTENTION_CODES, and the questions above trip several rules', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0.2 })
    const codes = QUESTIONS.map((question) => engine.ask({ question }).abstention?.code)
    for (const code of codes) if (code) expect(ABSTENTION_CODES).toContain(code)
    expect(new Set(codes.filter(Boolean)).size).toBeGreaterThanOrEqual(4)
  })
})
