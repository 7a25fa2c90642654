#!/usr/bin/env python3
"""Times Debian's python3-readability (readability-lxml) on the same pages as HtmlExtractionBenchmark, one core.

    apt-get install -y python3-readability
    /usr/bin/python3 bench/Triangulate.Benchmarks/readability-lxml.py ../shared/eval/extraction-trafilatura
"""
import gzip
import json
import sys
import time
from pathlib import Path

from readability import Document

folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/extraction-trafilatura")
pages = [json.loads(line)["html"] for line in gzip.open(folder / "docs.jsonl.gz", "rt", encoding="utf-8")]
started = time.perf_counter()
failures = 0
for page in pages:
    try:
        Document(page).summary()
    except Exception:
        failures += 1
seconds = time.perf_counter() - started
print(f"readability-lxml: {len(pages)} pages in {seconds:.1f} s = {len(pages) / seconds:.1f} pages/s on one core ({failures} failed)")
