#!/usr/bin/python3
"""Times readability-lxml (Debian's python3-readability) on the trafilatura evaluation pages, on one core.

Run with the system Python: /usr/bin/python3 bench/readability-lxml.py [PAGES_FILE] [--limit N]
PAGES_FILE defaults to ../shared/eval/extraction-trafilatura/docs.jsonl.gz found by walking up from here.
Prints pages/s so it can be compared with HtmlExtractionBenchmark on the same pages.
"""
import argparse
import gzip
import json
import logging
import os
import sys
import time
from pathlib import Path

from readability import Document


def find_pages() -> Path | None:
    for folder in [Path.cwd(), *Path.cwd().parents, Path(__file__).resolve().parent, *Path(__file__).resolve().parents]:
        candidate = folder / "shared" / "eval" / "extraction-trafilatura" / "docs.jsonl.gz"
        if candidate.exists():
            return candidate
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", nargs="?", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="time only the first N pages")
    args = parser.parse_args()
    pages_file = args.pages or find_pages()
    if pages_file is None or not pages_file.exists():
        print("extraction-trafilatura/docs.jsonl.gz not found; nothing to time.", file=sys.stderr)
        return 1
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    logging.disable(logging.CRITICAL)
    with gzip.open(pages_file, "rt", encoding="utf-8") as lines:
        pages = [json.loads(line)["html"] for line in lines if line.strip()]
    if args.limit:
        pages = pages[: args.limit]
    failures = 0
    start = time.perf_counter()
    for html in pages:
        try:
            Document(html).summary()
        except Exception:  # readability raises on some pages; count them and go on
            failures += 1
    elapsed = time.perf_counter() - start
    characters = sum(len(html) for html in pages)
    print(f"readability-lxml: {len(pages)} pages in {elapsed:.1f} s = {len(pages) / elapsed:.1f} pages/s "
          f"({characters / elapsed / 1e6:.2f} Mchars/s, one core, {failures} failures)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
