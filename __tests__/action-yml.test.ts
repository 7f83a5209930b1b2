import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { INPUTS, OUTPUTS } from '../src/constants.js'
import { REPO_ROOT } from './helpers/run-action.js'

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8'))

describe('action.yml', () => {
  it('declares exactly the inputs the code reads, each documented', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUTS).sort())
    for (const input of Object.values(action.inputs) as Array<{ description: string }>) expect(input.description.length).toBeGreaterThan(10)
  })

  it('declares exactly the outputs the code sets, each documented', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUTS).sort())
  })

  it('runs the bundle on node24 and has a name and branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.name).toBe('Go/No-Go')
    expect(action.branding.icon).toBeTruthy()
  })
})
