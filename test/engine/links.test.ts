import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { documentPath, encodeFragmentTerm, sourceLink, textFragment } from '../../src/engine/links'
import { engineFrom, SEED, SEED_ID } from '../helpers/engine'

describe('deep links', () => {
  it('encodes the characters the text-fragment syntax reserves', () => {
    expect(encodeFragmentTerm('war-torn, a&b 6,000')).toBe('war%2Dtorn%2C%20a%26b%206%2C000')
  })

  it('puts a short sentence whole into the fragment, and a long one as start,end', () => {
    expect(textFragment('Smith fired 6,000 rounds.')).toBe('#:~:text=Smith%20fired%206%2C000%20rounds.')
    const long = 'one two three four five six seven eight nine ten eleven twelve'
    expect(textFragment(long)).toBe('#:~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve')
    expect(textFragment('   ')).toBe('')
  })

  it('links to the url with a fragment, replacing any fragment it had', () => {
    expect(sourceLink({ documentId: 'a', url: 'https://x.test/a?b=1#top', paragraph: 3, text: 'Hello there.' })).toBe(
      'https://x.test/a?b=1#:~:text=Hello%20there.',
    )
  })

  it('reads only the edges of a text yet matches splitting it all into words', () => {
    const reference = (text: string) => {
      const words = text.split(/\s+/).filter((w) => w.length > 0)
      if (words.length === 0) return ''
      if (words.length <= 10) return `#:~:text=${encodeFragmentTerm(words.join(' '))}`
      return `#:~:text=${encodeFragmentTerm(words.slice(0, 4).join(' '))},${encodeFragmentTerm(words.slice(-4).join(' '))}`
    }
    const word = fc.stringMatching(/^[A-Za-z0-9,.'’-]{1,8}$/)
    const space = fc.constantFrom(' ', '  ', '\n', '\t', ' \u00a0')
    const text = fc.tuple(fc.array(fc.tuple(word, space), { maxLength: 30 }), space, space)
      .map(([parts, lead, trail]) => lead + parts.map(([w, s]) => w + s).join('') + trail)
    fc.assert(fc.property(text, (t) => textFragment(t) === reference(t)), { numRuns: 500 })
  })

  it('falls back to the document page anchor without a url', () => {
    expect(sourceLink({ documentId: 'my doc', paragraph: 3, text: 'Hello.' })).toBe('/documents/my%20doc#p3')
    expect(documentPath('a', 0)).toBe('/documents/a#p0')
  })

  it('is decoded back to the sentence by a URL parser', () => {
    const sentence = 'Ukraine’s forces — per the ministry — fired 6,000 rounds & more, daily-ish.'
    const fragment = textFragment(sentence).slice('#:~:text='.length)
    const [start, end] = fragment.split(',').map(decodeURIComponent)
    expect(sentence.startsWith(start!)).toBe(true)
    expect(sentence.endsWith(end!)).toBe(true)
  })

  it('is on every passage and on the answer of /ask', () => {
    const engine = engineFrom()
    const result = engine.ask({ question: 'How many rounds was Ukraine firing daily?' })
    for (const hit of result.passages) expect(hit.link).toBe(`/documents/${SEED_ID}#p${hit.paragraph}`)
    expect(result.answer?.link).toBe(`/documents/${SEED_ID}#p${result.answer?.paragraph}`)
  })

  it('uses the front-matter url and points at the answer sentence', () => {
    // The seed article as Markdown with a url in its front matter.
    const content = `---\nurl: https://news.test/story#top\n---\n${SEED.content.replace(/^\s*date \S+\s*/, '')}`
    const engine = engineFrom([{ name: 'nato.md', content }])
    const result = engine.ask({ question: 'How many rounds was Ukraine firing daily?' })
    const answer = result.answer!
    expect(answer.link).toBe(`https://news.test/story${textFragment(answer.sentence)}`)
    for (const hit of result.passages) expect(hit.link).toBe(`https://news.test/story${textFragment(hit.text)}`)
  })
})
