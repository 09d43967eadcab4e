/** Every table with a retention rule. Features with personal data add their target here. */
import { appointmentPurge } from './appointment-repository.js';
import { resumeCodePurge } from './resume-code-repository.js';
import { conversationPurge, type PurgeTarget } from './retention.js';
import { submissionPurge } from './submission-repository.js';

export const purgeTargets: PurgeTarget[] = [conversationPurge, submissionPurge, resumeCodePurge, appointmentPurge()];
