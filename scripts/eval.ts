/**
 * @module
 * `npm run eval -- --squad <file> [--article <title>…] | --news <cnndm.jsonl> | --seed | --summaries <file.jsonl>`: measures the engine that
 * serves /ask and /summary, beside baselines, and prints the figures; `--dump <file.jsonl>` also
 * writes one line per question (what won, which sentence, which span) for reading misses;
 * `--oracle` also scores span choice on the gold sentence (`eval/oracle.ts`).
 */
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    squad: { type: 'string' },
    article: { type: 'string', multiple: true },
    news: { type: 'string' },
    seed: { type: 'boolean' },
    summaries: { type: 'string' },
    json: { type: 'boolean' },
    dump: { type: 'string' },
    'fit-confidence': { type: 'boolean' },
    oracle: { type: 'boolean' },
    threshold: { type: 'string' },
  },
})

async function main(): Promise<void> {
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
  if (values['fit-confidence']) {
    const { runFitReport } = await import('./eval/fit-report')
    const { loadSquad } = await import('./eval/squad-data')
    const { loadSeedSet } = await import('./eval/seed')
    const sets = [
      ...(values.squad ? [{ name: 'squad', set: await loadSquad(values.squad, values.article) }] : []),
      ...(values.seed ? [{ name: 'seed', set: await loadSeedSet() }] : []),
      ...(values.news ? [{ name: 'news', set: await (await import('./eval/news-data')).loadNews(values.news) }] : []),
    ]
    runFitReport(sets)
    return
  }
  let ran = false
  if (values.squad) {
    const { runSquadEval } = await import('./eval/squad')
    await runSquadEval(values.squad, { json: values.json ?? false, dump: values.dump, oracle: values.oracle, threshold }, values.article)
    ran = true
  }
  if (values.news) {
    const { runEvalSet } = await import('./eval/run-set')
    const { loadNews } = await import('./eval/news-data')
    runEvalSet('cnndm-questions.json', await loadNews(values.news), { json: values.json ?? false, dump: values.dump, oracle: values.oracle, threshold })
    ran = true
  }
  if (values.seed) {
    const { runSeedEval } = await import('./eval/seed')
    await runSeedEval({ json: values.json ?? false, dump: values.dump, oracle: values.oracle, threshold })
    ran = true
  }
  if (values.summaries) {
    const { runSummaryEval } = await import('./eval/summaries')
    await runSummaryEval(values.summaries, { json: values.json ?? false })
    ran = true
  }
  if (!ran) {
    console.error('usage: npm run eval -- --squad <squad2.json> [--article <title>]… | --news <cnndm.jsonl> | --seed | --summaries <cnndm.jsonl> [--json] [--dump <out.jsonl>] [--oracle] [--threshold <t>] [--fit-confidence]')
    process.exit(2)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error))
  process.exit(1)
})
