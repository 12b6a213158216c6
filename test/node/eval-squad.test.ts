/**
 * `npm run eval -- --squad`: a SQuAD 2.0 file becomes one document per article whose paragraph i
 * is context i, and the run reports every figure for the engine and the baselines.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runEvalSet } from '../../scripts/eval/run-set'
import { loadSquad } from '../../scripts/eval/squad-data'
import { selectionCeiling } from '../../scripts/eval/selection-ceiling'
import { buildCorpus } from '../../src/engine/build/build-corpus'

const squad = (contexts: string[][]) => ({
  version: 'v2.0',
  data: contexts.map((paragraphs, a) => ({
    title: `Article_${a}`,
    paragraphs: paragraphs.map((context, p) => ({
      context,
      qas: [
        { id: `${a}-${p}`, question: `Which harbour did the ${context.split(/\s+/)[1]} reach?`, is_impossible: false, answers: [{ text: context.split(/\s+/).at(-1)!.replace('.', ''), answer_start: 0 }] },
        { id: `${a}-${p}-x`, question: 'Who won the 1950 chess olympiad?', is_impossible: true, answers: [] },
      ],
    })),
  })),
})

async function fileWith(data: unknown): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'squad-')), 'set.json')
  await writeFile(path, JSON.stringify(data))
  return path
}

const ARTICLES = [
  ['The frigate sailed for weeks and reached Lisbon.', 'The galleon drifted north and reached Bergen.', 'The schooner crossed the sea and reached Tunis.'],
  ['The caravel crossed the ocean and reached Recife.', 'The\n\nsloop hugged the coast and reached Genoa.'],
]

afterEach(() => vi.restoreAllMocks())

describe('SQuAD eval', () => {
  it('makes context i paragraph i of its article, whitespace folded', async () => {
    const { files, questions } = await loadSquad(await fileWith(squad(ARTICLES)))
    expect(files.map((f) => f.name)).toEqual(['article-0.txt', 'article-1.txt'])
    expect(files[1]!.content.split('\n\n')).toEqual(['The caravel crossed the ocean and reached Recife.', 'The sloop hugged the coast and reached Genoa.'])
    expect(questions.filter((q) => q.paragraph === null)).toHaveLength(5)
    expect(questions.find((q) => q.id === '1-1')).toMatchObject({ doc: 'article-1', paragraph: 1, answers: ['Genoa'] })
  })

  it('keeps only the articles asked for by title, and names a title the file lacks', async () => {
    const path = await fileWith(squad(ARTICLES))
    const { files, questions } = await loadSquad(path, ['Article_1'])
    expect(files.map((f) => f.name)).toEqual(['article-1.txt'])
    expect(new Set(questions.map((q) => q.doc))).toEqual(new Set(['article-1']))
    await expect(loadSquad(path, ['Article_9'])).rejects.toThrow('no article titled "Article_9"')
  })

  it('reports every figure for the engine and both baselines', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    const set = await loadSquad(await fileWith(squad(ARTICLES)))
    const report = runEvalSet('test', set, { json: true })
    expect(report.systems.map((s) => s.name)).toHaveLength(4)
    for (const { figures } of report.systems) {
      expect(figures).toMatchObject({ questions: 10, answerable: 5, unanswerable: 5 })
      for (const key of ['passageAt1', 'mrrAt5', 'sentenceAccuracy', 'exactMatch', 'f1', 'abstention', 'overallF1'] as const) {
        expect(figures[key]).toBeGreaterThanOrEqual(0)
        expect(figures[key]).toBeLessThanOrEqual(1)
      }
    }
    // Each question names its ship, which only its own paragraph mentions.
    expect(report.systems[0]!.figures.passageAt1).toBe(1)
    expect(JSON.parse(log.mock.calls[0]![0] as string)).toMatchObject({ set: 'test', questions: 10 })
  })

  it('measures the choice between the top sentences apart from span choice', async () => {
    const { files, questions } = await loadSquad(await fileWith(squad(ARTICLES)))
    const c = selectionCeiling(buildCorpus(files), questions)
    expect(c.questions).toBe(5)
    // Each question's own paragraph is the only one naming its ship: the engine picks its sentence.
    expect(c).toMatchObject({ goldAmong: 1, goldChosen: 1 })
    expect(c.chosenF1).toBeLessThanOrEqual(c.bestF1)
  })

  it('fails when the content rules would not keep one paragraph per context', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    // A short context without closing punctuation reads as a subheading, not a paragraph.
    const set = await loadSquad(await fileWith(squad([['Harbour Records', 'The frigate sailed for weeks and reached Lisbon.']])))
    expect(set.paragraphCounts?.get('article-0')).toBe(2)
    expect(() => runEvalSet('test', set, { json: true })).toThrow(/expected 2 paragraphs/)
  })
})
