/**
 * The user's control over entities: thesaurus files (merge, rename, drop) read, applied to a build or to a graph
 * already built, and written; and the likely duplicates to put in one (analysis/candidates.ts). One public surface.
 */
export { parseThesaurus, decodeThesaurus, isJsonThesaurus, isAuthorRule, ruleWhere, type Thesaurus, type ThesaurusRule, type ParsedThesaurus } from './parse.ts';
export { applyThesaurus, type AppliedThesaurus, type ThesaurusReport } from './apply.ts';
export { applyThesaurusToGraph, type AppliedGraphThesaurus } from './graph.ts';
export { thesaurusSummary } from './plan.ts';
export { thesaurusTSV, thesaurusName, type ThesaurusLine } from './write.ts';
export { nameForm, entityKeyParts, kindFromText, ruleKindFromText, type ThesaurusKind } from './names.ts';
export {
  duplicateCandidates,
  candidatesThesaurus,
  candidateRules,
  CANDIDATE_REASONS,
  CANDIDATE_KINDS,
  type CandidateReason,
  type CandidateEntity,
  type DuplicateCandidate,
  type CandidateOptions,
} from '../analysis/candidates.ts';
