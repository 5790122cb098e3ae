# Converts Word documents to PDF in one headless LibreOffice, refreshing every index (the 目录's
# page numbers) after the document is laid out and before it is exported: `soffice --convert-to`
# exports the TOC field as the document cached it, without page numbers. Run by gkml's pdf target
# (src/export/docx/pdf.ts) with a Python that has LibreOffice's UNO bridge (Debian: python3-uno).
#
#   python3 export-pdf.py <soffice> <profile-url> <pipe-name> <file.docx>...   (writes <file>.pdf beside each)
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, office):
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for _ in range(1200):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if office.poll() is not None:
                sys.exit(f"soffice exited ({office.returncode}) before accepting a connection")
            time.sleep(0.1)
    sys.exit("soffice did not accept a connection in 120 s")


def export(desktop, source):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        sys.exit(f"{source}: LibreOffice could not open it")
    try:
        indexes = doc.getDocumentIndexes()
        # Twice: the first update can change the 目录's length, and with it the pages after it.
        for _ in range(2):
            for i in range(indexes.getCount()):
                indexes.getByIndex(i).update()
        target = source[: -len(".docx")] + ".pdf"
        doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),))
    finally:
        doc.close(True)


def main():
    soffice, profile, pipe, *sources = sys.argv[1:]
    office = subprocess.Popen(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--invisible", "--norestore", "--nolockcheck",
         f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ctx = connect(pipe, office)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for source in sources:
            export(desktop, source)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice quits
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()


main()
