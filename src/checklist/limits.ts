/**
 * Every limit the checklist readers apply, with the margin each leaves over real use. The file
 * comes from the pull request, so each reader bounds what it reads and what it says about it; a
 * limit that is reached is reported, never passed over in silence.
 *
 * Sizes are in bytes or characters, depths in levels, counts in things reported.
 */

// ── Sizes ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Largest checklist read, in UTF-8 bytes (YAML and Markdown, from the workspace or from git).
 * Real checklists are 2–12 KB (the three shared team checklists are 9.6–11.5 KB): 1 MiB is ~90×
 * that, while a file this size still parses in well under a second.
 */
export const MAX_CHECKLIST_BYTES = 1024 * 1024

/** Key names quoted in a message are cut here: real keys are under 20 characters; a hostile one must not fill the summary. */
export const MAX_QUOTED_KEY_CHARS = 60

/** The YAML library's own syntax message is cut here: its first sentence is 30–90 characters. */
export const MAX_SYNTAX_MESSAGE_CHARS = 120

/** A word longer than this gets no "did you mean": every allowed key is at most 19 characters. */
export const MAX_TYPO_WORD_CHARS = 40

/** Ids made from Markdown text are cut here: long enough to stay readable, short enough for a report table. */
export const MAX_ID_CHARS = 48

/** A signature label ("Product Owner", "Approved by") is a letter and at most this many characters more; anything longer is prose that happens to hold a colon. */
export const MAX_SIGNATURE_LABEL_CHARS = 60

/** CommonMark: an ordered list marker has at most 9 digits; `1234567890.` is text. */
export const MAX_LIST_NUMBER_DIGITS = 9

/** A line read as a section tag (`<post-deployment priority="high">`): real ones are under 60 characters. */
export const MAX_TAG_LINE_CHARS = 300

/** A heading or phrase quoted to say where a severity came from is cut here: enough to recognise it. */
export const MAX_QUOTED_SOURCE_CHARS = 60

// ── Depths ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Nested boxes below this depth join the deepest allowed level: real checklists nest 2–3 levels,
 * and a hostile staircase of thousands must not grow the stack or the section titles.
 */
export const MAX_BOX_DEPTH = 16

// ── Counts ─────────────────────────────────────────────────────────────────────────────────────

/** Problems listed for a broken file; more are summarised in one line, so the summary stays readable. */
export const MAX_PROBLEMS_SHOWN = 25

/**
 * Schema errors collected before checking stops: enough to fill the problems shown eight times
 * over; a 1 MiB file of bad items would otherwise yield 60,000 and take seconds.
 */
export const MAX_SCHEMA_ERRORS = 200

/** Lines reported for control characters: one is enough to act on, five show a pattern. */
export const MAX_CONTROL_CHARACTER_LINES = 5

/** Edits a typo may be from a key to get a "did you mean" (and at most half the key's length, so `id` suggests nothing wild). */
export const MAX_TYPO_EDITS = 2

// ── Gates ──────────────────────────────────────────────────────────────────────────────────────

/** Longest gate timeout: a GitHub-hosted job's own limit. It also keeps `.inf` out (timers treat it as 1 ms). */
export const MAX_TIMEOUT_MINUTES = 360
