"""Bar charts drawn on the server as SVG: the geometry here, the markup in
templates/coordination/_bar_chart.html. A chart is a picture of a table that stands beside it
(the table is the accessible version); a suppressed figure draws no bar and is labelled "< 5"."""

import dataclasses
from collections.abc import Sequence

from .statistics import Figure

WIDTH = 640
HEIGHT = 240
TOP = 24  # room for the labels above the highest bars
BOTTOM = 32  # room for the category labels
LEFT = 8
BAR_GAP = 2
GROUP_GAP = 10


@dataclasses.dataclass(frozen=True)
class Bar:
    series: int  # 0, 1, …: the CSS class chart__bar--<series>
    x: float
    y: float
    width: float
    height: float
    label: str  # the figure as shown: a number or "< 5"
    label_x: float
    label_y: float


@dataclasses.dataclass(frozen=True)
class Category:
    label: str
    x: float  # the middle of its bars
    bars: list[Bar]


@dataclasses.dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    description: str
    series: list[str]
    categories: list[Category]
    width: int = WIDTH
    height: int = HEIGHT
    baseline: float = HEIGHT - BOTTOM


def bar_chart(
    *,
    id: str,
    title: str,
    description: str,
    series: Sequence[str],
    categories: Sequence[tuple[str, Sequence[Figure]]],
) -> BarChart:
    """A grouped bar chart: `categories` are (label, one figure per series)."""
    baseline = HEIGHT - BOTTOM
    shown = [f.value for _label, figures in categories for f in figures if not f.suppressed]
    top = max(shown, default=0) or 1
    group_width = (WIDTH - LEFT * 2) / max(len(categories), 1)
    bar_width = max((group_width - GROUP_GAP) / max(len(series), 1) - BAR_GAP, 1)
    result = []
    for index, (label, figures) in enumerate(categories):
        left = LEFT + index * group_width + GROUP_GAP / 2
        bars = []
        for number, figure in enumerate(figures):
            x = left + number * (bar_width + BAR_GAP)
            height = 0 if figure.suppressed else float(figure.value) / float(top) * (baseline - TOP)
            bars.append(
                Bar(
                    series=number,
                    x=round(x, 1),
                    y=round(baseline - height, 1),
                    width=round(bar_width, 1),
                    height=round(height, 1),
                    label=str(figure),
                    label_x=round(x + bar_width / 2, 1),
                    label_y=round(baseline - height - 4, 1),
                )
            )
        result.append(Category(label, round(left + (group_width - GROUP_GAP) / 2, 1), bars))
    return BarChart(
        id=id, title=title, description=description, series=list(series), categories=result
    )
