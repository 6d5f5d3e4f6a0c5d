"""Every boolean and number column of datasets/ reads as such in pandas, Polars and base R.

Reads datapackage.json for the column types, then reads each CSV the way a notebook user
does, with no options: pandas.read_csv, polars.read_csv, and R's read.csv (through
r_classes.R, when Rscript is on the PATH or --require-r is given). Exits 1 on any column
read as the wrong type, naming the reader, file and column.

    python tests/readers/check.py datasets [--require-r]
"""

import json
import os
import shutil
import subprocess
import sys


def main() -> int:
    directory = sys.argv[1] if len(sys.argv) > 1 else "datasets"
    require_r = "--require-r" in sys.argv
    import pandas
    import polars

    with open(os.path.join(directory, "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    expected = {}  # (file, column) -> "boolean" | "number"
    for resource in package["resources"]:
        for field in resource["schema"]["fields"]:
            kind = field["type"]
            if kind == "boolean":
                expected[(resource["path"], field["name"])] = "boolean"
            elif kind in ("integer", "number"):
                expected[(resource["path"], field["name"])] = "number"
    files = sorted({path for path, _ in expected})
    problems = []
    checked = 0

    def expect(reader, path, column, kind, ok, got):
        nonlocal checked
        checked += 1
        if not ok:
            problems.append(f"{reader}: {path}: column {column!r} read as {got}, expected {kind}")

    for path in files:
        full = os.path.join(directory, path)
        pd_frame = pandas.read_csv(full)
        pl_frame = polars.read_csv(full)
        for (p, column), kind in expected.items():
            if p != path:
                continue
            dtype = pd_frame[column].dtype
            if kind == "boolean":
                expect("pandas", path, column, kind, dtype == bool, dtype)
            else:
                expect("pandas", path, column, kind, pandas.api.types.is_numeric_dtype(dtype), dtype)
            dtype = pl_frame[column].dtype
            if kind == "boolean":
                expect("polars", path, column, kind, dtype == polars.Boolean, dtype)
            else:
                expect("polars", path, column, kind, dtype.is_numeric(), dtype)

    rscript = shutil.which("Rscript")
    if rscript is None and require_r:
        problems.append("R: Rscript is not on the PATH")
    elif rscript is not None:
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "r_classes.R")
        out = subprocess.run(
            [rscript, "--vanilla", script] + [os.path.join(directory, p) for p in files],
            check=True, capture_output=True, text=True,
        ).stdout
        classes = {}
        for line in out.splitlines():
            path, column, cls = line.split("\t")
            classes[(path, column)] = cls
        for (path, column), kind in expected.items():
            cls = classes.get((path, column), "missing")
            wanted = ("logical",) if kind == "boolean" else ("integer", "numeric")
            expect("R read.csv", path, column, kind, cls in wanted, cls)

    for problem in problems:
        print(problem)
    readers = "pandas, polars" + (", R" if rscript else "")
    print(f"readers ({readers}): {checked - len(problems)} columns as typed, {len(problems)} not")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
