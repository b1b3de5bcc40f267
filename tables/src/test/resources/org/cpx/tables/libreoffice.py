"""Drives a real LibreOffice Calc, headless, through its UNO bridge: opens workbooks, edits them as a
person would (typing goes through Calc's own input, so a number, a date or a formula becomes what
Calc makes of it), and saves them as .xlsx and as a CSV file per sheet.

Usage: python3 libreoffice.py PROFILE_DIR JOBS.json

JOBS.json is a list of jobs: {"open": PATH, "edits": [EDIT...], "xlsx": PATH, "csv": DIR}, "edits",
"xlsx" and "csv" optional. An edit names its sheet and, where it has one, a data row (1 is the row
after the header) and a column by its header:
  {"type": TEXT, "sheet": S, "row": R, "column": H, "general": true}  types TEXT into the cell, its
      number format first set to General (a cell as a person's own workbook has it) when "general";
      "cell": "Z40" in place of row and column names a cell anywhere
  {"clear": [R1, R2], "sheet": S, "column": H}  empties the column's cells of rows R1 to R2
  {"deleteRow": R, "sheet": S}
  {"moveColumn": H, "sheet": S, "before": H2}   moves column H to just before column H2
  {"merge": [R1, R2], "sheet": S, "column": H}  merges the column's cells of rows R1 to R2
  {"hide": S}
  {"rename": H, "sheet": S, "to": H2}           types a new header
"""
import json
import os
import subprocess
import sys
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start(profile):
    pipe = "cpx" + uuid.uuid4().hex
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.abspath(profile)),
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(300):
        try:
            return office, resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            if office.poll() is not None:
                raise SystemExit("soffice ended before it could be reached")
            time.sleep(0.2)
    raise SystemExit("soffice could not be reached")


def column_of(sheet, header):
    cells = sheet.getCellRangeByPosition(0, 0, 1023, 0).getDataArray()[0]
    for index, value in enumerate(cells):
        if value == header:
            return index
    raise SystemExit("no column %s in %s" % (header, sheet.Name))


def edit(context, doc, change):
    sheets = doc.Sheets
    if "hide" in change:
        sheets.getByName(change["hide"]).IsVisible = False
        return
    sheet = sheets.getByName(change["sheet"])
    if "type" in change or "rename" in change:
        if "cell" in change:
            cell = sheet.getCellRangeByName(change["cell"])
        else:
            column = column_of(sheet, change["column"] if "type" in change else change["rename"])
            cell = sheet.getCellByPosition(column, change.get("row", 0))
        if change.get("general"):
            cell.NumberFormat = 0
        controller = doc.CurrentController
        controller.setActiveSheet(sheet)
        controller.select(cell)
        dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        text = change["type"] if "type" in change else change["to"]
        dispatcher.executeDispatch(controller.Frame, ".uno:EnterString", "", 0, (prop("StringName", text),))
    elif "deleteRow" in change:
        sheet.Rows.removeByIndex(change["deleteRow"], 1)
    elif "moveColumn" in change:
        target = column_of(sheet, change["before"])
        sheet.Columns.insertByIndex(target, 1)
        source = column_of(sheet, change["moveColumn"])
        address = sheet.getCellRangeByPosition(source, 0, source, 1048575).RangeAddress
        destination = CellAddress()
        destination.Sheet = address.Sheet
        destination.Column = target
        destination.Row = 0
        sheet.moveRange(destination, address)
        sheet.Columns.removeByIndex(source, 1)
    elif "clear" in change:
        column = column_of(sheet, change["column"])
        first, last = change["clear"]
        # values, dates, strings and formulas
        sheet.getCellRangeByPosition(column, first, column, last).clearContents(1 | 2 | 4 | 16)
    elif "merge" in change:
        column = column_of(sheet, change["column"])
        first, last = change["merge"]
        sheet.getCellRangeByPosition(column, first, column, last).merge(True)
    else:
        raise SystemExit("unknown edit %s" % change)


def save_csv(doc, directory):
    directory = os.path.abspath(directory)
    os.makedirs(directory, exist_ok=True)
    for index, sheet in enumerate(doc.Sheets):
        # comma, double quote, UTF-8, from line 1; values, not as shown; no formulas; spaces kept; sheet index + 1,
        # which Calc writes to the file's name, a hyphen and the sheet's name
        doc.storeToURL(uno.systemPathToFileUrl(os.path.join(directory, "_.csv")),
                       (prop("FilterName", "Text - txt - csv (StarCalc)"),
                        prop("FilterOptions", "44,34,76,1,,0,false,false,false,false,false,%d" % (index + 1))))
        os.replace(os.path.join(directory, "_-" + sheet.Name + ".csv"), os.path.join(directory, sheet.Name + ".csv"))


def types(job):
    return any("type" in change or "rename" in change for change in job.get("edits", []))


def run(profile, jobs):
    """Runs jobs in one office, then ends it."""
    office, context = start(profile)
    try:
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        for job in jobs:
            print("opening", job["open"], flush=True)
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(job["open"])), "_blank", 0,
                                               (prop("Hidden", True),))
            if doc is None:
                raise SystemExit("LibreOffice cannot open " + job["open"])
            for change in job.get("edits", []):
                edit(context, doc, change)
            if "xlsx" in job:
                doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["xlsx"])),
                               (prop("FilterName", "Calc MS Excel 2007 XML"),))
            if "csv" in job:
                save_csv(doc, job["csv"])
            if not types(job):
                doc.dispose()
        try:
            desktop.terminate()
        except Exception:
            pass  # the office has ended
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()


def main(profile, jobs_file):
    with open(jobs_file, encoding="utf-8") as f:
        jobs = json.load(f)
    # Calc run headless ends soon after a document has been typed into: each such job has an office of its own.
    run(profile, [job for job in jobs if not types(job)])
    for job in jobs:
        if types(job):
            run(profile, [job])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
