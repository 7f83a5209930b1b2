/**
 * `go-no-go import`: whatever the Markdown, the YAML it writes reads back as the same checklist —
 * ids, titles, kinds, severities, phases, groups and ticks — however odd the titles.
 */
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js'
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import { checklistToYaml } from '../../src/checklist/to-yaml.js'
import { allItems, type Checklist } from '../../src/checklist/types.js'
import { expectLinearGrowth } from '../helpers/growth.js'

const shape = (list: Checklist) =>
  allItems(list)
    .map((item) => [item.id, item.title, item.kind, item.severity, item.phase ?? 'pre-deploy', item.anyOf ?? null, item.kind === 'manual' ? item.signedOff : item.kind])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])))

function roundTrip(markdown: string): { yaml: string; before: Checklist; after: Checklist } {
  const before = parseMarkdownChecklist(markdown, 'R.md')
  const yaml = checklistToYaml(before)
  return { yaml, before, after: parseYamlChecklist(yaml, 'r.yml') }
}

describe('go-no-go import reads back as the same checklist', () => {
  it('keeps titles YAML would read as something else, on their own lines and in one-line lists', () => {
    const titles = [
      'true',
      'null',
      '42',
      '1.0',
      '~',
      'yes',
      '- dash',
      '* star',
      '"quoted"',
      "it's",
      'a: b',
      'x # not a comment',
      '{braces}',
      '[brackets]',
      'a, b',
      '&anchor',
      '*alias',
      '!tag',
      '%percent',
      '@at',
      '`tick`'
    ]
    for (const ticked of [false, true]) {
      const markdown = `# R\n## Odd\n${titles.map((title) => `- [${ticked ? 'x' : ' '}] ${title}`).join('\n')}\n## Short\n- [ ] true\n- [ ] a, b\n- [ ] no\n`
      const { before, after } = roundTrip(markdown)
      expect(shape(after)).toEqual(shape(before))
    }
  })

  it('gives every id back where titles repeat, across phases and against an explicit id', () => {
    const markdown = [
      '# R',
      '## Deployment Steps',
      '- [ ] Logs being written',
      '- [ ] a',
      '## Checks',
      '- [ ] a',
      '- [ ] a',
      '- [ ] a-2',
      '- [ ] Logs being written',
      '- [ ] a',
      '## Monitoring',
      '- [ ] a',
      ''
    ].join('\n')
    const { yaml, before, after } = roundTrip(markdown)
    expect(shape(after)).toEqual(shape(before))
    // The items that decide stay plain lines; an id is written after GO, where it costs nothing.
    expect(yaml).toContain('\n    items: [a, a, a-2, Logs being written, a]\n')
    expect(yaml).toContain('\n      - { id: logs-being-written, title: Logs being written, manual: true }\n')
  })

  it('carries every kind of tick and keeps an unticked placeholder unticked', () => {
    const markdown =
      '# R\n## Checks\n- [x] Runbook reviewed\n- [x] Rollout window: TBD\n- [ ] Dashboards ready\n### Release sign-off\nSigned: Dana K.\n| Role | Name |\n|---|---|\n| QA | ✅ Bo |\n'
    const { yaml, before, after } = roundTrip(markdown)
    expect(shape(after)).toEqual(shape(before))
    expect(allItems(after).filter((item) => item.kind === 'manual' && item.signedOff).length).toBeGreaterThanOrEqual(2)
    // Each sign-off on one line, as the reader requires for git blame.
    for (const line of yaml.split('\n').filter((text) => text.includes('signed-off') && !text.startsWith('#'))) expect(line).toMatch(/signed-off: true \}$/)
  })

  it('writes a pick-one list as one group on its section, and alternatives within a section on their items', () => {
    const markdown =
      '# R\n### Deployment Type\n- [ ] Single server\n- [ ] Kubernetes cluster\n## Access\n- [ ] Internet connection available OR\n- [ ] Local mirror configured\n- [ ] Disk space sufficient\n'
    const { yaml, before, after } = roundTrip(markdown)
    expect(shape(after)).toEqual(shape(before))
    expect(yaml).toContain('    any-of: deployment-type\n    items: [Single server, Kubernetes cluster]\n')
  })

  it('finds the ids to write in time linear in the number of items, however the titles repeat across phases', () => {
    // Repeated titles alternate before and after GO, so file order and the Markdown's order disagree throughout.
    const markdown = (size: number) =>
      '# R\n' + Array.from({ length: size }, (_, at) => `${at % 2 ? '## Deployment Steps' : '## Checks'}\n- [ ] ${at % 3 ? 'a' : `a-${at}`}\n`).join('')
    expectLinearGrowth({ input: (size) => parseMarkdownChecklist(markdown(size), 'R.md'), work: checklistToYaml, size: 200, factor: 16 })
    const { before, after } = roundTrip(markdown(400))
    expect(shape(after)).toEqual(shape(before))
  })
})
