#!/usr/bin/env python3
"""Helps keep translations/*.ts complete.

  ts-tool.py unfinished FILE.ts            list unfinished messages as TSV: context, source, plural
  ts-tool.py apply FILE.ts MAP.tsv         fill translations from TSV lines: context<TAB>source<TAB>translation
                                           (plural messages: forms separated by ' || ')
  ts-tool.py english FILE.ts               fill the English file's unfinished messages: translation =
                                           source, plurals "(s)" -> singular / plural forms

Run `cmake --build build --target update_translations` afterwards to normalise the files.
"""
import re
import sys
import xml.etree.ElementTree as ET


def esc(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def unesc(text):
    return re.sub(r'\\(.)', lambda m: {'t': '\t', 'n': '\n', '\\': '\\'}[m.group(1)], text)


def messages(tree):
    for context in tree.getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            yield name, message


def set_translation(message, forms):
    translation = message.find('translation')
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    if message.get('numerus') == 'yes':
        for form in forms:
            f = ET.SubElement(translation, 'numerusform')
            f.text = form
    else:
        translation.text = forms[0]
    translation.attrib.pop('type', None)


def write(tree, path):
    tree.write(path, encoding='utf-8', xml_declaration=True)
    with open(path, 'r+', encoding='utf-8') as f:
        text = f.read()
        text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(text)
        f.truncate()


def main():
    command, path = sys.argv[1], sys.argv[2]
    tree = ET.parse(path)
    if command == 'unfinished':
        for name, message in messages(tree):
            if message.find('translation').get('type') == 'unfinished':
                plural = 'plural' if message.get('numerus') == 'yes' else ''
                print('\t'.join([name, esc(message.findtext('source')), plural]))
    elif command == 'apply':
        mapping = {}
        with open(sys.argv[3], encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) < 3:
                    sys.exit('bad line: ' + line)
                mapping[(parts[0], unesc(parts[1]))] = unesc(parts[2])
        filled = 0
        for name, message in messages(tree):
            key = (name, message.findtext('source'))
            if key in mapping:
                set_translation(message, mapping[key].split(' || '))
                filled += 1
        write(tree, path)
        print(f'{filled} translations applied', file=sys.stderr)
    elif command == 'english':
        for name, message in messages(tree):
            if message.find('translation').get('type') != 'unfinished':
                continue  # keep what a person wrote
            source = message.findtext('source')
            if message.get('numerus') == 'yes':
                one = re.sub(r'\((\w+)\)', '', source)
                many = re.sub(r'\((\w+)\)', r'\1', source)
                set_translation(message, [one, many])
            else:
                set_translation(message, [source])
        write(tree, path)
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main()
