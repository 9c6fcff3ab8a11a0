import { Field, Input } from "@fluentui/react-components";
import { parseAcademicYear } from "../../core/dates/academic-year";

/** What typed text reads as: undefined when blank, else the academic year or why it is not one. */
export const typedAcademicYear = (text: string) =>
  text.trim() === "" ? undefined : parseAcademicYear(text.trim());

/** An academic year typed by a person, refused with an example until it reads as one. */
export function AcademicYearField({
  label,
  hint,
  example,
  text,
  onChange,
  disabled,
}: {
  label: string;
  hint: string;
  /** The way to type it, shown as the placeholder and in the refusal: "2018/19". */
  example: string;
  text: string;
  onChange: (text: string) => void;
  disabled?: boolean;
}) {
  const year = typedAcademicYear(text);
  const wrong = year !== undefined && !year.ok;
  return (
    <Field
      label={label}
      hint={hint}
      validationState={wrong ? "error" : "none"}
      validationMessage={
        wrong ? `${text.trim()} is not an academic year; type it as ${example}` : undefined
      }
    >
      <Input
        value={text}
        placeholder={example}
        {...(disabled === undefined ? {} : { disabled })}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
