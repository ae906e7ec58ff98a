/**
 * The skeleton the customer-value fits share (BG/NBD, Gamma-Gamma): maximise a
 * log-likelihood over positive parameters, each bounded to PARAMETER_BOUNDS, by minimising the
 * mean negative log-likelihood over the log parameters (so the bounds are a box and the steps are
 * relative) with the projected quasi-Newton method of optimize.ts and the analytic gradient.
 */
import { ClvError } from './errors';
import { minimizeBox, onBound } from './optimize';

/** Parameters are fitted inside [1e-4, 1e4] each. */
export const PARAMETER_BOUNDS = { lower: 1e-4, upper: 1e4 };

/** A model's log-likelihood at `params`; writes ∂ll/∂params[names[i]] into grad[i]. */
export type LogLikelihood<K extends string> = (params: Record<K, number>, grad: number[]) => number;

export interface MaximumLikelihoodFit<K extends string> {
  params: Record<K, number>;
  /** Total log-likelihood at the fitted parameters. */
  ll: number;
  /** Parameters that ended on a bound of PARAMETER_BOUNDS. */
  atBound: K[];
  iterations: number;
}

/**
 * Fits the parameters `names`, starting from `start`; `count` (the customers behind the
 * likelihood) scales the objective to a mean so the tolerance means the same at any shop size.
 * Throws `clv.fitFailed` naming `model` when the optimiser does not converge.
 * @example
 * fitByMaximumLikelihood(['r', 'alpha'], { r: 1, alpha: 1 }, (p, g) => logLikelihood(p, g), 1000, 'BG/NBD')
 * // { params: { r, alpha }, ll, atBound: [], iterations }
 */
export function fitByMaximumLikelihood<K extends string>(
  names: readonly K[],
  start: Record<K, number>,
  logLikelihood: LogLikelihood<K>,
  count: number,
  model: string,
): MaximumLikelihoodFit<K> {
  const lo = Math.log(PARAMETER_BOUNDS.lower);
  const hi = Math.log(PARAMETER_BOUNDS.upper);
  const scale = 1 / count;
  // Stryker disable next-line ArrowFunction: equivalent, the log-likelihood writes every component
  const gradient = names.map(() => 0);
  const paramsOf = (theta: readonly number[]) => {
    const params = {} as Record<K, number>;
    names.forEach((name, i) => (params[name] = Math.exp(theta[i])));
    return params;
  };
  const objective = (theta: number[], out: number[]): number => {
    const params = paramsOf(theta);
    const ll = logLikelihood(params, gradient);
    // d(−ll/n)/dθ = −(1/n)·∂ll/∂p·p, since p = e^θ.
    names.forEach((name, i) => (out[i] = -scale * gradient[i] * params[name]));
    return -scale * ll;
  };
  const result = minimizeBox(objective, names.map((name) => Math.log(start[name])), {
    lower: names.map(() => lo),
    upper: names.map(() => hi),
  });
  if (!result.converged) throw new ClvError('clv.fitFailed', `the ${model} fit did not converge`);
  const bounded = onBound(result.x, result.x.map(() => lo), result.x.map(() => hi));
  return {
    params: paramsOf(result.x),
    ll: -result.f / scale,
    atBound: names.filter((_, i) => bounded[i]),
    iterations: result.iterations,
  };
}
