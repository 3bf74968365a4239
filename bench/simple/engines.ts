import { createMongoAbility, subject, type MongoAbility, type RawRuleOf } from "@casl/ability";
import * as cedar from "@cedar-policy/cedar-wasm/nodejs";
import { Engine } from "json-rules-engine";
import { CARVE_OUT, DAY_V1, DAY_V2, DAY_V3, GEN, GEN_CATEGORIES, NONGEN, NONGEN_CATEGORIES, SAFETY, type SimpleQuestion, THIRD } from "./model.js";

// The simplified model written for three engines a team might pick instead, following the research's
// harness: Cedar (policies), json-rules-engine (rules and facts), CASL (abilities). Each answers
// allow/deny, which is all the model needs, since every input is given.

const set = (ids: readonly string[], type: string) => `[${ids.map((id) => `${type}::"${id}"`).join(", ")}]`;
const regions = `[${CARVE_OUT.map((c) => `"${c}"`).join(", ")}]`;

export const CEDAR_POLICIES = `
permit (principal, action == Action::"${NONGEN}", resource) when { context.day >= ${DAY_V1} && ${set(NONGEN_CATEGORIES, "DataCategory")}.contains(resource) };
forbid (principal, action == Action::"${NONGEN}", resource) when { principal has objectionDay && context.day >= principal.objectionDay };
permit (principal, action == Action::"${SAFETY}", resource) when { context.day >= ${DAY_V1} } unless { resource == DataCategory::"payment-data" };
forbid (principal, action == Action::"${THIRD}", resource);
permit (principal, action == Action::"${GEN}", resource) when { context.day >= ${DAY_V2} && ${set(GEN_CATEGORIES, "DataCategory")}.contains(resource) };
forbid (principal, action == Action::"${GEN}", resource) when { principal.age < 18 };
forbid (principal, action == Action::"${GEN}", resource) when { context.day < ${DAY_V3} && ${regions}.contains(principal.region) };
forbid (principal, action == Action::"${GEN}", resource) when { principal has optOutDay && context.day >= principal.optOutDay };
`;

/** Cedar with the policy set parsed once (`statefulIsAuthorized`); the request is built per call. */
export function cedarStateful(): (q: SimpleQuestion) => boolean {
  const parsed = cedar.preparsePolicySet("simple", { staticPolicies: CEDAR_POLICIES });
  if (parsed.type !== "success") throw new Error(`Cedar policies: ${JSON.stringify(parsed.errors)}`);
  return (q) => {
    const attrs: Record<string, cedar.CedarValueJson> = { region: q.region, age: q.age };
    if (q.optOutDay !== null) attrs.optOutDay = q.optOutDay;
    if (q.objectionDay !== null) attrs.objectionDay = q.objectionDay;
    const answer = cedar.statefulIsAuthorized({
      principal: { type: "Member", id: "m" },
      action: { type: "Action", id: q.purpose },
      resource: { type: "DataCategory", id: q.category },
      context: { day: q.day },
      preparsedPolicySetId: "simple",
      entities: [{ uid: { type: "Member", id: "m" }, attrs, parents: [] }],
    });
    if (answer.type !== "success") throw new Error(`Cedar: ${JSON.stringify(answer.errors)}`);
    return answer.response.decision === "allow";
  };
}

/** json-rules-engine: four rules; a decision is "used" when any event fires. */
export function rulesEngine(): (q: SimpleQuestion) => Promise<boolean> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const optedOut = (fact: string) => ({
    any: [
      { fact, operator: "equal", value: null },
      { fact: "day", operator: "lessThan", value: { fact } },
    ],
  });
  const gen = (extra: object[]) => ({
    conditions: {
      all: [
        { fact: "purpose", operator: "equal", value: GEN },
        { fact: "category", operator: "in", value: GEN_CATEGORIES },
        { fact: "age", operator: "greaterThanInclusive", value: 18 },
        ...extra,
        optedOut("optOutDay"),
      ],
    },
    event: { type: "used" },
  });
  engine.addRule(
    gen([
      { fact: "day", operator: "greaterThanInclusive", value: DAY_V2 },
      { fact: "day", operator: "lessThan", value: DAY_V3 },
      { fact: "region", operator: "notIn", value: CARVE_OUT },
    ]) as never,
  );
  engine.addRule(gen([{ fact: "day", operator: "greaterThanInclusive", value: DAY_V3 }]) as never);
  engine.addRule({
    conditions: {
      all: [
        { fact: "purpose", operator: "equal", value: NONGEN },
        { fact: "category", operator: "in", value: NONGEN_CATEGORIES },
        { fact: "day", operator: "greaterThanInclusive", value: DAY_V1 },
        optedOut("objectionDay"),
      ],
    },
    event: { type: "used" },
  } as never);
  engine.addRule({
    conditions: {
      all: [
        { fact: "purpose", operator: "equal", value: SAFETY },
        { fact: "category", operator: "notEqual", value: "payment-data" },
        { fact: "day", operator: "greaterThanInclusive", value: DAY_V1 },
      ],
    },
    event: { type: "used" },
  } as never);
  return async (q) => {
    const { events } = await engine.run({
      purpose: q.purpose,
      category: q.category,
      day: q.day,
      region: q.region,
      age: q.age,
      optOutDay: q.optOutDay,
      objectionDay: q.objectionDay,
    });
    return events.length > 0;
  };
}

type Ability = MongoAbility<[string, "Item" | object]>;

/** CASL abilities for one member: static rules, plus the member's own choices as inverted rules. */
export function caslAbility(q: SimpleQuestion): Ability {
  const rules: RawRuleOf<Ability>[] = [
    {
      action: GEN,
      subject: "Item",
      conditions: { category: { $in: GEN_CATEGORIES }, day: { $gte: DAY_V2, $lt: DAY_V3 }, region: { $nin: CARVE_OUT }, age: { $gte: 18 } },
    },
    { action: GEN, subject: "Item", conditions: { category: { $in: GEN_CATEGORIES }, day: { $gte: DAY_V3 }, age: { $gte: 18 } } },
    { action: NONGEN, subject: "Item", conditions: { category: { $in: NONGEN_CATEGORIES }, day: { $gte: DAY_V1 } } },
    { action: SAFETY, subject: "Item", conditions: { category: { $ne: "payment-data" }, day: { $gte: DAY_V1 } } },
    { action: THIRD, subject: "Item", inverted: true },
  ];
  if (q.optOutDay !== null) rules.push({ action: GEN, subject: "Item", inverted: true, conditions: { day: { $gte: q.optOutDay } } });
  if (q.objectionDay !== null) rules.push({ action: NONGEN, subject: "Item", inverted: true, conditions: { day: { $gte: q.objectionDay } } });
  return createMongoAbility<Ability>(rules);
}

/** The data item CASL checks. */
export function caslSubject(q: SimpleQuestion): object {
  return subject("Item", { category: q.category, day: q.day, region: q.region, age: q.age });
}
