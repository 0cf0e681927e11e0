"""Reading the statistics CSV file in tests, and the rule that no figure about people in it is
from 1 to 4."""

import csv
import io
from decimal import Decimal

from coordination.statistics import SUPPRESSED

# The Finnish names of the figures that count people (or their hours).
PEOPLE_ROWS = {
    "Ilmoittautumiset",
    "Hyväksytyt",
    "Suoritetut",
    "Tehdyt tunnit",
    "Osallistujat",
    "Alle 18-vuotiaat",
    "18–29-vuotiaat",
    "30–64-vuotiaat",
    "65 vuotta täyttäneet",
    "Ikä ei tiedossa",
}
MONTH_HEADER = ["Kuukausi", "Ilmoittautumiset", "Hyväksytyt", "Suoritetut", "Tehdyt tunnit"]


def csv_rows(response) -> list[list[str]]:
    """The rows of the file: UTF-8 with a byte order mark, semicolons between the fields."""
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def month_rows(rows: list[list[str]]) -> list[list[str]]:
    return rows[rows.index(MONTH_HEADER) + 1 :]


def people_figures(rows: list[list[str]]) -> list[str]:
    """Every figure about people as written in the file, the months' included."""
    figures = [row[1] for row in rows if len(row) == 2 and row[0] in PEOPLE_ROWS]
    return figures + [value for row in month_rows(rows) for value in row[1:]]


def assert_no_small_figures(rows: list[list[str]]) -> None:
    for value in people_figures(rows):
        number = None if value == SUPPRESSED else Decimal(value.replace(",", "."))
        assert number is None or number == 0 or number >= 5, value
