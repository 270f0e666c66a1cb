"""The briefing as one self-contained HTML file: inline CSS, SVG charts and script."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from html import escape
from importlib.resources import files
from pathlib import Path

from ..analysis.frames import non_state_note
from ..analysis.summary import describe_move
from .charts import Chart, make_charts, to_svg
from .findings import (
    COHESION_COLUMNS,
    cohesion_rows,
    left_out_text,
    metric_name,
    period_label,
)
from .records import Briefing, Finding, Quote

__all__ = ["inline_svg", "render_html", "write_html"]

_SECTIONS = (
    ("findings", "Findings"),
    ("charts", "Charts"),
    ("alerts", "Alerts"),
    ("bloc", "Bloc"),
    ("dependency", "Dependency"),
    ("evidence", "Evidence"),
    ("method", "How to read"),
)
_ID = re.compile(r'\bid="([^"]+)"')
_REF = re.compile(r'(url\(#|href="#)([^")]+)')


def _asset(name: str) -> str:
    return (files("allegiance") / "data" / "report" / name).read_text("utf-8")


def inline_svg(chart: Chart) -> str:
    """The chart's SVG for inlining: no XML prolog, ids prefixed by the chart name.

    Prefixing keeps ids unique when several charts share one page (matplotlib
    numbers its groups from 1 in every file) and lets the script find series
    as `<chart name>-<gid>`.
    """
    svg = to_svg(chart)
    svg = svg[svg.index("<svg") :]
    prefix = chart.name + "-"
    svg = _ID.sub(lambda m: f'id="{prefix}{m.group(1)}"', svg)
    svg = _REF.sub(lambda m: f"{m.group(1)}{prefix}{m.group(2)}", svg)
    svg = re.sub(r'(<svg[^>]*?) width="[^"]+" height="[^"]+"', r"\1", svg, count=1)
    return svg.replace(
        "<svg ", f'<svg role="img" aria-label="{escape(chart.title)}" ', 1
    )


def _source(q: Quote) -> str:
    title = escape(q.title or "untitled article")
    link = (
        f'<a href="{escape(q.url)}">{title}</a>'
        if q.url and q.url.startswith(("http://", "https://"))
        else title
    )
    score = "" if q.goldstein is None else f", Goldstein {q.goldstein:+.1f}"
    who = f"{q.source or '?'} &rarr; {q.target or '?'}"
    return f"{q.date}, {who}{score}: {link} <code>{escape(q.article_id)}</code>"


def _quotes(quotes: Sequence[Quote]) -> str:
    return "".join(
        f"<blockquote>&ldquo;{escape(q.sentence or '(no sentence: imported event)')}"
        f'&rdquo;<span class="src">{_source(q)}</span></blockquote>'
        for q in quotes
    )


def _finding(f: Finding) -> str:
    way = f" {f.direction}" if f.direction else ""
    body = f'<span class="tag">{escape(f.kind)}</span>{escape(f.text)}'
    if f.evidence:
        n = len(f.evidence)
        body += (
            f"<details><summary>evidence ({n} sentence{'s' if n > 1 else ''})"
            f"</summary>{_quotes(f.evidence)}</details>"
        )
    return f'<li class="{escape(f.kind)}{way}">{body}</li>'


def _chart(chart: Chart) -> str:
    groups: dict[str, list[str]] = {}
    for s in chart.series:
        if s.group:
            groups.setdefault(s.group, []).append(f"{chart.name}-{s.gid}")
    boxes = "".join(
        f'<label><input type="checkbox" checked data-toggle="{escape(" ".join(ids))}"> '
        f"{escape(group)}</label>"
        for group, ids in groups.items()
    )
    toggles = f'<div class="toggles">Show: {boxes}</div>' if boxes else ""
    return (
        f'<figure class="chart" id="chart-{chart.name}">{toggles}'
        f'<div class="svg">{inline_svg(chart)}</div>'
        f"<figcaption>{escape(chart.caption)} Point at a marker for its values and "
        "evidence.</figcaption></figure>"
    )


def _table(
    head: Sequence[str], rows: Iterable[Sequence[str]], *, numeric: Sequence[int] = ()
) -> str:
    cells = "".join(
        f'<th class="num">{escape(h)}</th>' if i in numeric else f"<th>{escape(h)}</th>"
        for i, h in enumerate(head)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"


def _num(x: float | None, fmt: str = "+.2f") -> str:
    return "&ndash;" if x is None or x != x else format(x, fmt)


def _alerts(b: Briefing) -> str:
    if not b.alerts:
        return (
            '<p class="empty">No change point passed the detectors\' test at this '
            "period. The findings list trends without a change point.</p>"
        )
    out = []
    for a in b.alerts:
        way = "warmer" if a.direction == "up" else "colder"
        moved = (
            f"<p>Who moved: {escape(a.who_moved.explanation)}</p>"
            if a.who_moved
            else ""
        )
        evidence = tuple(Quote.from_evidence(e) for e in a.evidence)
        out.append(
            f'<h3 class="{a.direction}">{escape(b.dyad_name(a.dyad))}: {way} from '
            f"{period_label(a.date, a.freq)}</h3><p>{escape(metric_name(a.metric))} "
            f"{a.before:+.2f} &rarr; {a.after:+.2f} ({a.magnitude:+.2f}); confidence "
            f"{a.confidence:.2f}; methods: {escape(', '.join(a.methods))}.</p>{moved}"
            f"{_quotes(evidence)}"
        )
    return "".join(out)


def _bloc(b: Briefing) -> str:
    parts = []
    if b.camps is not None:
        camps = b.camps
        sides = "; ".join(
            f"camp {c}: " + ", ".join(escape(b.name(a)) for a in camps.members(c))
            for c in (0, 1)
        )
        parts.append(
            f"<h3>Camps in {camps.period}</h3><p>{sides}. Frustration index "
            f"{camps.index:.2f} ({camps.method}{', optimal' if camps.optimal else ''}).</p>"
            + _aside(non_state_note(camps.left_out, where="between states"))
        )
    for series in b.cohesion:
        rows = cohesion_rows(series, _num)
        flags = "".join(
            f"<li>{escape(f.period)} {escape(f.kind.replace('_', ' '))}: "
            f"{escape(f.reason)} ({escape(', '.join(f.members))})</li>"
            for f in series.flags
        )
        parts.append(
            f"<h3>{escape(series.organisation)} cohesion (leader "
            f"{escape(b.name(series.leader))})</h3>"
            + _table(
                COHESION_COLUMNS,
                rows,
                numeric=(1, 2, 3, 4, 5),
            )
            + (f"<ul>{flags}</ul>" if flags else "")
            + _aside(non_state_note(series.left_out, where="between members"))
        )
    if b.obligations:
        items = "".join(
            f"<li>{u.date}: {escape(b.name(u.requester))} asked "
            f"{escape(b.name(u.addressee))}; allies {escape(', '.join(u.allies))}; "
            f"{'pending' if u.pending else 'no material support by ' + str(u.deadline)}; "
            f"responses: {escape(', '.join(r.kind for r in u.responses) or 'none')}</li>"
            for u in b.obligations
        )
        parts.append(f"<h3>Unmet obligations</h3><ul>{items}</ul>")
    if b.moves:
        moves = [
            (str(m.date), escape(describe_move(m, b.names)), escape(m.modality))
            for m in b.moves
        ]
        parts.append("<h3>Alliance moves</h3>" + _table(["date", "move", "as"], moves))
    return "".join(parts) or '<p class="empty">No bloc data for this actor.</p>'


def _dependency(b: Briefing) -> str:
    profile = b.dependency
    if profile is None:
        return '<p class="empty">Dependencies are recorded for states only.</p>'
    rows = [
        (
            escape(b.name(p.partner)),
            escape(", ".join(p.kinds) or "none recorded"),
            f"{p.weight:.2f}",
            _num(p.alignment, "+.1f"),
            _num(p.cooperation, ".0%"),
            str(p.events),
        )
        for p in profile.partners
    ]
    hhi = "&ndash;" if profile.combined_hhi is None else f"{profile.combined_hhi:.2f}"
    return (
        f"<p>On {profile.date}. Concentration of dependencies (HHI, 1 = one partner): "
        f"{hhi}. Alignment is the mean Goldstein of their events in the year to "
        "that day; the two columns are separate measures and are never combined.</p>"
        + _table(
            [
                "partner",
                "dependency kinds",
                "weight",
                "alignment",
                "cooperative",
                "events",
            ],
            rows,
            numeric=(2, 3, 4, 5),
        )
    )


def _evidence(b: Briefing) -> str:
    rows = []
    for row in b.evidence:
        q = row.quote
        tone = "" if q.goldstein is None else ("neg" if q.goldstein < 0 else "pos")
        score = "" if q.goldstein is None else f"{q.goldstein:+.1f}"
        rows.append(
            f'<tr><td data-sort="{q.date}">{q.date}</td>'
            f"<td>{escape(q.source or '?')} &rarr; {escape(q.target or '?')}</td>"
            f'<td class="num {tone}" data-sort="{score or 0}">{score}</td>'
            f"<td>{escape(q.sentence or '(imported event)')}</td>"
            f"<td>{_source_cell(q)}</td><td>{escape('; '.join(row.used_in))}</td></tr>"
        )
    head = "".join(
        f'<th class="sortable{" num" if h == "Goldstein" else ""}">{h}</th>'
        for h in ("date", "dyad", "Goldstein", "sentence", "article", "cited in")
    )
    return (
        '<div class="filter"><input type="search" placeholder="Filter: words, codes, '
        'dates..." data-filter="evidence-table" data-count="evidence-count" '
        f'aria-label="Filter the evidence"> <span id="evidence-count">{len(rows)}</span>'
        f' of {len(rows)} sentences</div><table class="sortable" id="evidence-table">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _source_cell(q: Quote) -> str:
    title = escape(q.title or "untitled")
    if q.url and q.url.startswith(("http://", "https://")):
        title = f'<a href="{escape(q.url)}">{title}</a>'
    return f"{title}<br><code>{escape(q.article_id)}</code>"


_METHOD = """<ul>
<li><b>Mean Goldstein</b>: the confidence-weighted mean of the pair's event scores
(-10 hostile .. +10 cooperative), each event counted once a day however many
articles report it.</li>
<li><b>Alerts</b> are change points (PELT, binary segmentation, Bayesian online
detection) that passed the confidence floor; <b>trends</b> compare the two halves of
the span and carry no test.</li>
<li><b>Alignment</b>: S (Signorino and Ritter) of the two states' Goldstein profiles
over every state either dealt with in the period; UN vote agreement and ATOP
portfolio S when imported into the store.</li>
<li><b>Camps</b>: the split of the period's signed network that minimises ties
contradicting it (structural balance).</li>
<li><b>Cohesion</b>: the mean of the bloc's tone and of the balance of members with
positive relations (-1 .. +1).</li>
<li><b>Dependency</b> comes from the knowledge base and is shown beside alignment,
never blended with it.</li>
<li><b>Who acts</b>: every figure reads what states do as states: governments,
armed forces, courts, parliaments, police and intelligence services, or the state
named alone. Events by or towards civilians, protesters, the opposition, rebels,
companies or the media are left out, and counted where they were.</li>
</ul><p class="note">Thin data make every figure fragile: check the event counts
and read the sentences. Details: docs/briefing.md.</p>"""


def render_html(b: Briefing, charts: Sequence[Chart] | None = None) -> str:
    """The briefing as one HTML page that works offline (no network, no CDN).

    Args:
        b: the briefing.
        charts: charts to embed (default: `make_charts(b)`).

    Returns:
        The page.
    """
    charts = make_charts(b) if charts is None else charts
    tips = {
        f"{c.name}-{s.gid}": list(s.tips) for c in charts for s in c.series if s.tips
    }
    # "</" inside a script would end it early.
    data = json.dumps(tips, ensure_ascii=False).replace("</", "<\\/")
    nav = "".join(f'<a href="#{key}">{label}</a>' for key, label in _SECTIONS)
    findings = "".join(_finding(f) for f in b.findings) or (
        '<li class="empty">nothing stands out</li>'
    )
    body = {
        "findings": f'<ol class="findings">{findings}</ol>',
        "charts": "".join(_chart(c) for c in charts),
        "alerts": _alerts(b),
        "bloc": _bloc(b),
        "dependency": _dependency(b),
        "evidence": _evidence(b),
        "method": _METHOD,
    }
    sections = "".join(
        f'<section id="{key}"><h2>{label}</h2>{body[key]}</section>'
        for key, label in _SECTIONS
    )
    title = escape(f"Briefing: {b.title}")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{_asset('briefing.css')}</style></head><body>"
        f'<header><h1>{title}</h1><p class="meta">{b.articles} articles, {b.events} '
        f"events of {escape(b.name(b.actor))}; periods: {b.freq}. Generated offline "
        f"by Allegiance from the event store.{_left_out(b)}</p><nav>{nav}</nav>"
        f"</header>{sections}"
        '<div id="tip" role="tooltip" hidden></div>'
        f'<script type="application/json" id="chart-tips">{data}</script>'
        f"<script>{_asset('briefing.js')}</script></body></html>\n"
    )


def _left_out(b: Briefing) -> str:
    text = left_out_text(b.left_out, f"of {b.name(b.actor)}")
    return f" {escape(text[0].upper() + text[1:])}." if text else ""


def _aside(note: str) -> str:
    return f'<p class="note">{escape(note)}.</p>' if note else ""


def write_html(b: Briefing, path: str | os.PathLike[str]) -> Path:
    """Write the briefing to `path` as one self-contained HTML file.

    Returns:
        The path written.
    """
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(b), encoding="utf-8")
    return out
