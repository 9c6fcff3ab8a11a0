import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PassedOver } from "../../features/import";
import { ShortList } from "./ProblemBar";

/** The files of a chosen folder that were not read, each with why. */
export function PassedOverNote({ passedOver }: { passedOver: readonly PassedOver[] }) {
  if (passedOver.length === 0) return null;
  const count = `${passedOver.length} file${passedOver.length === 1 ? "" : "s"}`;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{`Not read from the folder: ${count}`}</MessageBarTitle>
        <ShortList lines={passedOver.map((item) => `${item.path}: ${item.reason}`)} />
        The other files were read; nothing from these is imported.
      </MessageBarBody>
    </MessageBar>
  );
}
