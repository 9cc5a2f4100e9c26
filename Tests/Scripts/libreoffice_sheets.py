#!/usr/bin/env python3
"""Opens an ODS or XLSX file in LibreOffice Calc, recomputes every formula, and prints as JSON each sheet's
name, the rows its header repeats on printed pages, and its cells: numbers as numbers (formulas as LibreOffice
computed them, not as the file stored them), text as text, empty cells as null.

Usage: libreoffice_sheets.py FILE

Needs LibreOffice Calc and its Python bridge (Debian's python3-uno)."""
import json
import os
import sys

import uno

from libreoffice_session import office, prop


def cells_of(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_column = cursor.RangeAddress.EndColumn
    last_row = cursor.RangeAddress.EndRow
    rows = []
    for row in range(last_row + 1):
        values = []
        for column in range(last_column + 1):
            cell = sheet.getCellByPosition(column, row)
            kind = cell.Type.value
            if kind == "EMPTY":
                values.append(None)
            elif kind == "TEXT":
                values.append(cell.String)
            elif kind == "FORMULA" and cell.FormulaResultType2 == 2:
                values.append(cell.String)
            else:
                values.append(cell.Value)
        rows.append(values)
    return rows


def main(path):
    with office() as (context, desktop, profile):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        # The values the file stores are Participe's: LibreOffice's own are what it computes.
        document.calculateAll()
        sheets = []
        for index in range(document.Sheets.Count):
            sheet = document.Sheets.getByIndex(index)
            titles = sheet.getTitleRows() if sheet.getPrintTitleRows() else None
            sheets.append({
                "name": sheet.Name,
                "titleRows": [titles.StartRow, titles.EndRow] if titles is not None else None,
                "formulas": [[sheet.getCellByPosition(c, r).Formula
                              if sheet.getCellByPosition(c, r).Type.value == "FORMULA" else None
                              for c in range(len(row))] for r, row in enumerate(cells_of(sheet))],
                "cells": cells_of(sheet),
            })
        document.close(True)
        print(json.dumps({"sheets": sheets}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
