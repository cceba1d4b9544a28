package org.orgsim.report;

/**
 * The report's style sheet, inlined into the page. Written for three uses: a laptop screen, a
 * projector (large type, strong contrast, nothing that depends on colour alone) and print or "Save
 * as PDF" (landscape pages, no chart or table row split across pages, colours kept).
 *
 * <p>Colours: text #1a1a1a on white (contrast 17:1); verdict words in dark blue #004f7a (better) and
 * dark vermillion #9a3a00 (worse) on light tints (both above 6:1); the Okabe–Ito blue and
 * vermillion as cell borders. The CSS contains no {@code <} or {@code &}, so the page stays
 * well-formed XML.
 */
final class ReportStyle {
    static final String CSS = """
            :root {
              --ink: #1a1a1a; --muted: #4d4d4d; --rule: #bdbdbd; --paper: #ffffff; --panel: #f4f4f4;
              --better: #0072b2; --better-ink: #004f7a; --better-bg: #e2eff8;
              --worse: #d55e00; --worse-ink: #9a3a00; --worse-bg: #fbe8dc;
              --unclear: #767676; --unclear-ink: #3d3d3d; --unclear-bg: #efefef;
            }
            html { font-size: 18px; -webkit-text-size-adjust: 100%; }
            body { margin: 0; color: var(--ink); background: var(--paper); line-height: 1.45;
              font-family: "Liberation Sans", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
            .page-header, main, .page-footer { max-width: 1860px; margin: 0 auto; padding: 0 1.5rem; }
            .page-header { padding-top: 1.2rem; }
            .kicker { margin: 0; color: var(--muted); font-size: 1rem; letter-spacing: .02em; }
            h1 { font-size: 2.2rem; margin: .2rem 0 .6rem; line-height: 1.15; }
            h2 { font-size: 1.65rem; margin: 2.2rem 0 .8rem; padding-bottom: .25rem; border-bottom: 3px solid var(--ink); }
            h3 { font-size: 1.3rem; margin: 1.6rem 0 .5rem; }
            p, li, dd { max-width: 75rem; }
            a { color: #005a8f; }
            a:focus, summary:focus { outline: 3px solid #e69f00; outline-offset: 2px; }
            code { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: .9em; }
            code.hash { word-break: break-all; }
            .toc { display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; list-style: none; padding: .6rem 0;
              margin: 0; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); font-size: 1rem; }
            .summary-grid { display: grid; grid-template-columns: minmax(0, 2.2fr) minmax(14rem, 1fr); gap: 1rem 2rem; align-items: start; }
            ul.summary { list-style: none; padding: 0; margin: .4rem 0; }
            ul.summary li { font-size: 1.2rem; margin: 0 0 .8rem; max-width: none; }
            .summary-description { color: var(--muted); font-size: 1rem; }
            .clause .figures { white-space: nowrap; font-weight: 600; }
            .clause.worse .figures { color: var(--worse-ink); }
            .clause.better .figures { color: var(--better-ink); }
            .summary-intro { font-size: .95rem; color: var(--muted); }
            .caveat { border: 3px solid var(--worse); background: #fff6ef; padding: .4rem 1rem; font-size: .95rem; }
            .caveat p { margin: .4rem 0; }
            @media (max-width: 900px) { .summary-grid { grid-template-columns: 1fr; } }
            .lead { font-size: 1.25rem; font-weight: 600; }
            .description { font-size: 1.05rem; }
            .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .6rem 1.5rem; margin: 1rem 0; }
            .facts div { background: var(--panel); padding: .5rem .8rem; border-left: 4px solid var(--ink); }
            .facts dt { font-size: .9rem; color: var(--muted); }
            .facts dd { margin: 0; font-size: 1.15rem; font-weight: 600; }
            .crn { font-size: .95rem; color: var(--muted); }
            table { border-collapse: collapse; margin: .8rem 0 1.2rem; }
            caption { text-align: left; font-weight: 700; padding: .3rem 0; caption-side: top; }
            th, td { border: 1px solid var(--rule); padding: .4rem .55rem; vertical-align: top; text-align: left; }
            thead th { background: var(--panel); }
            th[scope="colgroup"] { text-align: center; font-size: 1.1rem; border-bottom: 3px solid var(--ink); }
            .corner { border: none; background: transparent; }
            .tag { display: inline-block; font-size: .8rem; font-weight: 600; padding: 0 .35rem; border: 1px solid var(--ink); border-radius: 3px; }
            .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .4rem; border: 1px solid var(--ink); vertical-align: baseline; }
            .table-scroll { overflow-x: auto; }
            table.impact { font-size: .95rem; }
            #impact-table { width: 100%; max-width: 78rem; table-layout: fixed; }
            #impact-table col.metric-col { width: 18rem; }
            #impact-table col.baseline-col { width: 8rem; }
            #impact-table thead th { vertical-align: bottom; }
            #impact-table th[data-variant] { overflow-wrap: anywhere; }
            #impact-table tr.group th { background: var(--ink); color: var(--paper); text-align: left; font-size: 1.05rem; }
            #impact-table td.base { text-align: right; white-space: nowrap; color: var(--muted); }
            .impact th[scope="col"] { font-size: .9rem; }
            th .unit { display: block; font-weight: 400; font-size: .78rem; color: var(--muted); }
            .impact th[scope="row"] { font-size: .95rem; }
            .variant-description { display: block; font-weight: 400; font-size: .8rem; color: var(--muted); }
            .segments th[scope="row"] { min-width: 9rem; }
            td.cell { min-width: 5.2rem; }
            .cell .pp { font-size: .8em; font-weight: 600; }
            #impact-table td.cell { padding: .3rem .5rem; }
            #impact-table .cell .diff, #impact-table .cell .ci, #impact-table .cell .verdict { display: inline; }
            #impact-table .cell .diff { font-size: 1.05rem; }
            #impact-table .cell .ci { margin: 0 .3rem; }
            #impact-table th[scope="row"] .unit { display: inline; margin-left: .3rem; }
            .cell .diff { display: block; font-size: 1.1rem; font-weight: 700; white-space: nowrap; }
            .cell .ci { display: block; font-size: .8rem; }
            .cell .verdict { display: block; font-size: .9rem; font-weight: 700; white-space: nowrap; }
            td.better { background: var(--better-bg); box-shadow: inset 5px 0 0 var(--better); }
            td.better .verdict { color: var(--better-ink); }
            td.worse { background: var(--worse-bg); box-shadow: inset 5px 0 0 var(--worse); }
            td.worse .verdict { color: var(--worse-ink); }
            td.inconclusive, td.unknown, td.same, td.byDesign { background: var(--unclear-bg); box-shadow: inset 5px 0 0 var(--unclear); }
            td.inconclusive .verdict, td.unknown .verdict, td.same .verdict, td.byDesign .verdict { color: var(--unclear-ink); font-weight: 400; }
            .how-to-read { font-size: .95rem; }
            .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 34rem), 1fr)); gap: 1.2rem 1.6rem; }
            figure.chart { margin: 0; padding: .5rem; border: 1px solid var(--rule); background: var(--paper); }
            figure.tradeoff { max-width: 62rem; }
            svg.chart-svg { display: block; width: 100%; height: auto; }
            figcaption { font-size: .9rem; color: var(--ink); padding: .4rem .2rem 0; }
            .files { color: var(--muted); font-size: .8rem; }
            .marker-weeks { font-size: .95rem; }
            td.number { text-align: right; white-space: nowrap; }
            td.weeks { max-width: 22rem; }
            .warning { border: 3px solid var(--worse); background: #fff6ef; padding: .6rem 1rem; margin: 1rem 0; }
            .warning-title { font-weight: 700; font-size: 1.2rem; margin: .2rem 0; }
            .warning p { margin: .4rem 0; }
            .assumptions li { margin: .3rem 0; }
            details.scenario-text summary { cursor: pointer; font-weight: 600; }
            pre { background: var(--panel); padding: .8rem; overflow-x: auto; font-size: .85rem; }
            .page-footer { color: var(--muted); font-size: .9rem; border-top: 1px solid var(--rule); margin-top: 2rem; padding-bottom: 2rem; }
            @page { size: A4 landscape; margin: 12mm; }
            @media print {
              html { font-size: 10pt; }
              body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              .page-header, main, .page-footer { max-width: none; padding: 0; }
              nav { display: none; }
              .table-scroll { overflow: visible; }
              h2 { break-after: avoid; page-break-after: avoid; margin-top: 1.2rem; }
              h3 { break-after: avoid; page-break-after: avoid; }
              section { break-inside: auto; }
              #trends, #tradeoff, #events, #limits, #manifest { break-before: page; page-break-before: always; }
              figure, tr, .warning, .facts div, caption { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              .charts { grid-template-columns: 1fr 1fr; gap: 6mm; }
              figure.tradeoff { max-width: 70%; }
              .impact { font-size: 8pt; width: 100%; }
              #impact-table { max-width: none; }
              #impact-table col.metric-col { width: 30mm; }
              #impact-table col.baseline-col { width: 18mm; }
              .impact th, .impact td { padding: 2pt 3pt; }
              td.cell { min-width: 0; }
              .segments th[scope="row"] { min-width: 0; }
              .impact .variant-description { font-size: 6.5pt; }
              .cell .diff { font-size: 8.5pt; }
              .cell .ci, .cell .verdict { font-size: 7pt; white-space: normal; }
              a { color: inherit; text-decoration: none; }
              ul.summary li { font-size: 11pt; }
              details.scenario-text { display: none; }
            }
            @media (max-width: 700px) { html { font-size: 16px; } }
            """;

    private ReportStyle() {
    }
}
