/**
 * A question about something ending or failing, asked of a sentence that states no ending, is not
 * answered by the sentence's date: it says when the thing happened, not when it stopped.
 */
import { describe, expect, it } from 'vitest'
import { unstatedEnding } from '../../src/engine/answer/endings'
import { engineFrom } from '../helpers/engine'

const DELTA = {
  name: 'delta.txt',
  content: [
    'As sea-level continued to rise in the Netherlands, the formation of the Holocene Rhine-Meuse delta began about 8,000 years ago.',
    'The analogue service continued until the closure of the analogue service on 27 September 2001.',
  ].join('\n\n'),
}

describe('questions about an ending', () => {
  it('tells a verb of ending from the noun "end"', () => {
    expect(unstatedEnding('When did the delta stop forming?', 'The formation of the delta began 8,000 years ago.')?.code).toBe('ending-unstated')
    expect(unstatedEnding('When did BSkyB fail launching its service?', 'BSkyB launched its service on 22 May 2006.')?.code).toBe('ending-unstated')
    expect(unstatedEnding('What is the low end of the temperature range?', 'Temperatures range from 60 to 90.')).toBeUndefined()
  })

  it('abstains when the sentence states no ending, and answers when it does', () => {
    const engine = engineFrom([DELTA], { abstainBelow: 0 })
    expect(engine.ask({ question: 'When did the Holocene Rhine-Meuse delta stop forming?' }).abstention?.code).toBe('ending-unstated')
    expect(engine.ask({ question: 'When did the analogue service end?' }).answer?.text).toBe('27 September 2001')
  })
})
