/**
 * The core purposes every policy can speak about.
 *
 * @remarks
 * Ids are stable: new purposes may be added, existing ids are never renamed. A policy may declare its own
 * purposes (for example `ads-personalisation`), optionally under one of these.
 *
 * @category Model
 */
export const CORE_PURPOSES = {
  "generative-ai-training": {
    label: "Generative-AI training",
    description: "Training, fine-tuning or evaluating models that create content (text, images, audio, video, code).",
  },
  "non-generative-ai-training": {
    label: "Other machine-learning training",
    description: "Training models that do not create content: personalisation, ranking, recommendations, moderation, trust and safety, security and fraud.",
  },
  "ai-inference": {
    label: "AI-feature inference",
    description: "Processing the user's data as input or context when an AI feature produces output (prompts, profile data pulled in as context).",
  },
} as const satisfies Record<string, { label: string; description: string }>;

/**
 * Id of a core purpose.
 *
 * @category Model
 */
export type CorePurpose = keyof typeof CORE_PURPOSES;

/**
 * The core purpose ids, in display order.
 *
 * @category Model
 */
export const CORE_PURPOSE_IDS = Object.keys(CORE_PURPOSES) as CorePurpose[];
