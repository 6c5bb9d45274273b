"""check_jieba.py DICTIONARY DATABASE

The jieba export read by jieba itself (Debian's /usr/bin/python3, python3-jieba): after
jieba.load_userdict(DICTIONARY), every word of the dictionary that a report of DATABASE holds
comes out as one token when jieba cuts the first sentence of a report body (report_texts,
read with SQL of our own) that holds it. 三线一单 and 五社联动 are among them, and jieba without
the dictionary cuts them apart. Every frequency is above what any two words of jieba's own
dictionary weigh together, so a term is never cut into its parts."""
import logging
import re
import sqlite3
import sys

import jieba

from export_checks import Checks

SENTENCE_END = re.compile("[。！？；\n]")


def read_dictionary(path):
    words = {}
    with open(path, encoding="utf-8") as file:
        for line in file:
            word, frequency, tag = line.rstrip("\n").split(" ")
            words[word] = (int(frequency), tag)
    return words


def first_sentences(database, words):
    bodies = [body for (body,) in sqlite3.connect(database).execute("SELECT body FROM report_texts ORDER BY report_id")]
    found = {}
    for body in bodies:
        for sentence in SENTENCE_END.split(body):
            for word in words:
                if word not in found and word in sentence:
                    found[word] = sentence
    return found


def main(dictionary, database):
    checks = Checks("check_jieba")
    jieba.setLogLevel(logging.WARNING)
    words = read_dictionary(dictionary)
    checks.expect(list(words) == sorted(words, key=lambda w: w.encode()), "words not sorted by their bytes")
    jieba.initialize()
    split_bound = max(jieba.dt.FREQ.values()) ** 2 / jieba.dt.total
    low = min(frequency for frequency, _ in words.values())
    checks.expect(low > split_bound, f"lowest frequency {low} not above {split_bound:.0f}")
    checks.expect(all(tag == "nz" for _, tag in words.values()), "a tag other than nz")
    sentences = first_sentences(database, words)
    for word in ("三线一单", "五社联动"):
        checks.expect(word in sentences, f"{word} in no sentence of the samples")
        checks.expect(word not in jieba.lcut(sentences.get(word, word)), f"jieba keeps {word} whole without the dictionary")
    jieba.load_userdict(dictionary)
    for word, sentence in sorted(sentences.items()):
        tokens = jieba.lcut(sentence)
        checks.expect(word in tokens, f"{word} cut apart: {'/'.join(tokens)}")
    checks.expect(len(sentences) >= 30, f"only {len(sentences)} words found in the report bodies")
    print(f"check_jieba: {len(sentences)} of {len(words)} words found in a sentence of the samples")
    checks.finish()


if __name__ == "__main__":
    main(*sys.argv[1:])
