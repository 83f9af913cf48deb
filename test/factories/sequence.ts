let counter = 0;

/** A number unique within the test process: factory rows never collide with each other or with the seed. */
export function nextSeq(): number {
  counter += 1;
  return counter;
}
