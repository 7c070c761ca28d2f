#!/usr/bin/env python3
"""Drives a C# language server (csharp-ls) over stdio the way an editor does, and checks FSUAT001 in it.

  python3 .ci/lsp_editor_check.py --server CSHARP_LS --workspace DIR --file DIR/Rooms.cs \
      --method SendAsync --before 'userAccessToken)' --after 'await FetchAppTokenAsync())' --severity warning

1. open FILE; pull diagnostics (textDocument/diagnostic) until FSUAT001 shows up (the project loads in the
   background, so early answers are empty); its range must be the name METHOD on the line that calls it,
   computed from the file's text, and its severity SEVERITY;
2. didChange: BEFORE -> AFTER on the line that sets the Bearer token (a tenant token); FSUAT001 must go away,
   and no compiler error may take its place (an edit that breaks the code would also "remove" it);
3. didChange back to the original text (undo); FSUAT001 must come back at the same range.
The last line printed is "editor check: PASS (...)" or "editor check: FAIL (...)"; the exit code follows it.

csharp-ls runs analyzers only when the client answers its workspace/configuration request for the section
"csharp" with analyzersEnabled: true (initializationOptions are not read for that), so this client answers
the server's requests as an editor would. --analyzers-enabled false is there to see the check fail.
"""
import argparse
import json
import os
import pathlib
import queue
import subprocess
import sys
import threading
import time

SEVERITIES = {1: "error", 2: "warning", 3: "info", 4: "hint"}


class Failure(Exception):
    pass


class Server:
    """One language server process: JSON-RPC with Content-Length framing on its stdin/stdout."""

    def __init__(self, command, cwd, stderr_path, settings, workspace_uri):
        self.settings = settings
        self.workspace_uri = workspace_uri
        self.stderr_file = open(stderr_path, "wb")
        self.proc = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.stderr_file)
        self.next_id = 1
        self.lock = threading.Lock()
        self.pending = {}  # request id -> queue for its answer
        self.log = []  # window/logMessage and window/showMessage texts, for the failure report
        self.config_requests = []  # what the server asked in workspace/configuration
        self.capabilities = {}
        threading.Thread(target=self._read_loop, daemon=True).start()

    # --- wire
    def _send(self, message):
        body = json.dumps(message).encode("utf-8")
        with self.lock:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()

    def _read_message(self):
        headers = {}
        while True:
            line = self.proc.stdout.readline()
            if not line:
                return None
            line = line.strip()
            if not line:
                break
            name, _, value = line.decode("ascii").partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers["content-length"])
        data = b""
        while len(data) < length:
            chunk = self.proc.stdout.read(length - len(data))
            if not chunk:
                return None
            data += chunk
        return json.loads(data.decode("utf-8"))

    def _read_loop(self):
        while True:
            try:
                message = self._read_message()
            except Exception as error:  # a broken frame ends the session; the waiter reports it
                self.log.append(f"(client) unreadable message: {error!r}")
                message = None
            if message is None:
                for waiter in list(self.pending.values()):
                    waiter.put({"error": {"code": -1, "message": "the server closed its output"}})
                return
            if "method" in message and "id" in message:
                self._answer_server_request(message)
            elif "method" in message:
                self._on_notification(message)
            else:
                waiter = self.pending.pop(message.get("id"), None)
                if waiter is not None:
                    waiter.put(message)

    # --- what the server asks of the editor
    def _answer_server_request(self, message):
        method, params = message["method"], message.get("params") or {}
        if method == "workspace/configuration":
            self.config_requests.append(params)
            result = [self._section(item.get("section")) for item in params.get("items", [])]
        elif method in ("client/registerCapability", "client/unregisterCapability",
                        "window/workDoneProgress/create", "workspace/diagnostic/refresh",
                        "workspace/semanticTokens/refresh", "workspace/inlayHint/refresh",
                        "workspace/codeLens/refresh", "window/showMessageRequest"):
            result = None
        elif method == "workspace/workspaceFolders":
            result = [{"uri": self.workspace_uri, "name": "consumer"}]
        elif method == "workspace/applyEdit":
            result = {"applied": False}
        else:
            self._send({"jsonrpc": "2.0", "id": message["id"],
                        "error": {"code": -32601, "message": f"not handled by this client: {method}"}})
            return
        self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})

    def _section(self, section):
        if not section:
            return self.settings
        value = self.settings
        for part in section.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        return value

    def _on_notification(self, message):
        if message["method"] in ("window/logMessage", "window/showMessage"):
            self.log.append(message["params"].get("message", ""))

    # --- what the editor says
    def request(self, method, params, timeout):
        with self.lock:
            request_id = self.next_id
            self.next_id += 1
        waiter = queue.Queue()
        self.pending[request_id] = waiter
        self._send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        try:
            answer = waiter.get(timeout=timeout)
        except queue.Empty:
            self.pending.pop(request_id, None)
            raise Failure(f"no answer to {method} within {timeout:.0f} s")
        if "error" in answer:
            raise Failure(f"{method} failed: {answer['error'].get('message')}")
        return answer.get("result")

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def stop(self):
        try:
            if self.proc.poll() is None:
                self.request("shutdown", None, timeout=20)
                self.notify("exit", None)
                self.proc.wait(timeout=10)
        except Exception:
            pass
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.stderr_file.close()


def expected_range(text, method):
    """The range of METHOD's name where it is called ("METHOD("), from the text; the file must call it once."""
    lines = text.split("\n")
    hits = [(number, line.index(method + "(")) for number, line in enumerate(lines) if method + "(" in line]
    if len(hits) != 1:
        raise Failure(f"expected one call of {method}( in the test file, found {len(hits)}")
    line, character = hits[0]
    # LSP columns count UTF-16 code units: the same as characters for the ASCII prefix checked here.
    if not lines[line][:character].isascii():
        raise Failure("the test file's line before the call must be ASCII")
    return {"start": {"line": line, "character": character},
            "end": {"line": line, "character": character + len(method)}}


def show_range(r):
    # Shown 1-based, as compilers and editors show them: line:column-column.
    return f"{r['start']['line'] + 1}:{r['start']['character'] + 1}-{r['end']['character'] + 1}"


def pull(server, uri):
    report = server.request("textDocument/diagnostic", {"textDocument": {"uri": uri}}, timeout=120)
    if not report or report.get("kind") != "full":
        return None  # "unchanged" or nothing: not a fresh answer
    return report.get("items", [])


def fsuat001(items):
    return [d for d in items if str(d.get("code")) == "FSUAT001"]


def describe(items):
    return "; ".join(f"{d.get('code')} {SEVERITIES.get(d.get('severity'), d.get('severity'))} "
                     f"{show_range(d['range'])}" for d in items) or "none"


def wait_for(server, uri, want, deadline, what):
    """Pulls until want(items) holds twice in a row (so a stale answer cannot pass alone) or the deadline."""
    last, streak = None, 0
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise Failure(f"the server exited (code {server.proc.returncode}) while waiting for {what}")
        try:
            items = pull(server, uri)
        except Failure as error:  # the project may still be loading
            last = str(error)
            items = None
        if items is not None:
            last = items
            streak = streak + 1 if want(items) else 0
            if streak >= 2:
                return items
        time.sleep(2)
    seen = describe(last) if isinstance(last, list) else (last or "no answer")
    raise Failure(f"timed out waiting for {what}; last diagnostics: {seen}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--server", required=True, help="the csharp-ls executable")
    parser.add_argument("--server-label", default="csharp-ls", help="how to name the server in the last line")
    parser.add_argument("--name", default="editor check", help="how the last line starts")
    parser.add_argument("--workspace", required=True, help="the folder with the restored consumer project")
    parser.add_argument("--file", required=True, help="the C# file with one FSUAT001")
    parser.add_argument("--method", required=True, help="the send method FSUAT001 must cover (e.g. SendAsync)")
    parser.add_argument("--before", required=True, help="text on the token line that sends the user token")
    parser.add_argument("--after", required=True, help="what replaces it so that a tenant token is sent")
    parser.add_argument("--severity", default="warning", choices=sorted(SEVERITIES.values()))
    parser.add_argument("--analyzers-enabled", default="true", choices=["true", "false"],
                        help="the answer to workspace/configuration (false: to see this check fail)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds for the project to load")
    parser.add_argument("--stderr", default=None, help="where to keep the server's stderr")
    args = parser.parse_args()

    workspace = pathlib.Path(args.workspace).resolve()
    path = pathlib.Path(args.file).resolve()
    uri = path.as_uri()
    original = path.read_text(encoding="utf-8")
    if original.count(args.before) != 1:
        print(f"{args.name}: FAIL (the test file must contain {args.before!r} exactly once)")
        return 1
    edited = original.replace(args.before, args.after)
    stderr_path = args.stderr or str(workspace / "csharp-ls.stderr.log")
    settings = {"csharp": {"analyzersEnabled": args.analyzers_enabled == "true"}}

    server = Server([args.server], str(workspace), stderr_path, settings, workspace.as_uri())
    try:
        want = expected_range(original, args.method)
        init = server.request("initialize", {
            "processId": os.getpid(),
            "clientInfo": {"name": "fsuat-editor-check"},
            "rootUri": workspace.as_uri(),
            "workspaceFolders": [{"uri": workspace.as_uri(), "name": "consumer"}],
            "capabilities": {
                "workspace": {"configuration": True, "workspaceFolders": True,
                              "didChangeConfiguration": {"dynamicRegistration": True},
                              "diagnostics": {"refreshSupport": False}},
                "textDocument": {"synchronization": {"dynamicRegistration": True},
                                 "diagnostic": {"dynamicRegistration": True, "relatedDocumentSupport": False},
                                 "publishDiagnostics": {"relatedInformation": False}},
                "window": {"workDoneProgress": True},
            },
        }, timeout=120)
        server.capabilities = (init or {}).get("capabilities", {})
        if "diagnosticProvider" not in server.capabilities:
            server.log.append("(client) the server did not announce diagnosticProvider in initialize; "
                              "it may register it later")
        server.notify("initialized", {})
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "csharp", "version": 1, "text": original}})
        deadline = time.monotonic() + args.timeout

        # 1. FSUAT001 on the send method's name, with the expected severity.
        items = wait_for(server, uri, lambda found: bool(fsuat001(found)), deadline,
                         f"FSUAT001 in {path.name} (is the project loaded and are analyzers on?)")
        found = fsuat001(items)
        if len(found) != 1:
            raise Failure(f"expected one FSUAT001, got {len(found)}: {describe(found)}")
        got = found[0]
        if got["range"] != want:
            raise Failure(f"FSUAT001 at {show_range(got['range'])}, expected {show_range(want)} "
                          f"(the name {args.method})")
        severity = SEVERITIES.get(got.get("severity"), str(got.get("severity")))
        if severity != args.severity:
            raise Failure(f"FSUAT001 is {severity}, expected {args.severity}")
        print(f"ok    FSUAT001 at {show_range(want)} ({args.method}), {severity}")

        # 2. Send a tenant token instead: FSUAT001 goes away, and the code still compiles.
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                                 "contentChanges": [{"text": edited}]})
        edit_deadline = time.monotonic() + 120
        items = wait_for(server, uri, lambda found: not fsuat001(found), edit_deadline,
                         "FSUAT001 to go after switching to a tenant token")
        errors = [d for d in items if d.get("severity") == 1]
        if errors:
            raise Failure(f"the edited file has errors, so the check proves nothing: {describe(errors)}")
        print(f"ok    after {args.before!r} -> {args.after!r}: no FSUAT001 ({describe(items)})")

        # 3. Undo: FSUAT001 comes back where it was.
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                                 "contentChanges": [{"text": original}]})
        items = wait_for(server, uri, lambda found: bool(fsuat001(found)), time.monotonic() + 120,
                         "FSUAT001 to come back after the undo")
        back = fsuat001(items)
        if len(back) != 1 or back[0]["range"] != want or back[0].get("severity") != got.get("severity"):
            raise Failure(f"after the undo FSUAT001 is {describe(back)}, expected {show_range(want)} {severity}")
        print(f"ok    after the undo: FSUAT001 at {show_range(want)} again")
        print(f"{args.name}: PASS ({args.server_label}: FSUAT001 at {show_range(want)} {severity}; "
              "gone after switching to a tenant token; back after undo)")
        return 0
    except Failure as error:
        print("--- workspace/configuration requests from the server:")
        for params in server.config_requests[-5:]:
            print("  ", json.dumps(params))
        print("--- server log (last 15 messages):")
        for line in server.log[-15:]:
            print("  ", line[:400])
        server.stderr_file.flush()
        tail = pathlib.Path(stderr_path).read_text(errors="replace").splitlines()[-20:]
        print(f"--- server stderr (last {len(tail)} lines of {stderr_path}):")
        for line in tail:
            print("  ", line[:400])
        print(f"{args.name}: FAIL ({error})")
        return 1
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
