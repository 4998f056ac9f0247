/** The `## ` sections of a Markdown document, each with its heading line, in order. */
function sectionsOf(markdown: string): { heading: string; text: string }[] {
  const starts = [...markdown.matchAll(/^## .*$/gm)];
  return starts.map((start, index) => ({
    heading: start[0].trim(),
    text: markdown.slice(start.index, starts[index + 1]?.index ?? markdown.length).trimEnd(),
  }));
}

/**
 * A heading without its trailing parenthesis: a generated section names its run there (a date),
 * and the next run's section replaces it all the same.
 */
function sectionName(heading: string): string {
  return heading.replace(/\s*\([^()]*\)$/, '');
}

/**
 * Sections once written by hand that the generator now replaces under another heading: never kept.
 * "Restart at 100,000 suggestions" is the P3 section's restart table.
 */
const RETIRED_SECTIONS: ReadonlySet<string> = new Set(['## Restart at 100,000 suggestions']);

/**
 * The generated report with the sections of the previous one that the generator does not write
 * (kept by hand, or by another tool such as the Lighthouse run) appended, so that regenerating the
 * report after one bench section does not drop them.
 */
export function keepHandWrittenSections(generated: string, previous: string | undefined): string {
  if (previous === undefined) return generated;
  const written = new Set(sectionsOf(generated).map((section) => sectionName(section.heading)));
  const kept = sectionsOf(previous).filter((section) => {
    const name = sectionName(section.heading);
    return !written.has(name) && !RETIRED_SECTIONS.has(name);
  });
  if (kept.length === 0) return generated;
  return `${generated.trimEnd()}\n\n${kept.map((section) => section.text).join('\n\n')}\n`;
}
