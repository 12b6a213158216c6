/**
 * The playground and /docs in a real browser: headless Chromium (the Debian package at
 * /usr/bin/chromium) driven by playwright-core against `wrangler dev`. Every request that leaves
 * the Worker's origin is blocked and recorded, so "works offline" is checked, not assumed.
 */
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './helpers/browser'
import { startWorker, type RunningWorker } from './helpers/start-worker'

const SCREENSHOT = fileURLToPath(new URL('../../docs/playground.png', import.meta.url))

let worker: RunningWorker
let browser: Browser

/** A page that records console errors, page errors and any request off the Worker's origin. */
async function openPage(width = 960, height = 1100) {
  const page = await browser.newPage({ viewport: { width, height } })
  const errors: string[] = []
  const offsite: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(worker.url)) return route.continue()
    offsite.push(url)
    return route.abort()
  })
  return { page, errors, offsite }
}

const ask = async (page: Page, question: string) => {
  await page.fill('#q', question)
  await page.press('#q', 'Enter')
}

describe('playground in Chromium', () => {
  beforeAll(async () => {
    browser = await launchChromium()
    worker = await startWorker()
  })

  afterAll(async () => {
    await browser?.close()
    await worker?.stop()
  })

  it('answers a question typed and submitted with Enter, with evidence, and takes the README screenshot', async () => {
    const { page, errors, offsite } = await openPage()
    await page.goto(worker.url)
    // The document's summary loads on first load.
    await expect.poll(() => page.textContent('#doc-summary'), { timeout: 15_000 }).toContain('NATO ammunition')
    await ask(page, 'How many rounds was Ukraine firing daily?')
    await expect.poll(() => page.textContent('#answer'), { timeout: 15_000 }).toContain('6,000')
    expect(await page.textContent('#answer .badge')).toBeTruthy()
    expect(await page.textContent('#answer')).toMatch(/confidence \d+%/)
    expect(await page.locator('#answer mark.answer').count()).toBeGreaterThan(0)
    expect(await page.locator('#answer mark.term').count()).toBeGreaterThan(0)
    expect(await page.locator('#passages ol.passages > li').count()).toBeGreaterThanOrEqual(1)
    expect(await page.textContent('#passages')).toContain('paragraph 4')
    // The answer's deep link opens the document page at its paragraph.
    const href = await page.getAttribute('#answer a', 'href')
    expect(href).toMatch(/^\/documents\/nato-ammunition-2023-09-28#p\d+$/)
    expect(new URL(page.url()).searchParams.get('q')).toBe('How many rounds was Ukraine firing daily?')
    await page.screenshot({ path: SCREENSHOT })
    expect(errors).toEqual([])
    expect(offsite).toEqual([])
  })

  it('shows an abstention as such', async () => {
    const { page, errors } = await openPage()
    await page.goto(worker.url)
    await ask(page, 'Who won the 1998 football World Cup?')
    await expect.poll(() => page.textContent('#answer'), { timeout: 15_000 }).toContain('No answer in the articles')
    expect(await page.locator('#answer.abstain, #answer .abstain').count()).toBe(1)
    expect(errors).toEqual([])
  })

  it('shows the closest sentence an abstention weighed', async () => {
    const { page, errors } = await openPage()
    await page.goto(worker.url)
    // The question is negated and the sentence is not: the engine refuses the sentence it found.
    await ask(page, 'Who is not the US Ambassador to NATO?')
    await expect.poll(() => page.textContent('#answer'), { timeout: 15_000 }).toContain('Closest sentence')
    expect(await page.textContent('#answer')).toContain('Julianne Smith')
    expect(await page.getAttribute('#answer .abstain a', 'href')).toMatch(/^\/documents\/nato-ammunition-2023-09-28#p\d+$/)
    expect(errors).toEqual([])
  })

  it('fits a phone screen without sideways scrolling', async () => {
    const { page, errors } = await openPage(390, 844)
    await page.goto(`${worker.url}/?q=${encodeURIComponent('Who is the US Ambassador to NATO?')}`)
    await expect.poll(() => page.locator('#passages li').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    expect(errors).toEqual([])
  })

  it('opens the document page at the linked paragraph', async () => {
    const { page, errors } = await openPage()
    await page.goto(`${worker.url}/documents/nato-ammunition-2023-09-28#p4`)
    expect(await page.locator('p#p4').textContent()).toContain('6,000 rounds')
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p4')
    expect(errors).toEqual([])
  })

  it('renders /docs offline and its try-it form calls the API', async () => {
    const { page, errors, offsite } = await openPage()
    await page.goto(`${worker.url}/docs`)
    const op = page.locator('details[id="get-/ask"]')
    await op.locator('summary').click()
    await op.locator('button[type="submit"]').click()
    await expect.poll(() => op.locator('pre.out').textContent(), { timeout: 15_000 }).toMatch(/200 OK[\s\S]*"passages"/)
    expect(errors).toEqual([])
    expect(offsite).toEqual([])
  })
})
