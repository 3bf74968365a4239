/**
 * The account types a question can give and a statement can be limited to.
 *
 * @category Model
 */
export const PLANS = ["free", "paid", "business", "enterprise", "education"] as const;

/**
 * Whether a piece of data is visible to the public.
 *
 * @category Model
 */
export const VISIBILITIES = ["public", "non-public"] as const;
