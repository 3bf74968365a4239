/**
 * The core data categories every policy can speak about.
 *
 * @remarks
 * Ids are stable. A policy may declare finer categories under one of these (for example
 * `learning-videos` under `posts`); a question about the finer category is then also answered by
 * statements about its parent.
 *
 * @category Model
 */
export const CORE_CATEGORIES = {
  profile: {
    label: "Profile",
    description: "Name, photo, headline, positions, education, skills, location and other profile fields.",
  },
  posts: {
    label: "Posts and other published content",
    description: "Posts, articles, comments, poll answers and videos the user publishes.",
  },
  "private-messages": {
    label: "Private messages",
    description: "Direct messages between users (inbox, InMail, DMs).",
  },
  "group-content": {
    label: "Group content",
    description: "Activity in groups and messages posted to groups.",
  },
  "ai-interactions": {
    label: "AI interactions",
    description: "Prompts and other inputs to AI features, and the outputs they produce.",
  },
  "usage-data": {
    label: "Usage data",
    description: "How and how often the user uses the service: activity logs, clicks, telemetry.",
  },
  feedback: {
    label: "Feedback",
    description: "Ratings (thumbs up or down), reports and support requests.",
  },
  preferences: {
    label: "Preferences",
    description: "Settings such as the user's language.",
  },
  "job-data": {
    label: "Job data",
    description: "Saved résumés and screening-question answers kept for reuse.",
  },
  "job-applications": {
    label: "Job applications",
    description: "Applications to specific jobs and the data attributable to them.",
  },
  "salary-data": {
    label: "Salary data",
    description: "Salary information the user provides.",
  },
  "payment-data": {
    label: "Payment data",
    description: "Payment methods and card data.",
  },
  credentials: {
    label: "Credentials",
    description: "Log-in credentials: passwords, authentication secrets.",
  },
} as const satisfies Record<string, { label: string; description: string }>;

/**
 * Id of a core data category.
 *
 * @category Model
 */
export type CoreCategory = keyof typeof CORE_CATEGORIES;

/**
 * The core category ids, in display order.
 *
 * @category Model
 */
export const CORE_CATEGORY_IDS = Object.keys(CORE_CATEGORIES) as CoreCategory[];
