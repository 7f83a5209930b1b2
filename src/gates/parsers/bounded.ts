/** Parsers keep counts exactly but lists only up to a bound, so memory stays flat on huge output. */
const MAX_LISTED = 200

export class BoundedList<T> {
  readonly items: T[] = []
  omitted = 0

  push(item: T): void {
    if (this.items.length < MAX_LISTED) this.items.push(item)
    else this.omitted++
  }

  includes(item: T): boolean {
    return this.items.includes(item)
  }
}
