import { builtinFrameworkIds, DEFAULT_FRAMEWORK_ID } from "../core/frameworks/builtin";

const FRAMEWORKS_LISTED = builtinFrameworkIds
  .map((id) => (id === DEFAULT_FRAMEWORK_ID ? `${id} (default)` : id))
  .join(", ");

export const HELP = `TrustTier command-line tool: the same core as the Excel add-in, on workbook files.

Usage:
  trusttier demo [--output demo/TrustTier-demo.xlsx] [--data data/demo-trust]
      Builds the demo workbook from the bundled fictional trust (CSV files).

  trusttier classify --input trust.xlsx [--sheet S | --table T]
                     [--framework ${DEFAULT_FRAMEWORK_ID}[,category,...]] [--as-of YYYY-MM-DD]
                     [--output trust-TrustTier.xlsx]
      Reads the trust's schools table (whatever its headers), maps its columns to the
      framework's criteria, classifies every school and writes a NEW workbook: Summary,
      Schools (your columns plus each framework's proposed level, security, next review,
      reason and the equivalent TRUST.TIER formula as text) and Mapping. The input is never
      re-saved. Without --sheet or --table it uses the only table, else a table or sheet
      called Schools, else the only sheet. An Inspections table or sheet, if present, adds
      each school's inspection history.

  trusttier cards --input trust.xlsx [--framework ${DEFAULT_FRAMEWORK_ID}] [--urn 900101,900102]
                  [--as-of YYYY-MM-DD] [--edited keep|replace] [--output trust-cards.xlsx]
      Writes a copy of a workbook holding the canonical tables (Schools, Measures, Targets,
      National, Inspections, HealthChecks, CurriculumTiers; the demo workbook has them) with
      an academy card per academy (or per --urn) and the Cards index. Where Schools has no
      level column for the framework, the tool classifies the table and adds its proposed
      level, security, next review and reason columns first. A card a person edited since
      it was generated is kept unless --edited replace. Charts, pivot tables and slicers of
      the input are not carried into the copy (the xlsx library does not model them).

  trusttier import [--input trust.xlsx] [--schools FILE] --data FILE [--data FILE ...]
                   [--year YYYY/YY] --output OUT.xlsx
      Reads published data files (DfE performance tables KS2, KS4, absence and census with
      their *_meta.csv; Ofsted management information; GIAS links and group links) and
      writes the Schools, Inspections, Measures and National tables for the trust's schools
      only: into a copy of --input (updated by key; rows a person typed are kept), or a new
      workbook. --schools is any list with a URN column (a GIAS group-links extract works);
      leave it out when --input has a Schools table. --year applies to files that do not
      state their year. Prints a report per file: rows matched, schools missing, columns
      recognised and ignored, codes counted, unreadable cells. See docs/import.md.

  trusttier targets --input trust.xlsx [--year YYYY/YY] [--output trust-targets.xlsx]
      Proposes next year's Targets rows (or --year's) for every academy and measure with
      data, by the workbook's TargetMethod table (the TrustTier proposal when there is none:
      see docs/targets.md), prints them, then writes a copy with the Targets table: each
      proposal records its method, years and figures used, national figure and year, cohort
      and data status (provisional/revised), beside Reviewed by LGB and Agreed by Trust Board
      columns with dates. Rows a person typed, reviewed or agreed are kept as they are; an
      unreviewed proposal of the year is replaced, so revised data updates it.

  trusttier baseline --urn URN --data FILE [--data FILE ...] [--year YYYY/YY]
                     [--framework tiers] [--input trust.xlsx] [--as-of YYYY-MM-DD]
                     --output OUT.xlsx
      Due diligence for a school that may join: reads the public files that cover it (the
      same files as import: DfE performance tables, Ofsted management information, GIAS links
      and group links) and writes a one-page Baseline sheet: its figures beside the same-year,
      same-phase state-funded national figure and any target the trust holds, with cohorts
      and suppression codes; inspection history in every regime (a predecessor school's
      included); DfE status (category of concern, stuck, RISE scope, change of responsible
      body); the evidence derived from the data; a due-diligence proposal of its level on the
      framework, or what the trust must gather; and Capacity, for the trust's judgement.
      Its rows go into Inspections, Measures and National (not Schools). With --input the
      baseline goes into a copy of the trust's workbook. See docs/baseline.md.

  trusttier join --input trust.xlsx --urn OLD --new-urn NEW --joined YYYY-MM-DD
                 [--plan strategic|isap|core|adp|rip|statement] [--as-of YYYY-MM-DD]
                 [--output trust-joined.xlsx]
      A baselined school joins the trust: its baseline rows move to its new URN (its
      inspections kept as the predecessor's, linked), Schools records it with the joined
      date and predecessor URN, and its first plan is written prefilled from the baseline
      (with the evidence the trust typed on the Baseline sheet): 001 the development plan, or
      the statement of action at Tier 4; 002 the Core Plan, or the ISAP for a school in a
      category of concern; 003 the ADP, or a Rapid Improvement Plan at Stabilise (a seed 004
      trust passes --plan isap). Rows a person typed are never changed.

  classify and cards also take a .csv or .ods school list as --input; import takes
  .csv or .ods data files (an .ods is read from its sheet with the publisher's headers).

  trusttier --help

Frameworks: ${FRAMEWORKS_LISTED}.
As of: today's date unless --as-of is given.

Exit codes: 0 done; 1 unexpected failure; 2 bad command line, an input file that cannot
be read (empty, not an .xlsx, damaged, password-protected, a legacy .xls or an .xlsb: the
message says how to convert), or input that cannot be mapped or parsed (the message names
the sheet, column and row).

npm scripts: npm run demo; npm run trusttier -- classify --input trust.xlsx;
             npm run trusttier -- cards --input demo/TrustTier-demo.xlsx
`;
