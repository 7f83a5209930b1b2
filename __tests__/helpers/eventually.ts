/**
 * Waits for something that follows an event at no fixed moment, such as a killed process leaving
 * the process table: polls instead of sleeping a fixed time, and returns as soon as `condition`
 * holds. It gives up after `attempts` polls, long past anything machine load explains; the caller's
 * own assertion then fails, so a failure means it never happened rather than that it was slow.
 */
export async function eventually(condition: () => boolean, attempts = 200, pollMs = 50): Promise<void> {
  for (let attempt = 0; attempt < attempts && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, pollMs))
}
