#!/usr/bin/env python3
"""Opens a DOCX or ODT file in LibreOffice and prints, as JSON, the tracked changes LibreOffice sees in it
(type, author, date) and the document's text twice: with every change accepted and with every change rejected.

Usage: libreoffice_revisions.py FILE

Needs LibreOffice and its Python bridge (Debian's python3-uno); starts its own headless LibreOffice with a
throw-away profile, so that it can run beside other LibreOffice conversions."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    result = PropertyValue()
    result.Name = name
    result.Value = value
    return result


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 120
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


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
    profile = tempfile.mkdtemp(prefix="participe-lo-")
    pipe = "participe_" + uuid.uuid4().hex
    office = subprocess.Popen(
        ["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible",
         "--nologo", "--norestore", "--nodefault", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
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
    finally:
        if desktop is not None:
            try:
                desktop.terminate()
            except Exception:
                pass
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1])
