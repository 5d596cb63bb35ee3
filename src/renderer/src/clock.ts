// The renderer's one reading of the wall clock, replaceable so tests run on a fixed date.
let now: () => Date = () => new Date();

export function currentTime(): Date {
  return now();
}

/** Tests only: pin "now". */
export function setClock(fn: () => Date): void {
  now = fn;
}
