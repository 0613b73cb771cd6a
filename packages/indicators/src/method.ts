/**
 * Version of the scoring method. Every computed result carries it, so a stored score can be
 * reproduced or recomputed when the method changes (see SCORING.md, "Versioning").
 */
export const SCORING_METHOD_VERSION = 'lotrinh-scoring/2.0.0';
