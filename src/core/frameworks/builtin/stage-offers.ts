/**
 * Seed 003 (TLET), Appendix: School Improvement Framework, as data: the Universal offer and the
 * Bespoke/Urgent offer are the same at every stage; the Enhanced offer is the stage's own. The
 * items are the seed's wording, shortened where a cell ran on; the ADP / RIP headers list them.
 */
export interface StageOffers {
  readonly universal: readonly string[];
  readonly enhanced: Readonly<Record<string, readonly string[]>>;
  readonly bespoke: readonly string[];
  readonly monitoring: Readonly<Record<"universal" | "enhanced" | "bespoke", string>>;
}

export const STAGE_OFFERS: StageOffers = {
  universal: [
    "Business Services: core centralised functions and services (Finance, Operations, HR and IT)",
    "Target-setting with each academy every academic year",
    "Quality assurance and classification, reported in the Academy Evaluation Statement (AES)",
    "Continuing professional development through the People Pledge",
    "Leadership support for Principals: link meetings with Executive Leaders, coaching, wellbeing support",
  ],
  enhanced: {
    sustain: [
      "Leveraging the leadership and any other areas of expertise to support the wider improvement model to the benefit of all academies in the Trust",
      "Additional professional growth for the Principal: professional coaching, executive leadership opportunities and national training opportunities",
      "Greater involvement in wider school improvement across the Trust for identified staff with required skill sets and expertise",
    ],
    improve: [
      "Continued sustainable development with enhanced oversight, beginning to identify and use potential contributions of expertise",
      "Increased frequency of link meetings with the Principal",
    ],
    repair: [
      "Partnership in completion of an ADP and Self-Evaluation Framework (SEF)",
      "Weekly link meetings with the Principal and with the Chair of the LGB to review the ADP/SEF",
      "Modelling of best practice and aligned approaches",
    ],
    stabilise: [
      "Partnership in completion of a Rapid Improvement Plan (RIP) and rigorous Self-Evaluation Framework (SEF)",
      "Support for implementation of best practice policies and aligned approaches",
      "Weekly link meetings with the Principal and with the Chair of the LGB to review the ADP",
      "Mentoring for the school leaders with enhanced programmes of individualised support",
      "Provision of organisational structures to generate improvement",
      "Support and guidance around the Ofsted schedule and framework",
      "Increased governance oversight: weekly CEO reports to the Chair, Link Trustee at LGB meetings, focused visits reported to the Trust Board",
    ],
  },
  bespoke: [
    "Bespoke solutions to a defined, temporary need",
    "Risk based approach: individual and time sensitive",
    "Intervention from the Trust's Executive Team or other commissioned specialists",
  ],
  monitoring: {
    universal:
      "Targets agreed and reviewed annually at Trust Board; classification moderated by the Director of Education and reported to the Trust Board",
    enhanced:
      "Individual LGBs, Chairs and Link Trustees monitor the impact of actions via the ADP, SEF and AES",
    bespoke: "Executive Trust Leaders monitor the impact of commissioned specialists and projects",
  },
};
