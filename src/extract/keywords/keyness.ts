// Keyness: how much more (or less) a group uses a term than the rest of the corpus.
//
// Log-likelihood G² as in Rayson & Garside (2000), "Comparing corpora using frequency profiling" (the form of the
// UCREL log-likelihood wizard): with a = the term's count in the group, b = its count in the rest, c and d the sizes
// of the group and of the rest,
//   E1 = c·(a+b)/(c+d),  E2 = d·(a+b)/(c+d),  G² = 2·(a·ln(a/E1) + b·ln(b/E2))   (a term with a zero count adds 0).
// G² is signed here, as the wizard's +/- marker: positive when the group uses the term more than the rest (a/c > b/d).
// The p-value is that of G² under χ² with one degree of freedom: p = erfc(√(G²/2)) (3.84 → 0.05, 6.63 → 0.01,
// 10.83 → 0.001, 15.13 → 0.0001, the wizard's critical values).
//
// %DIFF as in Gabrielatos & Marchi (2012), "Keyness: appropriate metrics and practical issues": the difference of
// the normalised frequencies relative to the reference, (NF_group − NF_rest)·100 / NF_rest. It is undefined when the
// rest never uses the term (they substitute 1e-18 for the zero, which only gives an enormous number): null then.

export interface Keyness {
  /** Signed log-likelihood: + overuse in the group, − underuse; 0 when the rates are equal. */
  g2: number;
  /** Percentage difference of the normalised frequencies; null when the rest never uses the term. */
  pctDiff: number | null;
  /** p-value of |G²| under χ²(1). */
  p: number;
}

/** a, b: the term's counts in the group and in the rest; c, d: the sizes of the group and of the rest (c, d > 0). */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  if (c <= 0 || d <= 0 || a + b === 0) return 0;
  const total = c + d;
  const e1 = (c * (a + b)) / total;
  const e2 = (d * (a + b)) / total;
  const g2 = 2 * (xLogXOverE(a, e1) + xLogXOverE(b, e2));
  // Rounding can leave a tiny negative value for equal rates; G² is never below 0.
  const magnitude = Math.max(0, g2);
  return a / c >= b / d ? magnitude : -magnitude;
}

function xLogXOverE(x: number, e: number): number {
  return x === 0 ? 0 : x * Math.log(x / e);
}

/** %DIFF of Gabrielatos & Marchi: 100·(a/c − b/d)/(b/d); null when b = 0 (undefined). */
export function percentDiff(a: number, b: number, c: number, d: number): number | null {
  if (c <= 0 || d <= 0 || b === 0) return null;
  const group = a / c;
  const rest = b / d;
  return ((group - rest) * 100) / rest;
}

/** Upper tail of χ² with one degree of freedom at x: P(X ≥ x) = erfc(√(x/2)). */
export function chiSquare1PValue(x: number): number {
  if (!(x > 0)) return 1;
  return erfc(Math.sqrt(x / 2));
}

/** All three measures; g2 and pctDiff as above, p of the unsigned G². */
export function keyness(a: number, b: number, c: number, d: number): Keyness {
  const g2 = logLikelihood(a, b, c, d);
  return { g2, pctDiff: percentDiff(a, b, c, d), p: chiSquare1PValue(Math.abs(g2)) };
}

/** Occurrences per 10,000 characters. */
export function per10k(count: number, size: number): number {
  return size > 0 ? (count * 10000) / size : 0;
}

/**
 * The complementary error function, to full double precision where it matters for p-values: the series of erf for
 * small x, and the continued fraction of erfc (evaluated by the modified Lentz method) for x ≥ 2, where erf's series
 * would lose every digit of 1 − erf(x).
 */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) return 1 - erfSeries(x);
  return erfcContinuedFraction(x);
}

function erfSeries(x: number): number {
  // erf(x) = 2/√π · Σ (−1)ⁿ x^(2n+1) / (n! (2n+1))
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

function erfcContinuedFraction(x: number): number {
  // erfc(x) = exp(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    d = x + an * d;
    d = d === 0 ? tiny : d;
    c = x + an / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}
