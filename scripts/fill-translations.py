#!/usr/bin/env python3
"""Fills translations/inventory_es.ts from scripts/translations_es.py and marks
inventory_en.ts as finished (English is the source language). Run after lupdate:
  lupdate -no-obsolete -locations none -I . ui app core -ts translations/inventory_es.ts translations/inventory_en.ts
  python3 scripts/fill-translations.py
Prints the source texts that still have no Spanish, and exits 1 if there are any."""
import os, sys
import xml.etree.ElementTree as ET
sys.path.insert(0, os.path.dirname(__file__))
from translations_es import ES

root = os.path.join(os.path.dirname(__file__), "..", "translations")
missing = []
for lang in ("es", "en"):
    path = os.path.join(root, f"inventory_{lang}.ts")
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        numerus = message.get("numerus") == "yes"
        # English plurals from the source: "unit(s)" is "unit" for one and "units" for more.
        english = [source.replace("(s)", ""), source.replace("(s)", "s")] if numerus else source
        value = ES.get(source) if lang == "es" else english
        if value is None:
            missing.append(source)
            translation.set("type", "unfinished")
            continue
        for child in list(translation):
            translation.remove(child)
        if numerus:
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    tree.write(path, encoding="utf-8", xml_declaration=True)
for m in missing:
    print("no Spanish for:", repr(m))
sys.exit(1 if missing else 0)
