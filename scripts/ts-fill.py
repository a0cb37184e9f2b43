#!/usr/bin/env python3
"""Fill unfinished entries of a Qt .ts catalogue.

usage:
  scripts/ts-fill.py --list translations/ponte_pt_BR.ts         # print unfinished sources, one JSON string per line
  scripts/ts-fill.py translations/ponte_pt_BR.ts < pairs.json  # apply {"source": "translation", ...}
  scripts/ts-fill.py --identity translations/ponte_en.ts        # English catalogue: translation = source
                                                                # (plural entries: "(s)" becomes "" and "s";
                                                                # check the verbs of each new one by hand)

Plural (numerus) entries take a list of forms in pairs.json.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def unfinished(root):
    for message in root.iter("message"):
        tr = message.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            yield message, tr


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    if args[0] == "--list":
        _, root = load(args[1])
        seen = set()
        for message, _ in unfinished(root):
            src = message.find("source").text or ""
            if src not in seen:
                seen.add(src)
                print(json.dumps(src, ensure_ascii=False))
        return 0
    identity = args[0] == "--identity"
    path = args[1] if identity else args[0]
    tree, root = load(path)
    pairs = {} if identity else json.load(sys.stdin)
    filled = missing = 0
    for message, tr in unfinished(root):
        src = message.find("source").text or ""
        numerus = message.get("numerus") == "yes"
        value = src if identity else pairs.get(src)
        if value is None:
            missing += 1
            continue
        if numerus:
            if identity:
                value = [src.replace("(s)", ""), src.replace("(s)", "s")]
            forms = value if isinstance(value, list) else [value, value]
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
        del tr.attrib["type"]
        filled += 1
    save(tree, path)
    print(f"{path}: {filled} filled, {missing} still unfinished", file=sys.stderr)
    return 0 if missing == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
