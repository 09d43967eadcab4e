/** Every table with a retention rule. Features with personal data add their target here. */
import { conversationPurge, type PurgeTarget } from './retention.js';

export const purgeTargets: PurgeTarget[] = [conversationPurge];
