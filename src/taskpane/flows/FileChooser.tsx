import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, type ChangeEvent } from "react";
import { chosenPath } from "./read-chosen";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // The native input is the browser's file picker; the Fluent button opens it.
  input: { display: "none" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const kilobytes = (bytes: number) =>
  `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en-GB")} KB`;

/**
 * The browser's file picker behind a Fluent button (and, given `folderLabel`, its folder picker
 * behind another), with the chosen files listed by their path in the folder. Files are read in
 * the pane; nothing is sent anywhere.
 */
export function FileChooser({
  title,
  hint,
  buttonLabel,
  folderLabel,
  multiple,
  files,
  onChange,
  disabled,
}: {
  title: string;
  hint: string;
  /** The button's words: "Choose data files…". */
  buttonLabel: string;
  /** The folder button's words, when a folder may be chosen: "Choose a folder…". */
  folderLabel?: string;
  multiple: boolean;
  files: readonly File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const hintId = useId();
  // React has no property for it: the attribute turns the picker into Chromium's folder picker.
  useEffect(() => folderInput.current?.setAttribute("webkitdirectory", ""), [folderLabel]);
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    onChange(Array.from(event.currentTarget.files ?? []));
    // Choosing the same file again after editing it still fires a change.
    event.currentTarget.value = "";
  };
  return (
    <section className={styles.group} aria-label={title}>
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      <Caption1 id={hintId}>{hint}</Caption1>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".csv,text/csv,.ods,application/vnd.oasis.opendocument.spreadsheet"
        multiple={multiple}
        aria-label={buttonLabel}
        tabIndex={-1}
        onChange={chosen}
      />
      {folderLabel && (
        <input
          ref={folderInput}
          className={styles.input}
          type="file"
          aria-label={folderLabel}
          tabIndex={-1}
          onChange={chosen}
        />
      )}
      <div className={styles.buttons}>
        <Button
          onClick={() => input.current?.click()}
          disabled={disabled}
          aria-describedby={hintId}
        >
          {buttonLabel}
        </Button>
        {folderLabel && (
          <Button
            onClick={() => folderInput.current?.click()}
            disabled={disabled}
            aria-describedby={hintId}
          >
            {folderLabel}
          </Button>
        )}
      </div>
      {files.length > 0 && (
        <ul className={styles.list}>
          {files.map((file, index) => (
            <li key={`${index}-${chosenPath(file)}`}>
              <Body1>{`${chosenPath(file)} (${kilobytes(file.size)})`}</Body1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
