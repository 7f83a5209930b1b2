import { buildChildEnv, TRACKING_VARIABLE, type GatePlace } from '../../src/gates/child-env.js'

describe('buildChildEnv', () => {
  const parent = {
    PATH: '/usr/bin',
    HOME: '/root',
    'INPUT_GITHUB-TOKEN': 'ghs_secret',
    INPUT_CHECKLIST: '.github/go-no-go.yml',
    GITHUB_TOKEN: 'ghs_other',
    github_token: 'ghs_lower',
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
    GITHUB_REPOSITORY: 'octo/repo',
    RUNNER_TEMP: '/runner/_temp',
    TMPDIR: '/tmp'
  }
  const place: GatePlace = { tempDir: '/private/gate/tmp', commandFilesDir: '/private/gate/files', trackingId: 'abc123' }

  it('removes our inputs and every runner or OIDC token, whatever their case', () => {
    const env = buildChildEnv(parent, {}, place)
    for (const name of Object.keys(env)) expect(name).not.toMatch(/^INPUT_|^ACTIONS_|^GITHUB_TOKEN$/i)
    expect(Object.values(env).filter((value) => value.startsWith('ghs_'))).toEqual([])
    expect(env.PATH).toBe('/usr/bin')
    expect(env.GITHUB_REPOSITORY).toBe('octo/repo')
  })

  it('points the runner command files at throwaway files so a gate cannot set env for later steps', () => {
    const env = buildChildEnv(parent, {}, place)
    expect(env.GITHUB_ENV).toBe('/private/gate/files/github_env')
    expect(env.GITHUB_PATH).toBe('/private/gate/files/github_path')
    expect(env.GITHUB_OUTPUT).toBe('/private/gate/files/github_output')
    expect(env.GITHUB_STATE).toBe('/private/gate/files/github_state')
    expect(env.GITHUB_STEP_SUMMARY).toBe('/private/gate/files/github_step_summary')
  })

  it("gives the gate its own temporary directory, never the runner's RUNNER_TEMP", () => {
    const env = buildChildEnv(parent, {}, place)
    for (const name of ['TMPDIR', 'TEMP', 'TMP', 'RUNNER_TEMP']) expect(env[name]).toBe('/private/gate/tmp')
  })

  it('adds the item env, but the checklist cannot take back the runner files, the temporary directory or the tracking value', () => {
    const env = buildChildEnv(
      { ...parent, CI: 'false' },
      { RUST_BACKTRACE: '1', GITHUB_ENV: '/runner/env', RUNNER_TEMP: '/runner/_temp', [TRACKING_VARIABLE]: 'other', CI: 'false' },
      place
    )
    expect(env.RUST_BACKTRACE).toBe('1')
    expect(env.CI).toBe('true')
    expect(env.GITHUB_ENV).toBe('/private/gate/files/github_env')
    expect(env.RUNNER_TEMP).toBe('/private/gate/tmp')
    expect(env[TRACKING_VARIABLE]).toBe('abc123')
  })

  it('does not invent runner files outside Actions', () => {
    const env = buildChildEnv({ PATH: '/usr/bin' }, {}, place)
    expect(env.GITHUB_OUTPUT).toBeUndefined()
    expect(env[TRACKING_VARIABLE]).toBe('abc123')
  })
})
