"""CSV downloads that Finnish and Swedish spreadsheets open right."""

import csv

from django.http import HttpResponse


def spreadsheet_csv(filename: str):
    """An attachment response and a CSV writer into it. UTF-8 with a byte order mark, so that
    spreadsheets (Excel) read ä and ö right; semicolons between fields, because a Finnish or
    Swedish spreadsheet takes the comma as the decimal separator."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    return response, csv.writer(response, delimiter=";", lineterminator="\r\n")
