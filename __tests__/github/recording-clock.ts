/** A clock for the GitHub client that records every wait it is asked for and returns at once. */
import { createGitHubClient, type ClientOptions, type Clock } from '../../src/github/client.js'

export interface RecordingClock extends Clock {
  /** Each wait asked for, in milliseconds, in order. */
  readonly waits: number[]
}

/** Its time moves only by the waits it is asked for, so a request takes no time at all. */
export function recordingClock(): RecordingClock {
  let now = 0
  const waits: number[] = []
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms)
      now += ms
    }
  }
}

/** A `createClient` for publishToGitHub's dependencies that puts the client on `clock`. */
export function clientOn(clock: Clock): typeof createGitHubClient {
  return (options: ClientOptions) => createGitHubClient({ ...options, clock })
}
