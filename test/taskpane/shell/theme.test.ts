import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminance } from "../../../src/core/layout/colour";
import { fluentTheme, pickThemeName } from "../../../src/taskpane/shell/theme";

const plain = { forcedColors: false, prefersDark: false };

describe("the pane follows Office's theme", () => {
  it.each([
    ["#ffffff", "light"], // White and Colorful
    ["#e6e6e6", "light"],
    ["#444444", "dark"], // Dark Gray
    ["#262626", "dark"], // Black
    ["#000", "dark"],
  ])("body background %s gives the %s theme", (officeBackground, expected) => {
    expect(pickThemeName({ ...plain, officeBackground })).toBe(expected);
  });

  it("selects Fluent's high-contrast theme in a Windows contrast theme, whatever Office says", () => {
    expect(
      pickThemeName({ officeBackground: "#ffffff", forcedColors: true, prefersDark: false })
    ).toBe("highContrast");
    expect(fluentTheme("highContrast")).toBe(teamsHighContrastTheme);
  });

  it("falls back to the system's colour scheme when Office gives no usable theme", () => {
    expect(pickThemeName({ ...plain, prefersDark: true })).toBe("dark");
    expect(pickThemeName({ ...plain, officeBackground: "not a colour" })).toBe("light");
  });

  it("maps names to Fluent's web themes", () => {
    expect(fluentTheme("light")).toBe(webLightTheme);
    expect(fluentTheme("dark")).toBe(webDarkTheme);
  });

  it("computes relative luminance from hex colours", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#fff")).toBeCloseTo(1);
    expect(luminance("#808080")).toBeCloseTo(0.216, 3);
    expect(luminance("red")).toBeUndefined();
  });
});
