/** Every table with a retention rule. Features with personal data add their target here. */
import { appointmentPurge } from './appointment-repository.js';
import { resumeCodePurge } from './resume-code-repository.js';
import { orphanPurge } from './orphan-purge.js';
import { conversationPurge, type PurgeTarget } from './retention.js';
import { submissionPurge } from './submission-repository.js';
import { surveyCommentPurge } from './survey-repository.js';
import { staffPurge } from '../staff/store/staff-repository.js';

// orphanPurge runs after conversationPurge: it cleans up after the conversations deleted just before.
export const purgeTargets: PurgeTarget[] = [conversationPurge, submissionPurge, resumeCodePurge, appointmentPurge(), orphanPurge, staffPurge, surveyCommentPurge()];
