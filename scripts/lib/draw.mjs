// What the scripts that draw samples share: reading `--name value` options, and one seeded generator, so that every
// draw (the development gold, the keyword sample, the reprint bench) is the same on every machine.

/** `option('--seed', '15')`: the value after the flag in `args`, else the fallback. */
export function optionsOf(args) {
  return (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function mulberry32(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
