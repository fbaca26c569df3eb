/**
 * How much training each shipped model has behind it, from the training plan's stages: a variant's shipped
 * weights are those of its last stage marked `ships` (or, in a plan that marks none for it, of the last stage that
 * trains it — a stage tried after the shipped one does not change what ships), and a stage initialised from another (`from`: a stage
 * name, or a variant = that variant's last stage before it) inherits that stage's steps. Pure.
 */
export interface PlanStage {
  name?: string;
  variant: string;
  from: string | null;
  steps: number;
  /** Its weights are the variant's shipped ones (see above). */
  ships?: boolean | null;
}

export interface ShippedTraining {
  /** Steps summed along the chain of stages that led to the shipped weights. */
  steps: number;
  /** Stage names along that chain, first stage first. */
  chain: string[];
}

/** A stage's checkpoint/log label: its `name`, else its variant. */
export const stageName = (s: Pick<PlanStage, 'name' | 'variant'>): string => s.name ?? s.variant;

export function shippedTraining(stages: readonly PlanStage[]): Record<string, ShippedTraining> {
  const done = new Map<string, ShippedTraining>();
  const lastOfVariant = new Map<string, ShippedTraining>();
  const shipped = new Map<string, ShippedTraining>();
  for (const stage of stages) {
    const parent = stage.from === null ? undefined : (done.get(stage.from) ?? lastOfVariant.get(stage.from));
    if (stage.from !== null && !parent)
      throw new Error(`stage ${stageName(stage)} starts from ${stage.from}, which no earlier stage trains`);
    const result = { steps: (parent?.steps ?? 0) + stage.steps, chain: [...(parent?.chain ?? []), stageName(stage)] };
    done.set(stageName(stage), result);
    lastOfVariant.set(stage.variant, result);
    if (stage.ships) shipped.set(stage.variant, result);
  }
  return Object.fromEntries([...lastOfVariant].map(([variant, last]) => [variant, shipped.get(variant) ?? last]));
}
