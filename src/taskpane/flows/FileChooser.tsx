import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // The native input is the browser's file picker; the Fluent button opens it.
  input: { display: "none" },
});

const kilobytes = (bytes: number) =>
  `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en-GB")} KB`;

/**
 * The browser's file picker behind a Fluent button, with the chosen files listed. Files are
 * read in the pane; nothing is sent anywhere.
 */
export function FileChooser({
  title,
  hint,
  buttonLabel,
  multiple,
  files,
  onChange,
  disabled,
}: {
  title: string;
  hint: string;
  /** The button's words: "Choose data files…". */
  buttonLabel: string;
  multiple: boolean;
  files: readonly File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
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
        accept=".csv,text/csv"
        multiple={multiple}
        aria-label={buttonLabel}
        tabIndex={-1}
        onChange={(event) => {
          onChange(Array.from(event.currentTarget.files ?? []));
          // Choosing the same file again after editing it still fires a change.
          event.currentTarget.value = "";
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={disabled} aria-describedby={hintId}>
        {buttonLabel}
      </Button>
      {files.length > 0 && (
        <ul className={styles.list}>
          {files.map((file, index) => (
            <li key={`${index}-${file.name}`}>
              <Body1>{`${file.name} (${kilobytes(file.size)})`}</Body1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
