"""The briefing as Markdown, with its charts as PNG files in a folder beside it."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..analysis.frames import non_state_note
from ..analysis.summary import describe_move
from .charts import Chart, make_charts, to_png
from .findings import (
    COHESION_COLUMNS,
    cohesion_rows,
    left_out_text,
    metric_name,
    period_label,
)
from .records import Briefing, Quote

__all__ = ["chart_folder", "render_markdown", "write_markdown"]


def chart_folder(path: str | os.PathLike[str]) -> Path:
    """Where the PNG charts of the Markdown file at `path` go: `<stem>_files/`."""
    out = Path(path)
    return out.with_name(f"{out.stem}_files")


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _link(text: str, url: str) -> str:
    """A Markdown link; angle brackets keep URLs with parentheses whole."""
    label = text.replace("[", "\\[").replace("]", "\\]")
    return f"[{label}](<{url}>)"


def _source(q: Quote) -> str:
    title = q.title or "untitled article"
    link = _link(title, q.url) if q.url else f"*{title}*"
    score = "" if q.goldstein is None else f", Goldstein {q.goldstein:+.1f}"
    return f"{q.date}, {q.source or '?'} → {q.target or '?'}{score}: {link} (`{q.article_id}`)"


def _quotes(quotes: Sequence[Quote], indent: str = "   ") -> list[str]:
    lines = []
    for q in quotes:
        sentence = q.sentence or "(no sentence: imported event)"
        lines += [f"{indent}> “{sentence}”", f"{indent}> — {_source(q)}", ""]
    return lines


def _table(head: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _num(x: float | None, fmt: str = "+.2f") -> str:
    return "–" if x is None or x != x else format(x, fmt)


def _findings(b: Briefing) -> list[str]:
    lines = ["## Findings", ""]
    for i, f in enumerate(b.findings, 1):
        lines += [f"{i}. **{f.kind}** {f.text}", ""]
        lines += _quotes(f.evidence)
    if not b.findings:
        lines += ["Nothing stands out.", ""]
    return lines


def _charts(charts: Sequence[Chart], folder: str) -> list[str]:
    lines = ["## Charts", ""]
    for chart in charts:
        lines += [
            f"### {chart.title}",
            "",
            f"![{chart.caption}]({folder}/{chart.name}.png)",
            "",
            chart.caption,
            "",
        ]
    return lines


def _alerts(b: Briefing) -> list[str]:
    lines = ["## Alerts", ""]
    if not b.alerts:
        return lines + [
            "No change point passed the detectors' test at this period; the "
            "findings list trends without a change point.",
            "",
        ]
    for a in b.alerts:
        way = "warmer" if a.direction == "up" else "colder"
        lines += [
            f"### {b.dyad_name(a.dyad)}: {way} from {period_label(a.date, a.freq)}",
            "",
            f"{metric_name(a.metric)} {a.before:+.2f} → {a.after:+.2f} "
            f"({a.magnitude:+.2f}); confidence {a.confidence:.2f}; methods: "
            f"{', '.join(a.methods)}.",
            "",
        ]
        if a.who_moved:
            lines += [f"Who moved: {a.who_moved.explanation}", ""]
        lines += _quotes([Quote.from_evidence(e) for e in a.evidence], indent="")
    return lines


def _bloc(b: Briefing) -> list[str]:
    lines = ["## Bloc", ""]
    if b.camps is not None:
        sides = "; ".join(
            f"camp {c}: " + ", ".join(b.name(a) for a in b.camps.members(c))
            for c in (0, 1)
        )
        aside = non_state_note(b.camps.left_out, where="between states")
        lines += [
            f"**Camps in {b.camps.period}**: {sides}. Frustration index "
            f"{b.camps.index:.2f} ({b.camps.method}).{f' {aside}.' if aside else ''}",
            "",
        ]
    for s in b.cohesion:
        lines += [f"**{s.organisation} cohesion** (leader {b.name(s.leader)})", ""]
        lines += _table(COHESION_COLUMNS, cohesion_rows(s, _num))
        lines += [
            f"- {f.period} {f.kind.replace('_', ' ')}: {f.reason} ({', '.join(f.members)})"
            for f in s.flags
        ]
        lines += [""] if s.flags else []
        if aside := non_state_note(s.left_out, where="between members"):
            lines += [f"{aside}.", ""]
    if b.obligations:
        lines += ["**Unmet obligations**", ""]
        lines += [
            f"- {u.date}: {b.name(u.requester)} asked {b.name(u.addressee)}; allies "
            f"{', '.join(u.allies)}; "
            f"{'pending' if u.pending else f'no material support by {u.deadline}'}; "
            f"responses: {', '.join(r.kind for r in u.responses) or 'none'}"
            for u in b.obligations
        ] + [""]
    if b.moves:
        lines += ["**Alliance moves**", ""]
        lines += _table(
            ["date", "move", "as"],
            [(str(m.date), describe_move(m, b.names), m.modality) for m in b.moves],
        )
    return lines


def _dependency(b: Briefing) -> list[str]:
    lines = ["## Dependency beside alignment", ""]
    profile = b.dependency
    if profile is None:
        return lines + ["Dependencies are recorded for states only.", ""]
    hhi = _num(profile.combined_hhi, ".2f")
    lines += [
        f"On {profile.date}; concentration of dependencies (HHI, 1 = one partner) "
        f"{hhi}. Alignment is the mean Goldstein of their events in the year to "
        "that day. The two are separate measures and are never combined.",
        "",
    ]
    return lines + _table(
        ["partner", "dependency kinds", "weight", "alignment", "cooperative", "events"],
        [
            (
                b.name(p.partner),
                ", ".join(p.kinds) or "none recorded",
                f"{p.weight:.2f}",
                _num(p.alignment, "+.1f"),
                _num(p.cooperation, ".0%"),
                str(p.events),
            )
            for p in profile.partners
        ],
    )


def _evidence(b: Briefing) -> list[str]:
    rows = []
    for row in b.evidence:
        q = row.quote
        title = q.title or "untitled"
        article = _link(title, q.url) if q.url else title
        rows.append(
            (
                str(q.date),
                f"{q.source or '?'} → {q.target or '?'}",
                "" if q.goldstein is None else f"{q.goldstein:+.1f}",
                q.sentence or "(imported event)",
                f"{article} `{q.article_id}`",
                "; ".join(row.used_in),
            )
        )
    return ["## Evidence", ""] + _table(
        ["date", "dyad", "Goldstein", "sentence", "article", "cited in"], rows
    )


def render_markdown(
    b: Briefing, charts: Sequence[Chart] = (), *, folder: str = "charts"
) -> str:
    """The briefing as Markdown; images link to `<folder>/<chart name>.png`.

    Args:
        b: the briefing.
        charts: the charts whose images the text shows.
        folder: the images' folder, relative to the Markdown file.

    Returns:
        The Markdown text.
    """
    lines = [
        f"# Briefing: {b.title}",
        "",
        f"*{b.articles} articles, {b.events} events of {b.name(b.actor)}; periods: "
        f"{b.freq}. Generated offline by Allegiance from the event store. Mean "
        "Goldstein runs from -10 (hostile) to +10 (cooperative); alerts are change "
        "points that passed the detectors' test, trends are not tested.*",
        "",
    ]
    if text := left_out_text(b.left_out, f"of {b.name(b.actor)}"):
        lines += [f"*{text[0].upper()}{text[1:]}.*", ""]
    for part in (
        _findings(b),
        _charts(charts, folder),
        _alerts(b),
        _bloc(b),
        _dependency(b),
        _evidence(b),
    ):
        lines += part
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(b: Briefing, path: str | os.PathLike[str]) -> list[Path]:
    """Write the briefing to `path` and its charts as PNG files in `<stem>_files/`.

    Returns:
        The Markdown file, then the PNG files.
    """
    out = Path(path)
    folder = chart_folder(out)
    folder.mkdir(parents=True, exist_ok=True)
    charts = make_charts(b)
    images = [to_png(c, folder / f"{c.name}.png") for c in charts]
    out.write_text(render_markdown(b, charts, folder=folder.name), encoding="utf-8")
    return [out, *images]
