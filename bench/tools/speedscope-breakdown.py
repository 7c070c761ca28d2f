#!/usr/bin/env python3
"""Where the time under the analyzer's callbacks goes, from a BenchmarkDotNet EventPipe profile.

    dotnet run -c Release --project bench/FeishuUatAnalyzer.Benchmarks -- --quick --no-interleaved \
        --filter '*AnalyzerBenchmarks.FeishuUat*' --profiler EP
    python3 bench/tools/speedscope-breakdown.py BenchmarkDotNet.Artifacts/...Http...speedscope.json

The EventPipe sampler records every managed thread every millisecond, running or waiting; so only the time
under the analyzer's entry points is looked at, split (1) by what Roslyn work the analyzer asked for (binding
through SemanticModel.GetOperation, symbol lookups, syntax walks) versus its own code, and (2) by the
analyzer's own phases (the innermost of a set of its methods on the stack).
"""
import argparse
import collections
import json

ROSLYN = [
    ("GetOperation (binds method bodies; the driver binds them too)", "GetOperationWorker"),
    ("GetSymbolInfo / GetDeclaredSymbol (binding)", "GetSymbolInfo"),
    ("GetSymbolInfo / GetDeclaredSymbol (binding)", "GetDeclaredSymbol"),
    ("syntax walks (DescendantNodes)", "DescendantNodes"),
    ("GetTypeByMetadataName", "GetTypeByMetadataName"),
    ("waiting (locks, Monitor, WaitHandle)", "Monitor.Enter"),
    ("waiting (locks, Monitor, WaitHandle)", "WaitHandle"),
    ("waiting (locks, Monitor, WaitHandle)", "SpinWait"),
    ("waiting (locks, Monitor, WaitHandle)", "ReaderWriterLock"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("profile")
    parser.add_argument("--module", default="FeishuUatAnalyzer!FeishuUatAnalyzer.")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()

    data = json.load(open(args.profile))
    frames = [f["name"] for f in data["shared"]["frames"]]
    mine = [args.module in n and "Benchmarks" not in n for n in frames]

    def short(name):
        name = name.split("!", 1)[-1]
        return name.split("(", 1)[0]

    by_kind = collections.Counter()
    by_phase = collections.Counter()
    by_method_self = collections.Counter()
    total = 0.0
    for profile in data["profiles"]:
        stack = []
        last = None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack:
                dt = at - last
                idx = [i for i, f in enumerate(stack) if mine[f]]
                if idx:
                    total += dt
                    below = stack[idx[-1] + 1:]  # frames called by the innermost analyzer frame
                    kind = "analyzer's own code (and the BCL it calls)"
                    for label, needle in ROSLYN:
                        if any(needle in frames[f] for f in below):
                            kind = label
                            break
                    else:
                        if any("Microsoft.CodeAnalysis" in frames[f] for f in below):
                            kind = "other Roslyn calls (symbols, operations)"
                    by_kind[kind] += dt
                    by_phase[short(frames[stack[idx[-1]]])] += dt
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            else:
                while stack:
                    if stack.pop() == event["frame"]:
                        break

    print(f"time under the analyzer's callbacks (all threads, all iterations of the profiled run): {total / 1000:.1f} s")
    print("\nby what it is spent on:")
    for kind, ms in by_kind.most_common():
        print(f"  {ms / 1000:8.2f} s  {ms / total * 100:5.1f}%  {kind}")
    print("\nby the innermost analyzer method on the stack (its own code plus the non-analyzer code it calls):")
    for name, ms in by_phase.most_common(args.top):
        print(f"  {ms / 1000:8.2f} s  {ms / total * 100:5.1f}%  {name}")


if __name__ == "__main__":
    main()
