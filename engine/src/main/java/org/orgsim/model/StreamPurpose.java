package org.orgsim.model;

/**
 * What a random stream is used for. Every purpose has its own stream per entity, so that a change
 * in how often one mechanism draws (more sick spells in one variant, say) never shifts the draws of
 * another mechanism: that is what keeps common random numbers aligned between variants.
 */
enum StreamPurpose {
    /** Number of work items arriving at a team each week. */
    ARRIVALS,
    /** Effort of each arriving item. */
    EFFORT,
    /** Whether an item needs a decision, whether that decision escalates, when in the week it arrives. */
    EXCEPTIONS,
    /** Whether a finished item needs rework. */
    REWORK,
    /** Attributes of the people a team or management layer hires. */
    HIRING,
    /** Attributes a person of the initial organization starts with. */
    TRAITS,
    /** Week-to-week fluctuation of a person's stress. */
    WELLBEING,
    /** Sick spells and burnout leave of a person. */
    SICKNESS,
    /** Whether a person quits. */
    ATTRITION,
    // Careers (added last: the streams above keep their seeds).
    /** Competence and age of a person in a career scenario (drawn when they join, or first reviewed). */
    CAREER_PEOPLE,
    /** Whether a person of a careers-only organization quits at a review. */
    CAREER_QUITS,
    /** Competence in the new role after a promotion. */
    CAREER_PROMOTION,
    /** The lottery numbers of the vacancies and candidates of a review. */
    CAREER_LOTTERY,
    /** Whether a person of the initial staff belongs to the survivor stock, and who takes their seat if not. */
    INITIAL_SELECTION
}
