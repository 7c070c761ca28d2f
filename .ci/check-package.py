#!/usr/bin/env python3
"""Checks the layout and metadata of the FeishuUatAnalyzer NuGet package.

    python3 .ci/check-package.py PATH [--repo DIR]

PATH is a .nupkg, or a folder holding FeishuUatAnalyzer.<version>.nupkg files
(the most recently written one is checked). --repo is the repository root used
to tell whether the code-fix project has a zh-Hans resource file (default: the
parent of this script's folder).

It prints one line per check and exits 1 if any check fails (2 if the package
cannot be found or read). Standard library only: the assembly references are
read from the .NET metadata of each packed DLL by the small reader below.
"""
import argparse
import glob
import os
import re
import struct
import sys
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile

PACKAGE_ID = "FeishuUatAnalyzer"
ANALYZER_DIR = "analyzers/dotnet/cs/"
MAX_ROSLYN = (4, 8, 0, 0)  # the oldest compiler the package supports: Visual Studio 17.8 / .NET SDK 8.0.1xx


# --------------------------------------------------------------------------------------------
# ECMA-335 metadata: just enough to list a module's AssemblyRef rows.
# --------------------------------------------------------------------------------------------

class MetadataError(Exception):
    pass


# Table numbers (ECMA-335 II.22) up to AssemblyRef, and the others a #~ stream may hold.
(MODULE, TYPEREF, TYPEDEF, FIELDPTR, FIELD, METHODPTR, METHODDEF, PARAMPTR, PARAM, INTERFACEIMPL,
 MEMBERREF, CONSTANT, CUSTOMATTRIBUTE, FIELDMARSHAL, DECLSECURITY, CLASSLAYOUT, FIELDLAYOUT,
 STANDALONESIG, EVENTMAP, EVENTPTR, EVENT, PROPERTYMAP, PROPERTYPTR, PROPERTY, METHODSEMANTICS,
 METHODIMPL, MODULEREF, TYPESPEC, IMPLMAP, FIELDRVA, ENCLOG, ENCMAP, ASSEMBLY, ASSEMBLYPROCESSOR,
 ASSEMBLYOS, ASSEMBLYREF, ASSEMBLYREFPROCESSOR, ASSEMBLYREFOS, FILE, EXPORTEDTYPE, MANIFESTRESOURCE,
 NESTEDCLASS, GENERICPARAM, METHODSPEC, GENERICPARAMCONSTRAINT) = range(0x2D)

# Coded indexes (II.24.2.6): the tables they may point to; the tag takes ceil(log2(len)) bits.
CODED = {
    "TypeDefOrRef": [TYPEDEF, TYPEREF, TYPESPEC],
    "HasConstant": [FIELD, PARAM, PROPERTY],
    "HasCustomAttribute": [METHODDEF, FIELD, TYPEREF, TYPEDEF, PARAM, INTERFACEIMPL, MEMBERREF, MODULE,
                           DECLSECURITY, PROPERTY, EVENT, STANDALONESIG, MODULEREF, TYPESPEC, ASSEMBLY,
                           ASSEMBLYREF, FILE, EXPORTEDTYPE, MANIFESTRESOURCE, GENERICPARAM,
                           GENERICPARAMCONSTRAINT, METHODSPEC],
    "HasFieldMarshal": [FIELD, PARAM],
    "HasDeclSecurity": [TYPEDEF, METHODDEF, ASSEMBLY],
    "MemberRefParent": [TYPEDEF, TYPEREF, MODULEREF, METHODDEF, TYPESPEC],
    "HasSemantics": [EVENT, PROPERTY],
    "MethodDefOrRef": [METHODDEF, MEMBERREF],
    "MemberForwarded": [FIELD, METHODDEF],
    "Implementation": [FILE, ASSEMBLYREF, EXPORTEDTYPE],
    # CustomAttributeType has five slots (0, 1 and 4 unused): 3 tag bits.
    "CustomAttributeType": [None, None, METHODDEF, MEMBERREF, None],
    "ResolutionScope": [MODULE, MODULEREF, ASSEMBLYREF, TYPEREF],
    "TypeOrMethodDef": [TYPEDEF, METHODDEF],
}

# Column layouts of the tables that precede AssemblyRef (and AssemblyRef itself).
# An int is a fixed width in bytes; "str"/"guid"/"blob" are heap indexes; ("t", N) an index into
# table N; ("c", name) a coded index.
SCHEMA = {
    MODULE: [2, "str", "guid", "guid", "guid"],
    TYPEREF: [("c", "ResolutionScope"), "str", "str"],
    TYPEDEF: [4, "str", "str", ("c", "TypeDefOrRef"), ("t", FIELD), ("t", METHODDEF)],
    FIELDPTR: [("t", FIELD)],
    FIELD: [2, "str", "blob"],
    METHODPTR: [("t", METHODDEF)],
    METHODDEF: [4, 2, 2, "str", "blob", ("t", PARAM)],
    PARAMPTR: [("t", PARAM)],
    PARAM: [2, 2, "str"],
    INTERFACEIMPL: [("t", TYPEDEF), ("c", "TypeDefOrRef")],
    MEMBERREF: [("c", "MemberRefParent"), "str", "blob"],
    CONSTANT: [2, ("c", "HasConstant"), "blob"],
    CUSTOMATTRIBUTE: [("c", "HasCustomAttribute"), ("c", "CustomAttributeType"), "blob"],
    FIELDMARSHAL: [("c", "HasFieldMarshal"), "blob"],
    DECLSECURITY: [2, ("c", "HasDeclSecurity"), "blob"],
    CLASSLAYOUT: [2, 4, ("t", TYPEDEF)],
    FIELDLAYOUT: [4, ("t", FIELD)],
    STANDALONESIG: ["blob"],
    EVENTMAP: [("t", TYPEDEF), ("t", EVENT)],
    EVENTPTR: [("t", EVENT)],
    EVENT: [2, "str", ("c", "TypeDefOrRef")],
    PROPERTYMAP: [("t", TYPEDEF), ("t", PROPERTY)],
    PROPERTYPTR: [("t", PROPERTY)],
    PROPERTY: [2, "str", "blob"],
    METHODSEMANTICS: [2, ("t", METHODDEF), ("c", "HasSemantics")],
    METHODIMPL: [("t", TYPEDEF), ("c", "MethodDefOrRef"), ("c", "MethodDefOrRef")],
    MODULEREF: ["str"],
    TYPESPEC: ["blob"],
    IMPLMAP: [2, ("c", "MemberForwarded"), "str", ("t", MODULEREF)],
    FIELDRVA: [4, ("t", FIELD)],
    ENCLOG: [4, 4],
    ENCMAP: [4],
    ASSEMBLY: [4, 2, 2, 2, 2, 4, "blob", "str", "str"],
    ASSEMBLYPROCESSOR: [4],
    ASSEMBLYOS: [4, 4, 4],
    ASSEMBLYREF: [2, 2, 2, 2, 4, "blob", "str", "str", "blob"],
}


def _u16(b, o):
    return struct.unpack_from("<H", b, o)[0]


def _u32(b, o):
    return struct.unpack_from("<I", b, o)[0]


def _rva_to_offset(sections, rva):
    for va, vsize, raw_size, raw_ptr in sections:
        if va <= rva < va + max(vsize, raw_size):
            off = rva - va + raw_ptr
            if rva - va >= raw_size:
                raise MetadataError(f"RVA 0x{rva:x} falls in a section's uninitialised tail")
            return off
    raise MetadataError(f"RVA 0x{rva:x} is in no section")


def metadata_root(data):
    """File offset and size of the CLI metadata root (II.24.2.1) of a PE image."""
    if len(data) < 0x40 or data[:2] != b"MZ":
        raise MetadataError("not a PE file (too short, or no MZ header)")
    pe = _u32(data, 0x3C)
    if data[pe:pe + 4] != b"PE\0\0":
        raise MetadataError("not a PE file (no PE signature)")
    coff = pe + 4
    nsections = _u16(data, coff + 2)
    opt_size = _u16(data, coff + 16)
    opt = coff + 20
    magic = _u16(data, opt)
    if magic == 0x10B:      # PE32
        ndirs_off, dirs_off = 92, 96
    elif magic == 0x20B:    # PE32+
        ndirs_off, dirs_off = 108, 112
    else:
        raise MetadataError(f"unknown optional header magic 0x{magic:x}")
    ndirs = _u32(data, opt + ndirs_off)
    if ndirs <= 14:
        raise MetadataError("no CLI header data directory: not a .NET assembly")
    cli_rva, cli_size = struct.unpack_from("<II", data, opt + dirs_off + 14 * 8)
    if cli_rva == 0:
        raise MetadataError("empty CLI header data directory: not a .NET assembly")
    sections = []
    sec = opt + opt_size
    for i in range(nsections):
        h = sec + 40 * i
        vsize, va, raw_size, raw_ptr = struct.unpack_from("<IIII", data, h + 8)
        sections.append((va, vsize, raw_size, raw_ptr))
    cli = _rva_to_offset(sections, cli_rva)
    md_rva, md_size = struct.unpack_from("<II", data, cli + 8)
    md = _rva_to_offset(sections, md_rva)
    if _u32(data, md) != 0x424A5342:
        raise MetadataError("bad metadata signature (expected BSJB)")
    return md, md_size


def metadata_streams(data, md):
    """{name: (file offset, size)} of the metadata streams (II.24.2.2)."""
    vlen = _u32(data, md + 12)
    p = md + 16 + vlen
    nstreams = _u16(data, p + 2)
    p += 4
    streams = {}
    for _ in range(nstreams):
        off, size = struct.unpack_from("<II", data, p)
        p += 8
        end = data.index(b"\0", p)
        name = data[p:end].decode("ascii")
        p = (end + 1 + 3) & ~3
        streams[name] = (md + off, size)
    return streams


def assembly_refs(data):
    """[(name, (major, minor, build, revision), culture)] for each AssemblyRef row of a .NET PE image."""
    md, _ = metadata_root(data)
    streams = metadata_streams(data, md)
    tables = streams.get("#~") or streams.get("#-")
    if tables is None:
        raise MetadataError("no #~ stream")
    if "#Strings" not in streams:
        raise MetadataError("no #Strings stream")
    strings_off, strings_size = streams["#Strings"]
    t, _ = tables
    heap_sizes = data[t + 6]
    valid = struct.unpack_from("<Q", data, t + 8)[0]
    p = t + 24
    rows = [0] * 64
    for i in range(64):
        if valid >> i & 1:
            rows[i] = _u32(data, p)
            p += 4
    if heap_sizes & 0x40:   # an uncompressed (#-) stream may carry 4 extra bytes here
        p += 4
    str_w = 4 if heap_sizes & 0x01 else 2
    guid_w = 4 if heap_sizes & 0x02 else 2
    blob_w = 4 if heap_sizes & 0x04 else 2

    def table_w(n):
        return 2 if rows[n] < 0x10000 else 4

    def coded_w(name):
        targets = CODED[name]
        bits = (len(targets) - 1).bit_length()
        biggest = max(rows[n] for n in targets if n is not None)
        return 2 if biggest < (1 << (16 - bits)) else 4

    def width(col):
        if isinstance(col, int):
            return col
        if col == "str":
            return str_w
        if col == "guid":
            return guid_w
        if col == "blob":
            return blob_w
        kind, arg = col
        return table_w(arg) if kind == "t" else coded_w(arg)

    # Rows of tables before AssemblyRef are skipped; every present table must be one we can size.
    for n in range(ASSEMBLYREF):
        if rows[n] and n not in SCHEMA:
            raise MetadataError(f"table 0x{n:02x} present but unknown")
        if rows[n]:
            p += rows[n] * sum(width(c) for c in SCHEMA[n])

    def string_at(index):
        if index >= strings_size:
            raise MetadataError(f"#Strings index {index} out of range")
        start = strings_off + index
        end = data.index(b"\0", start)
        return data[start:end].decode("utf-8")

    refs = []
    cols = SCHEMA[ASSEMBLYREF]
    for _ in range(rows[ASSEMBLYREF]):
        values = []
        q = p
        for c in cols:
            w = width(c)
            values.append(int.from_bytes(data[q:q + w], "little"))
            q += w
        p = q
        major, minor, build, revision, _flags, _key, name, culture, _hash = values
        refs.append((string_at(name), (major, minor, build, revision), string_at(culture)))
    return refs


# --------------------------------------------------------------------------------------------
# The package checks.
# --------------------------------------------------------------------------------------------

def find_package(path):
    if os.path.isfile(path):
        return path
    if os.path.isdir(path):
        pattern = re.compile(re.escape(PACKAGE_ID) + r"\.\d[^/]*\.nupkg")
        found = [p for p in glob.glob(os.path.join(path, PACKAGE_ID + ".*.nupkg"))
                 if pattern.fullmatch(os.path.basename(p)) and not p.endswith(".symbols.nupkg")]
        if found:
            return max(found, key=os.path.getmtime)
        sys.exit(f"no {PACKAGE_ID}.<version>.nupkg in {path}")
    sys.exit(f"no such file or folder: {path}")


def local(tag):
    return tag.rsplit("}", 1)[-1]


def child(elem, name):
    for c in elem:
        if local(c.tag) == name:
            return c
    return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("package", help="a .nupkg, or a folder holding FeishuUatAnalyzer.<version>.nupkg")
    ap.add_argument("--repo", default=os.path.dirname(here), help="the repository root (default: %(default)s)")
    args = ap.parse_args()

    nupkg = find_package(args.package)
    print(f"package {nupkg}")
    failures = []

    def check(ok, what, detail=""):
        print(f"{'ok  ' if ok else 'FAIL'}  {what}{(': ' + detail) if detail else ''}")
        if not ok:
            failures.append(what)

    try:
        z = zipfile.ZipFile(nupkg)
    except (zipfile.BadZipFile, OSError) as e:
        sys.exit(f"cannot open {nupkg} as a zip: {e}")
    with z:
        # NuGet escapes some characters in part names; compare the unescaped names.
        entries = {urllib.parse.unquote(i.filename): i for i in z.infolist() if not i.filename.endswith("/")}
        names = set(entries)

        for dll in ("FeishuUatAnalyzer.dll", "FeishuUatAnalyzer.CodeFixes.dll"):
            check(ANALYZER_DIR + dll in names, f"{ANALYZER_DIR}{dll} present")

        # The analyzer's Chinese strings ship as a zh-Hans satellite; the code fix's are embedded in its own
        # assembly (dotnet format loads every dll of the folder as an analyzer assembly, and finds no code fix
        # beside a satellite of the code-fix assembly), so check for the embedded resource instead.
        sat = "FeishuUatAnalyzer.resources.dll"
        check(ANALYZER_DIR + "zh-Hans/" + sat in names, f"{ANALYZER_DIR}zh-Hans/{sat} present")
        codefix = ANALYZER_DIR + "FeishuUatAnalyzer.CodeFixes.dll"
        if codefix in names:
            check(b"FeishuUatAnalyzer.CodeFixes.Resources.zh-Hans.resources" in z.read(entries[codefix]),
                  "code-fix assembly embeds its zh-Hans resources")
        check(ANALYZER_DIR + "zh-Hans/FeishuUatAnalyzer.CodeFixes.resources.dll" not in names,
              "no code-fix satellite beside the analyzers (dotnet format would lose the code fix)")

        under_lib = sorted(n for n in names if n.lower().startswith("lib/"))
        check(not under_lib, "nothing under lib/", ", ".join(under_lib))

        nuspecs = [n for n in names if "/" not in n and n.lower().endswith(".nuspec")]
        if len(nuspecs) != 1:
            check(False, "exactly one .nuspec at the package root", ", ".join(nuspecs) or "none")
            meta = None
        else:
            try:
                root = ET.fromstring(z.read(entries[nuspecs[0]]))
                meta = child(root, "metadata")
            except ET.ParseError as e:
                check(False, f"{nuspecs[0]} parses", str(e))
                meta = None
            if meta is None:
                check(False, f"{nuspecs[0]} has <metadata>")

        readme_path = None
        if meta is not None:
            deps = [d for d in meta.iter() if local(d.tag) == "dependency"]
            check(not deps, "nuspec lists no <dependency>",
                  ", ".join(f"{d.get('id')} {d.get('version')}" for d in deps))

            dev = child(meta, "developmentDependency")
            check(dev is not None and (dev.text or "").strip().lower() == "true",
                  "nuspec <developmentDependency>true</developmentDependency>",
                  "" if dev is not None else "missing")

            readme = child(meta, "readme")
            readme_path = (readme.text or "").strip().replace("\\", "/") if readme is not None else ""
            check(bool(readme_path), "nuspec has a <readme>", readme_path)

            lic = child(meta, "license")
            check(lic is not None and lic.get("type") == "expression" and (lic.text or "").strip() == "MIT",
                  'nuspec <license type="expression">MIT</license>',
                  "missing" if lic is None else f'type="{lic.get("type")}" {(lic.text or "").strip()}')

            repo = child(meta, "repository")
            check(repo is not None and bool(repo.get("url")), "nuspec has a <repository> with a url",
                  "" if repo is None else repo.get("url") or "no url")

            tags = child(meta, "tags")
            tag_text = (tags.text or "").strip() if tags is not None else ""
            check(bool(tag_text), "nuspec has <tags>", tag_text)

        if readme_path:
            check(readme_path in names, f"readme {readme_path} is in the package")
        license_files = sorted(n for n in names if "/" not in n and re.fullmatch(r"LICEN[CS]E(\.\w+)?", n, re.I))
        check(bool(license_files), "LICENSE file is in the package", ", ".join(license_files))

        dlls = sorted(n for n in names if n.lower().endswith(".dll"))
        bad = []
        unreadable = []
        for n in dlls:
            try:
                refs = assembly_refs(z.read(entries[n]))
            except (MetadataError, struct.error, ValueError, IndexError, UnicodeDecodeError) as e:
                unreadable.append(f"{n} ({e})")
                continue
            roslyn = [(name, ver) for name, ver, _ in refs if name.startswith("Microsoft.CodeAnalysis")]
            shown = ", ".join(f"{name} {'.'.join(map(str, ver))}" for name, ver in roslyn) or "no Microsoft.CodeAnalysis*"
            print(f"      {n}: {len(refs)} assembly references; {shown}")
            bad += [f"{n} -> {name} {'.'.join(map(str, ver))}" for name, ver in roslyn if ver > MAX_ROSLYN]
        check(not unreadable, "every packed assembly's metadata is readable", "; ".join(unreadable))
        check(bool(dlls) and not bad,
              f"no packed assembly references Microsoft.CodeAnalysis* above {'.'.join(map(str, MAX_ROSLYN))}",
              "; ".join(bad) if bad else ("" if dlls else "no assemblies in the package"))

    if failures:
        print(f"package check: FAIL ({len(failures)} of the checks above failed)")
        sys.exit(1)
    print("package check: PASS")


if __name__ == "__main__":
    main()
