// Stylesheet of the help centre: readable line length, large targets, visible focus, good contrast.
export const HELP_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5560; --accent: #0b57d0; --line: #d5dbe1; --bg: #fbfcfd; }
* { box-sizing: border-box; }
html { font-size: 112.5%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.6; color: var(--ink); background: var(--bg); }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, input:focus-visible, main:focus-visible { outline: 3px solid #f4b400; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 0.5rem 1rem; }
.skip:focus { left: 0.5rem; z-index: 10; }
header.site, footer.site { background: #fff; border-bottom: 1px solid var(--line); padding: 0.75rem max(1rem, calc((100% - 46rem) / 2)); display: flex; justify-content: space-between; align-items: center; gap: 1rem; flex-wrap: wrap; }
footer.site { border-top: 1px solid var(--line); border-bottom: 0; margin-top: 3rem; color: var(--muted); }
.brand { font-weight: 700; text-decoration: none; color: var(--ink); }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 1rem 0; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
form.search { margin: 1.5rem 0; }
form.search label { font-weight: 600; display: block; }
.hint { color: var(--muted); margin: 0.2rem 0 0.5rem; font-size: 0.9rem; }
.row { display: flex; gap: 0.5rem; }
input[type=search] { flex: 1; font: inherit; padding: 0.55rem 0.7rem; border: 2px solid #6b7682; border-radius: 6px; min-width: 0; }
button { font: inherit; font-weight: 600; padding: 0.55rem 1.2rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
ol.results, ul.articles { padding-left: 1.2rem; }
ol.results li, ul.articles li { margin: 0.6rem 0; }
ol.results p { margin: 0.2rem 0 0; color: var(--muted); }
.crumb { margin: 0.5rem 0; }
.meta { color: var(--muted); font-size: 0.9rem; }
.body table { border-collapse: collapse; width: 100%; }
.body th, .body td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; }
.body code { background: #eef1f4; padding: 0 0.25rem; border-radius: 3px; }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;
