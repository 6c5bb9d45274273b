"""check_csv.py FOLDER EXCEL_FOLDER DATABASE

The CSV tables of the samples (export --format csv -o FOLDER, and with --excel into
EXCEL_FOLDER) read by pandas (Debian's /usr/bin/python3, python3-pandas): each table has the
rows the store holds, counted with SQL of our own, and the Chinese text of every entry reads
back exactly. The --excel files open with a UTF-8 byte order mark, which pandas reads past,
and hold the same data."""
import sqlite3
import sys

import pandas

from check_sample_exports import expect, store_counts

TABLES = ("entries", "terms", "regions", "relations")


def read(folder, table):
    return pandas.read_csv(f"{folder}/{table}.csv", dtype=str, keep_default_na=False, encoding="utf-8")


def main(folder, excel_folder, database):
    counts = store_counts(database)
    db = sqlite3.connect(database)
    one = lambda sql: db.execute(sql).fetchone()[0]
    expected_rows = {
        "entries": counts["defines"],
        "terms": one("SELECT count(DISTINCT term_id) FROM entries"),
        "regions": counts["nodes"] - one("SELECT count(*) FROM reports") - one("SELECT count(*) FROM terms"),
        "relations": counts["relations"],
    }
    for table in TABLES:
        plain = read(folder, table)
        expect(len(plain) == expected_rows[table], f"{table}.csv: {len(plain)} rows, the store {expected_rows[table]}")
        with open(f"{excel_folder}/{table}.csv", "rb") as file:
            expect(file.read(3) == b"\xef\xbb\xbf", f"--excel {table}.csv: no byte order mark")
        with open(f"{folder}/{table}.csv", "rb") as file:
            expect(file.read(3) != b"\xef\xbb\xbf", f"{table}.csv: a byte order mark without --excel")
        excel = read(excel_folder, table)
        expect(list(excel.columns) == list(plain.columns), f"--excel {table}.csv: columns {list(excel.columns)}")
        expect(excel.equals(plain), f"--excel {table}.csv: other data than {table}.csv")
    entries = read(folder, "entries")
    written = set(zip(entries["term_key"], entries["written_term"], entries["definition"]))
    stored = set(db.execute("SELECT t.key, e.term, e.definition FROM entries e JOIN terms t ON t.id = e.term_id"))
    expect(written == stored, f"entries.csv: {len(written ^ stored)} entries differ from the store")
    terms = read(folder, "terms").set_index("key")
    expect(terms.loc["四个最严", "label"] == "四個最嚴", f"label of 四个最严: {terms.loc['四个最严', 'label']}")
    expect(terms.loc["三线一单", "regions"] == "2", f"regions of 三线一单: {terms.loc['三线一单', 'regions']}")
    print(f"check_csv: {', '.join(f'{t} {expected_rows[t]}' for t in TABLES)} rows, as the store holds")


if __name__ == "__main__":
    main(*sys.argv[1:])
