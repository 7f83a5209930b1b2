/** The `junit:` key and `max-errors`: what a YAML checklist may say, and what it is refused. */
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import { ChecklistError, type CommandItem } from '../../src/checklist/types.js'

const checklist = (item: string) => `version: 1
sections:
  - title: Tests
    items:
${item
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}
`

function problems(text: string): string[] {
  try {
    parseYamlChecklist(text, 'go-no-go.yml')
  } catch (error) {
    if (error instanceof ChecklistError) return error.problems.map((problem) => `${problem.key}: ${problem.message}`)
    throw error
  }
  return []
}

describe('junit:', () => {
  it('is read with the command and its max-errors', () => {
    const parsed = parseYamlChecklist(
      checklist('- id: tests\n  title: Tests\n  run: pytest --junitxml=reports/junit.xml\n  junit: reports/*.xml\n  expect:\n    max-errors: 3'),
      'go-no-go.yml'
    )
    const item = parsed.sections[0].items[0] as CommandItem
    expect(item).toMatchObject({ junit: 'reports/*.xml', expect: { maxErrors: 3 } })
  })

  it.each(['../reports/*.xml', '/tmp/junit.xml', 'reports/../../x.xml', 'reports/{..,x}/*.xml', 'a/..'])('refuses %s, which could lead outside the workspace', (glob) => {
    expect(problems(checklist(`- id: tests\n  title: Tests\n  run: pytest\n  junit: "${glob}"`))).toEqual([
      'sections[0].items[0].junit: must be a path inside the workspace (relative, without leading ..)'
    ])
  })

  it('applies only to items with run', () => {
    expect(problems(checklist('- id: report\n  title: Report\n  file: report.xml\n  junit: report.xml'))).toEqual([
      'sections[0].items[0].junit: "junit" applies only to items with run'
    ])
  })
})
