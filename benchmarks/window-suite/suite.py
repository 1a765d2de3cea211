#!/usr/bin/env python3
"""The window suite: runs the bare JCEF app and the jtauri app alternately under one Xvfb
display, each measuring the same figures on the same page, and prints a table of medians
(min-max) with the jtauri/bare ratio. Results, runs included, go to a JSON file.

Build first (benchmarks/run-window-suite does both):
    mvn -q -pl benchmarks/bare-app,benchmarks/jtauri-app -am package -DskipTests
"""
import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = HERE.parent

# name -> (figure in the page's results, or how to derive it), unit, better, target
FIGURES = [
    ("first script (ms from launch)", "firstScriptMs", "ms", "lower", "<= 1.3x bare"),
    ("first paint (ms from launch)", "firstPaintMs", "ms", "lower", "<= 1.3x bare"),
    ("first invoke answered (ms from launch)", "firstInvokeMs", "ms", "lower", "<= 1.5x bare"),
    ("sequential small call (us)", "sequentialEchoUs", "us", "lower", "<= 1.10x raw cefQuery"),
    ("sequential small call answered off CEF's thread (us)", "sequentialHopEchoUs", "us", "lower", "floor"),
    ("2000 concurrent small calls (us per call)", "concurrentEchoUs", "us", "lower", "<= 1.10x raw cefQuery"),
    ("2000 concurrent, answered off CEF's thread (us per call)", "concurrentHopEchoUs", "us", "lower", "floor"),
    ("10 MB round trip (MB/s)", "roundTrip10MbMBps", "MB/s", "higher", ">= 100 MB/s and >= 5x base64"),
    ("10 MB page -> Java (MB/s)", "upload10MbMBps", "MB/s", "higher", ">= 100 MB/s"),
    ("10 MB Java -> page (MB/s)", "download10MbMBps", "MB/s", "higher", ">= 100 MB/s"),
    ("10 MB channel message (MB/s)", "channel10MbMBps", "MB/s", "higher", ">= 100 MB/s"),
    ("100 MB round trip (MB/s)", "roundTrip100MbMBps", "MB/s", "higher", "works"),
    ("Java -> page events, in order (/s)", "eventsPerSecond", "/s", "higher", ">= 60k/s"),
    ("channel messages, in order (/s)", "channelPerSecond", "/s", "higher", ">= 60k/s"),
    ("idle PSS, process tree (MB)", "idlePssMb", "MB", "lower", "<= bare + 80 MB"),
]


def java_command(java):
    return [java] if java else ["java"]


def apps(java, extra_variants):
    java_cmd = java_command(java)
    bare_dir = BENCHMARKS / "bare-app" / "target"
    jtauri_jar = BENCHMARKS / "jtauri-app" / "target" / "jtauri-app.jar"
    bare_cp = os.pathsep.join([str(bare_dir / "jtauri-benchmarks-bare-app-0.1.0-SNAPSHOT.jar"), str(bare_dir / "lib" / "*")])
    defined = {
        "bare": java_cmd + ["-cp", bare_cp, "dev.jtauri.benchmarks.bare.BareJcefApp"],
        "jtauri": java_cmd + ["-jar", str(jtauri_jar)],
    }
    for spec in extra_variants:
        name, _, args = spec.partition("=")
        defined[name] = java_cmd + args.split()
    return defined


class Display:
    """An Xvfb server with openbox on it, for the length of the suite."""

    def __enter__(self):
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp",
                                      "-noreset"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        number = self.xvfb.stdout.readline().decode().strip()
        if not number:
            raise SystemExit("Xvfb did not start")
        self.display = ":" + number
        self.wm = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=self.display),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
        return self

    def __exit__(self, *exc):
        for process in (self.wm, self.xvfb):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def run_once(name, command, display, timeout, workdir):
    out = Path(workdir) / f"{name}-{time.monotonic_ns()}.json"
    log = Path(workdir) / f"{name}.log"
    env = dict(os.environ, DISPLAY=display, BENCH_OUT=str(out))
    with open(log, "ab") as log_file:
        launched = time.time() * 1000
        process = subprocess.Popen(command, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            code = process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return {"error": f"no result within {timeout} s (log: {log})"}
        ended = time.time() * 1000
    if not out.exists():
        return {"error": f"exited with {code} and no result (log: {log})"}
    results = json.loads(out.read_text())
    results["exitCode"] = code
    results["launchToExitMs"] = ended - launched
    for at, figure in (("firstScriptAt", "firstScriptMs"), ("firstInvokeAt", "firstInvokeMs"),
                       ("firstContentfulPaintAt", "firstPaintMs")):
        if results.get(at):
            results[figure] = results[at] - launched
    for kb, mb in (("idlePssKb", "idlePssMb"), ("finalPssKb", "finalPssMb")):
        if isinstance(results.get(kb), (int, float)) and results[kb] > 0:
            results[mb] = results[kb] / 1024
    return results


def summarize(values):
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def fmt(summary, unit):
    if summary is None:
        return "-"
    digits = 0 if unit in ("ms", "/s", "MB") else 1
    def num(v):
        return f"{v:,.{digits}f}"
    return f"{num(summary['median'])} ({num(summary['min'])}-{num(summary['max'])})"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each app (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs of each app first (default 1)")
    parser.add_argument("--timeout", type=int, default=240, help="seconds one run may take")
    parser.add_argument("--java", help="the java launcher (default: java on the PATH)")
    parser.add_argument("--apps", default="bare,jtauri", help="apps to run, in turn (default bare,jtauri)")
    parser.add_argument("--variant", action="append", default=[],
                        help="another app: name=<java arguments>, e.g. jtauri-cds=-XX:SharedArchiveFile=a.jsa -jar app.jar")
    parser.add_argument("--out", default=str(BENCHMARKS / "target" / "window-suite.json"), help="JSON results file")
    args = parser.parse_args()

    defined = apps(args.java, args.variant)
    chosen = args.apps.split(",")
    for name in chosen:
        if name not in defined:
            raise SystemExit(f"unknown app {name}; known: {', '.join(defined)}")
    for tool in ("Xvfb", "openbox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (apt-get install xvfb openbox)")

    runs = {name: [] for name in chosen}
    workdir = tempfile.mkdtemp(prefix="window-suite-")
    with Display() as display:
        for round_number in range(args.warmup + args.runs):
            measured = round_number >= args.warmup
            for name in chosen:
                result = run_once(name, defined[name], display.display, args.timeout, workdir)
                label = "run" if measured else "warm-up"
                status = result.get("error") or "ok"
                print(f"{label} {round_number + 1 - (args.warmup if measured else 0)} {name}: {status}",
                      file=sys.stderr, flush=True)
                if measured:
                    runs[name].append(result)

    table = {}
    for title, key, unit, better, target in FIGURES:
        row = {"unit": unit, "better": better, "target": target}
        for name in chosen:
            values = [r[key] for r in runs[name] if isinstance(r.get(key), (int, float))]
            row[name] = summarize(values)
        table[title] = row

    base = chosen[0]
    header = ["figure"] + chosen + [f"{n}/{base}" for n in chosen[1:]] + ["target"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for title, row in table.items():
        cells = [title] + [fmt(row[n], row["unit"]) for n in chosen]
        for name in chosen[1:]:
            if row[name] and row[base]:
                cells.append(f"{row[name]['median'] / row[base]['median']:.2f}x")
            else:
                cells.append("-")
        cells.append(row["target"])
        lines.append("| " + " | ".join(cells) + " |")
    print("\n".join(lines))
    errors = {n: [r["error"] for r in runs[n] if "error" in r] for n in chosen}
    for name, failures in errors.items():
        for failure in failures:
            print(f"{name}: {failure}")

    java_version = subprocess.run(java_command(args.java) + ["-version"], capture_output=True, text=True).stderr
    report = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "java": java_version.splitlines()[0]},
        "command": " ".join(sys.argv),
        "apps": {n: defined[n] for n in chosen},
        "table": table,
        "runs": runs,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2))
    print(f"\nresults: {args.out}; logs: {workdir}")


if __name__ == "__main__":
    main()
