"""Inline SVG charts (no script, no network): horizontal bars and before/after histograms."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

BEFORE, AFTER, DROP = "#9db4d6", "#2f6db5", "#d9534f"


def _fmt(x: float) -> str:
    if x != x or x in (float("inf"), float("-inf")):
        return "-∞" if x < 0 else "∞"
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.3g}" if abs(x) < 1000 else f"{x:,.0f}"


def _short(x: float) -> str:
    if abs(x) >= 1000 and x == int(x):
        return f"{x / 1000:g}k"
    return _fmt(x)


def _value(a: float, b: float, unit: str) -> str:
    if not a and b:
        return f"{_fmt(b)}{unit}"
    return f"{_fmt(a)}{unit}" + (f" / {_fmt(b)}{unit}" if b else "")


def hbars(
    rows: Sequence[tuple[str, float, float]],
    *,
    title: str,
    unit: str = "",
    width: int = 560,
    labels: tuple[str, str] = ("kept", "dropped"),
) -> str:
    """One horizontal bar per row: `(label, first, second)` stacked (e.g. kept, dropped)."""
    if not rows:
        return ""
    bar_h, gap, left, right = 18, 6, 190, 120
    top = 24
    height = top + len(rows) * (bar_h + gap) + 8
    scale = max((a + b for _, a, b in rows), default=0) or 1
    span = width - left - right
    out = [
        f'<svg class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="14" class="ct">{escape(title)}</text>',
    ]
    for j, (name, color) in enumerate(zip(labels, (AFTER, DROP), strict=True)):
        if name:
            x = width - 230 + 80 * j
            out.append(
                f'<rect x="{x}" y="4" width="10" height="10" fill="{color}"/>'
                f'<text x="{x + 14}" y="13" class="cl">{escape(name)}</text>'
            )
    for i, (label, a, b) in enumerate(rows):
        y = top + i * (bar_h + gap)
        wa, wb = span * a / scale, span * b / scale
        out.append(
            f'<text x="{left - 6}" y="{y + 13}" text-anchor="end" class="cl">'
            f"{escape(label[:28])}</text>"
            f'<rect x="{left}" y="{y}" width="{wa:.1f}" height="{bar_h}" fill="{AFTER}">'
            f"<title>{escape(label)}: {labels[0]} {_fmt(a)}{unit}</title></rect>"
            f'<rect x="{left + wa:.1f}" y="{y}" width="{wb:.1f}" height="{bar_h}" fill="{DROP}">'
            f"<title>{escape(label)}: {labels[1]} {_fmt(b)}{unit}</title></rect>"
            f'<text x="{left + wa + wb + 4:.1f}" y="{y + 13}" class="cl">'
            f"{_value(a, b, unit)}</text>"
        )
    out.append("</svg>")
    return "".join(out)


def histogram(
    edges: Sequence[float],
    before: Sequence[int] | None,
    after: Sequence[int] | None,
    *,
    title: str,
    width: int = 460,
    height: int = 200,
) -> str:
    """Before/after histogram over fixed bins (bars side by side, heights as shares of each
    side's count so that a filtered distribution stays comparable)."""
    sides = [(n, b, c) for n, b, c in (("before", before, BEFORE), ("after", after, AFTER)) if b]
    if not sides:
        return ""
    k = len(edges)
    left, bottom, top = 36, 38, 26
    plot_w, plot_h = width - left - 8, height - bottom - top
    slot = plot_w / k
    shares = [[x / (sum(b) or 1) for x in b] for _, b, _ in sides]
    peak = max((max(s) for s in shares), default=0) or 1
    out = [
        f'<svg class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="14" class="ct">{escape(title)}</text>',
    ]
    for j, (name, _, color) in enumerate(sides):
        x = width - 150 + 70 * j
        out.append(
            f'<rect x="{x}" y="4" width="10" height="10" fill="{color}"/>'
            f'<text x="{x + 14}" y="13" class="cl">{name}</text>'
        )
    out.append(
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}" '
        'stroke="#888" stroke-width="1"/>'
        f'<text x="{left - 4}" y="{top + 8}" text-anchor="end" class="cl">{peak:.0%}</text>'
    )
    bw = slot / (len(sides) + 0.5)
    for i in range(k):
        x0 = left + i * slot
        for j, ((name, bins, color), sh) in enumerate(zip(sides, shares, strict=True)):
            h = plot_h * sh[i] / peak
            lo = _fmt(edges[i])
            hi = _fmt(edges[i + 1]) if i + 1 < k else "∞"
            out.append(
                f'<rect x="{x0 + j * bw + 1:.1f}" y="{top + plot_h - h:.1f}" width="{bw - 1:.1f}" '
                f'height="{h:.1f}" fill="{color}"><title>{name} [{lo}, {hi}): {bins[i]:,} '
                f"({sh[i]:.1%})</title></rect>"
            )
        if i % max(1, (k + 7) // 8) == 0:
            out.append(
                f'<text x="{x0 + 1:.1f}" y="{top + plot_h + 14}" class="cl">{_short(edges[i])}</text>'
            )
    out.append("</svg>")
    return "".join(out)
