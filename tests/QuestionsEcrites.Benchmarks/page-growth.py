#!/usr/bin/env python3
"""The route tables of page-bench.sh runs on stores of different sizes, side by side: warm p50 and p95 at one
connection per store, first request, and the growth ratio p50(largest) / p50(smallest). Rows are matched by their
position (page-bench.sh asks the same routes in the same order; slugs and question keys differ between stores).
    tests/QuestionsEcrites.Benchmarks/page-growth.py results/pages-10k.md results/pages-100k.md [results/pages-1m.md]
"""
import re
import sys


def routes(path):
    rows, started = [], False
    for line in open(path, encoding="utf-8"):
        if line.startswith("| route |"):
            started = True
            continue
        if started:
            if not line.startswith("| `"):
                if rows:
                    break
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            rows.append({"route": cells[0], "first": float(cells[2]), "p50": float(cells[3]), "p95": float(cells[4])})
    store = re.search(r"Store: (\d+) questions", open(path, encoding="utf-8").read())
    return int(store.group(1)) if store else 0, rows


def size(n):
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"


runs = [routes(p) for p in sys.argv[1:]]
names = [size(n) for n, _ in runs]
print("| route | " + " | ".join(f"p50 {s}" for s in names) + " | " + " | ".join(f"p95 {s}" for s in names)
      + f" | first {names[-1]} | p50 {names[-1]} ÷ {names[0]} |")
print("|---|" + "---:|" * (2 * len(runs) + 2))
for i, row in enumerate(runs[0][1]):
    cells = [r[i] for _, r in runs]
    ratio = cells[-1]["p50"] / cells[0]["p50"] if cells[0]["p50"] > 0 else float("nan")
    print(f"| {row['route']} | " + " | ".join(f"{c['p50']:.1f}" for c in cells) + " | "
          + " | ".join(f"{c['p95']:.1f}" for c in cells) + f" | {cells[-1]['first']:.0f} | ×{ratio:.1f} |")
