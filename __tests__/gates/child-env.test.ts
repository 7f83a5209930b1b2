import { buildChildEnv } from '../../src/gates/child-env.js'

describe('buildChildEnv', () => {
  const parent = {
    PATH: '/usr/bin',
    HOME: '/root',
    'INPUT_GITHUB-TOKEN': 'ghs_secret',
    INPUT_CHECKLIST: '.github/go-no-go.yml',
    GITHUB_TOKEN: 'ghs_other',
    ACTIONS_RUNTIME_TOKEN: 'runtime',
    ACTIONS_CACHE_URL: 'https://cache',
    ACTIONS_RESULTS_URL: 'https://results',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
    GITHUB_ENV: '/runner/env',
    GITHUB_PATH: '/runner/path',
    GITHUB_OUTPUT: '/runner/output',
    GITHUB_STATE: '/runner/state',
    GITHUB_STEP_SUMMARY: '/runner/summary',
    GITHUB_REPOSITORY: 'octo/repo'
  }

  it('removes our inputs and every runner or OIDC token', () => {
    const env = buildChildEnv(parent, {}, '/tmp/gate')
    for (const name of Object.keys(env)) expect(name).not.toMatch(/^INPUT_|^ACTIONS_|^GITHUB_TOKEN$/)
    expect(Object.values(env)).not.toContain('ghs_secret')
    expect(env.PATH).toBe('/usr/bin')
    expect(env.GITHUB_REPOSITORY).toBe('octo/repo')
  })

  it('points the runner command files at throwaway files so a gate cannot set env for later steps', () => {
    const env = buildChildEnv(parent, {}, '/tmp/gate')
    expect(env.GITHUB_ENV).toBe('/tmp/gate/github_env')
    expect(env.GITHUB_PATH).toBe('/tmp/gate/github_path')
    expect(env.GITHUB_OUTPUT).toBe('/tmp/gate/github_output')
    expect(env.GITHUB_STATE).toBe('/tmp/gate/github_state')
    expect(env.GITHUB_STEP_SUMMARY).toBe('/tmp/gate/github_step_summary')
  })

  it('adds the item env and always sets CI=true', () => {
    const env = buildChildEnv({ ...parent, CI: 'false' }, { RUST_BACKTRACE: '1' }, '/tmp/gate')
    expect(env.RUST_BACKTRACE).toBe('1')
    expect(env.CI).toBe('true')
  })
})
