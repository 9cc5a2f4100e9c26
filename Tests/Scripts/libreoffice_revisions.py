#!/usr/bin/env python3
"""Opens a DOCX or ODT file in LibreOffice and prints, as JSON, the tracked changes LibreOffice sees in it
(type, author, date) and the document's text twice: with every change accepted and with every change rejected.

Usage: libreoffice_revisions.py FILE

Needs LibreOffice and its Python bridge (Debian's python3-uno); starts its own headless LibreOffice with a
throw-away profile, so that it can run beside other LibreOffice conversions."""
import json
import os
import sys

import uno

from libreoffice_session import office, prop


def revisions_of(document):
    found = []
    enumeration = document.getRedlines().createEnumeration()
    while enumeration.hasMoreElements():
        redline = enumeration.nextElement()
        stamp = redline.RedlineDateTime
        found.append({
            "type": redline.RedlineType,
            "author": redline.RedlineAuthor,
            "date": "%04d-%02d-%02d" % (stamp.Year, stamp.Month, stamp.Day),
        })
    return found


def main(path):
    with office() as (context, desktop, profile):
        dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        result = {}
        for action in ("Accept", "Reject"):
            document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            if action == "Accept":
                result["revisions"] = revisions_of(document)
            frame = document.getCurrentController().getFrame()
            dispatcher.executeDispatch(frame, f".uno:{action}AllTrackedChanges", "", 0, ())
            text_path = os.path.join(profile, action + ".txt")
            document.storeToURL(uno.systemPathToFileUrl(text_path),
                                (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")))
            document.close(True)
            with open(text_path, encoding="utf-8-sig") as text:
                result[action.lower() + "ed"] = text.read()
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
