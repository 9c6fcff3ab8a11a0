import { cardColumn } from "./card-tables";
import { labelled, longText, onLatest, openDated } from "./record-sections";
import { cardSection } from "./section";
import { DATE_FORMAT } from "./style";

/** Health check: last, next due, findings; left out when the academy has no visit recorded. */
export const healthCheckSection = cardSection({
  name: "Health check",
  write(canvas, input, { urnCell, tallRows }) {
    const urn = input.academy.urn;
    if (!input.data.healthChecks.some((row) => row.urn === urn)) return false;
    const { sources } = input;
    const opened = openDated(canvas, sources, "healthChecks", urnCell, {
      title: "Health Check",
      last: "Last Health Check:",
    });
    if (!opened) return false;
    const { source, dateCell } = opened;
    const due = cardColumn(sources, "healthChecks", "nextDue");
    if (due) {
      labelled(
        canvas,
        "Next Health Check Due:",
        onLatest(source, due, urnCell, dateCell),
        DATE_FORMAT
      );
    }
    const findings = cardColumn(sources, "healthChecks", "findings");
    if (findings)
      longText(canvas, "Findings", onLatest(source, findings, urnCell, dateCell), tallRows);
    canvas.row++;
    return true;
  },
});
