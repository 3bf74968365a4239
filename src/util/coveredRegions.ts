/**
 * The regions a history covers, in words: `"US"`, `"EEA, GB and US"`, `"everywhere except CN"`, or
 * `undefined` when it covers every region. The names are given as the caller writes them (codes, and
 * group ids or labels). Internal, so without a runnable example (the examples import public entries).
 *
 * @internal
 */
export function coveredRegionsText(
  regions: { readonly include?: readonly string[] | undefined; readonly exclude?: readonly string[] | undefined } | undefined,
): string | undefined {
  if (regions === undefined || (regions.include === undefined && regions.exclude === undefined)) return undefined;
  const list = (refs: readonly string[]) => (refs.length < 2 ? refs.join("") : `${refs.slice(0, -1).join(", ")} and ${refs[refs.length - 1]}`);
  const where = regions.include === undefined ? "everywhere" : list(regions.include);
  return regions.exclude === undefined ? where : `${where} except ${list(regions.exclude)}`;
}
