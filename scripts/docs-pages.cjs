/**
 * Turns the project's Markdown pages (docs/*.md) into plain HTML pages for the build, so the
 * manifest's LearnMoreUrl and SupportUrl and the functions' help links open a page a person can
 * read rather than raw Markdown. It covers the Markdown these pages use: headings (with GitHub's
 * anchors, which the functions' help URLs name), paragraphs, bullet and numbered lists with
 * continuation lines, tables, fenced code, images, links (to another page's .md made .html),
 * inline code, bold and italics. No scripts: a help page runs nothing.
 */

const escapeHtml = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading) {
  return heading
    .replace(/[`*]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** A link target in the built site: another page's .md becomes its .html. */
function pageHref(href) {
  if (/^[a-z]+:/i.test(href)) return href;
  return href.replace(/^([^#]*?)\.md(#|$)/, "$1.html$2");
}

function inline(text) {
  const codes = [];
  let html = text.replace(/`([^`]+)`/g, (_, code) => {
    codes.push(`<code>${escapeHtml(code)}</code>`);
    return `\uE000${codes.length - 1}\uE001`;
  });
  html = escapeHtml(html)
    .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_, alt, src) => `<img src="${src}" alt="${alt}">`)
    .replace(
      /\[([^\]]+)\]\(([^)\s]+)\)/g,
      (_, label, href) => `<a href="${pageHref(href)}">${label}</a>`
    )
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?![\w*])/g, "$1<em>$2</em>");
  return html.replace(/\uE000(\d+)\uE001/g, (_, i) => codes[Number(i)]);
}

const cells = (row) =>
  row
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, "|"));

const isTableRow = (line) => /^\s*\|.*\|\s*$/.test(line);
const listItem = (line) => /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line);

/** One list (bullets or numbers) starting at `start`, with nested lists by indentation. */
function renderList(lines, start, indent) {
  const tagOf = (item) => (/\d/.test(item[2]) ? "ol" : "ul");
  const tag = tagOf(listItem(lines[start]));
  const items = [];
  let i = start;
  while (i < lines.length) {
    const item = listItem(lines[i]);
    if (!item || item[1].length !== indent || tagOf(item) !== tag) break;
    let text = item[3];
    const children = [];
    i++;
    while (i < lines.length && lines[i].trim() !== "") {
      const nested = listItem(lines[i]);
      if (nested && nested[1].length > indent) {
        const list = renderList(lines, i, nested[1].length);
        children.push(list.html);
        i = list.next;
      } else if (!nested && /^\s+/.test(lines[i])) {
        text += ` ${lines[i].trim()}`;
        i++;
      } else break;
    }
    items.push(`<li>${inline(text)}${children.join("")}</li>`);
    if (i < lines.length && lines[i].trim() === "") {
      const after = lines.slice(i).findIndex((line) => line.trim() !== "");
      const next = after < 0 ? undefined : listItem(lines[i + after]);
      if (next && next[1].length === indent && tagOf(next) === tag) i += after;
      else break;
    }
  }
  return { html: `<${tag}>${items.join("")}</${tag}>`, next: i };
}

/** The HTML body for a Markdown page, and its first heading as the title. */
function markdownToHtml(markdown) {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const out = [];
  let title;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      i++;
    } else if (line.startsWith("```")) {
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      i++;
      out.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
    } else if (/^#{1,6}\s/.test(line)) {
      const [, hashes, text] = /^(#+)\s+(.*?)\s*#*$/.exec(line);
      title ??= text.replace(/[`*]/g, "");
      const level = hashes.length;
      out.push(`<h${level} id="${anchorOf(text)}">${inline(text)}</h${level}>`);
      i++;
    } else if (
      isTableRow(line) &&
      i + 1 < lines.length &&
      /^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1])
    ) {
      const head = cells(line).map((cell) => `<th>${inline(cell)}</th>`);
      const body = [];
      for (i += 2; i < lines.length && isTableRow(lines[i]); i++) {
        body.push(
          `<tr>${cells(lines[i])
            .map((cell) => `<td>${inline(cell)}</td>`)
            .join("")}</tr>`
        );
      }
      out.push(
        `<table><thead><tr>${head.join("")}</tr></thead><tbody>${body.join("")}</tbody></table>`
      );
    } else if (listItem(line)) {
      const list = renderList(lines, i, listItem(line)[1].length);
      out.push(list.html);
      i = list.next;
    } else if (line.startsWith(">")) {
      const quote = [];
      for (; i < lines.length && lines[i].startsWith(">"); i++)
        quote.push(lines[i].replace(/^>\s?/, ""));
      out.push(`<blockquote><p>${inline(quote.join(" "))}</p></blockquote>`);
    } else {
      const paragraph = [];
      for (; i < lines.length && lines[i].trim() !== ""; i++) {
        if (
          paragraph.length &&
          (/^#{1,6}\s|^```/.test(lines[i]) || listItem(lines[i]) || isTableRow(lines[i]))
        )
          break;
        paragraph.push(lines[i].trim());
      }
      out.push(`<p>${inline(paragraph.join(" "))}</p>`);
    }
  }
  return { title: title ?? "TrustTier", body: out.join("\n") };
}

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;color:#1b1b1b;background:#fff}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #8a8886;padding:.3rem .5rem;text-align:left;vertical-align:top}
code{font-family:Consolas,monospace;background:#f3f2f1;padding:0 .2rem}pre{background:#f3f2f1;padding:.75rem;overflow-x:auto}
img{max-width:100%}a{color:#005a9e}nav{margin-bottom:1rem}`;

/** A complete, script-free HTML page for one Markdown file. */
function markdownPage(markdown) {
  const { title, body } = markdownToHtml(markdown);
  return [
    "<!doctype html>",
    '<html lang="en-GB">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} · TrustTier</title><style>${STYLE}</style></head>`,
    `<body><nav><a href="support.html">TrustTier help and support</a></nav><main>`,
    body,
    "</main></body></html>",
    "",
  ].join("\n");
}

module.exports = { anchorOf, markdownPage, markdownToHtml, pageHref };
