import type { HalfTerm } from "../../core/dates/half-terms";
import type { IsoDate } from "../../core/dates/iso";
import type { Framework } from "../../core/frameworks/types";
import type { WorkbookPort } from "../../port";
import { stepper, type FeatureOptions } from "../progress";
import { classifySchoolsGrid, type ClassifiedSchools } from "./classify-grid";
import {
  readClassifyEvidence,
  type ClassifyEvidence,
  type EvidenceFingerprint,
  type EvidenceRequest,
} from "./read-evidence";
import type { SchoolsSource } from "./read-source";

export interface ClassifyRequest extends EvidenceRequest, FeatureOptions {
  frameworks: readonly Framework[];
  asOf: IsoDate;
  /** Only these schools are classified (every row is still checked); all where absent. */
  urns?: readonly number[];
}

export interface SchoolsClassified {
  asOf: IsoDate;
  source: SchoolsSource;
  /** One block per framework, in the order asked. */
  blocks: ClassifiedSchools[];
  /** True when an Inspections table supplied histories (floors, latest grades). */
  usedInspections: boolean;
  /** The trust's half terms the next reviews were set from (none: TrustTier's defaults). */
  termDates: HalfTerm[];
  tables: ClassifyEvidence["tables"];
  /** What the classification with a framework read, to tell later whether it changed. */
  evidence: (framework: Framework) => EvidenceFingerprint;
  warnings: string[];
}

/**
 * The one classification use case: resolves the schools source and mapping (as passed, else
 * Connect's saved ones), reads the schools, Inspections and TermDates in one round trip, and
 * classifies every school (or those in `urns`) with each framework. Returns results only:
 * the Summary, Schools and Mapping sheets are planned by `classifiedSheetLayouts`, for the
 * callers that write them. Unreadable cells throw InputProblemsError naming each cell.
 */
export async function classifySchools(
  port: WorkbookPort,
  request: ClassifyRequest
): Promise<SchoolsClassified> {
  const step = stepper(request, 1 + request.frameworks.length);
  step("Reading the schools table");
  const evidence = await readClassifyEvidence(port, request);
  const blocks: ClassifiedSchools[] = [];
  for (const framework of request.frameworks) {
    step(`Classifying with ${framework.name}`);
    const columnOf = evidence.columnOf(framework.id);
    blocks.push(
      classifySchoolsGrid({
        source: evidence.source,
        framework,
        asOf: request.asOf,
        termDates: evidence.termDates,
        ...(evidence.inspections ? { inspections: evidence.inspections } : {}),
        ...(columnOf ? { columnOf } : {}),
        ...(request.urns ? { urns: request.urns } : {}),
      })
    );
  }
  return {
    asOf: request.asOf,
    source: evidence.source,
    blocks,
    usedInspections: evidence.inspections !== undefined,
    termDates: evidence.termDates,
    tables: evidence.tables,
    evidence: evidence.fingerprint,
    warnings: blocks.flatMap((block) => block.warnings),
  };
}
