"""Batch API routes for the fake OpenAI server: /v1/files (upload, content) and /v1/batches.

``install_batch_api(fake)`` adds the routes to a started ``FakeOpenAI``. A batch runs its
requests through the server's own chat handler (``smart_judge`` unless a test replaced it),
after ``polls`` retrieves, so polling, output files and error files are all exercised::

    api = install_batch_api(openai_fake, polls=2, fail=lambda custom_id: custom_id == bad_key)
    ...
    assert api.executed == 3   # chat requests the batch ran
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from openai_fake import CHAT, FakeOpenAI, Reply, Request, error_reply


@dataclass
class BatchAPI:
    fake: FakeOpenAI
    polls: int = 1  # retrieves before a batch completes
    fail: Callable[[str], bool] | None = None  # custom_ids answered in the error file
    drop: Callable[[str], bool] | None = None  # custom_ids missing from both files
    end_status: str = "completed"
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    batches: dict[str, dict[str, Any]] = field(default_factory=dict)
    executed: int = 0  # chat requests run inside batches
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # ---- helpers
    def _new_file(self, data: bytes, filename: str, purpose: str) -> dict[str, Any]:
        fid = f"file-{len(self.files) + 1:04d}"
        meta = {"id": fid, "object": "file", "bytes": len(data), "created_at": int(time.time()),
                "filename": filename, "purpose": purpose, "status": "processed"}
        self.files[fid] = {"meta": meta, "data": data}
        return meta

    def _chat_handler(self) -> Callable[[Request], Reply]:
        for method, path, _, handler in self.fake._routes:
            if method == "POST" and path == CHAT:
                return handler
        raise RuntimeError("no chat handler")

    def _run(self, batch: dict[str, Any]) -> None:
        handler = self._chat_handler()
        out, err = [], []
        completed = failed = 0
        lines = self.files[batch["input_file_id"]]["data"].decode().splitlines()
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            req_line = json.loads(line)
            cid = req_line["custom_id"]
            if self.drop and self.drop(cid):
                continue
            if self.fail and self.fail(cid):
                failed += 1
                err.append({"id": f"batch_req_{i}", "custom_id": cid, "response": {"status_code": 500, "request_id": f"r{i}",
                            "body": {"error": {"message": "fake upstream failure", "type": "server_error"}}}, "error": None})
                continue
            body = json.dumps(req_line["body"]).encode()
            reply = handler(Request("POST", CHAT, {}, {"content-type": "application/json"}, body))
            self.executed += 1
            entry = {"id": f"batch_req_{i}", "custom_id": cid,
                     "response": {"status_code": reply.status, "request_id": f"r{i}", "body": reply.body}, "error": None}
            if reply.status == 200:
                completed += 1
                out.append(entry)
            else:
                failed += 1
                err.append(entry)
        if out:
            batch["output_file_id"] = self._new_file("".join(json.dumps(o) + "\n" for o in out).encode(), "output.jsonl", "batch_output")["id"]
        if err:
            batch["error_file_id"] = self._new_file("".join(json.dumps(o) + "\n" for o in err).encode(), "errors.jsonl", "batch_output")["id"]
        batch["request_counts"] = {"total": len([ln for ln in lines if ln.strip()]), "completed": completed, "failed": failed}
        batch["status"] = self.end_status
        batch["completed_at"] = int(time.time())

    # ---- routes
    def upload(self, req: Request) -> Reply:
        msg = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + req.headers["content-type"].encode() + b"\r\n\r\n" + req.body)
        purpose, data, filename = None, b"", "upload"
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name == "purpose":
                purpose = part.get_content().strip() if isinstance(part.get_content(), str) else part.get_content().decode().strip()
            elif name == "file":
                data = part.get_payload(decode=True) or b""
                filename = part.get_filename() or filename
        if purpose != "batch":
            return error_reply(400, f"purpose must be batch, got {purpose!r}")
        for line in data.decode().splitlines():
            if line.strip():
                doc = json.loads(line)
                if not {"custom_id", "method", "url", "body"} <= set(doc):
                    return error_reply(400, "each line needs custom_id, method, url, body")
        with self._lock:
            return Reply(200, self._new_file(data, filename, purpose))

    def content(self, req: Request) -> Reply:
        f = self.files.get(req.params["file_id"])
        if f is None:
            return error_reply(404, "no such file", code="not_found")
        return Reply(200, f["data"])

    def create(self, req: Request) -> Reply:
        doc = req.json or {}
        if doc.get("endpoint") != CHAT or doc.get("completion_window") != "24h":
            return error_reply(400, "endpoint must be /v1/chat/completions and completion_window 24h")
        if doc.get("input_file_id") not in self.files:
            return error_reply(400, "unknown input_file_id")
        with self._lock:
            bid = f"batch_{len(self.batches) + 1:04d}"
            batch = {"id": bid, "object": "batch", "endpoint": CHAT, "input_file_id": doc["input_file_id"],
                     "completion_window": "24h", "status": "validating", "created_at": int(time.time()),
                     "metadata": doc.get("metadata"), "output_file_id": None, "error_file_id": None,
                     "request_counts": {"total": 0, "completed": 0, "failed": 0}, "_polls": 0}
            self.batches[bid] = batch
        return Reply(200, _public(batch))

    def retrieve(self, req: Request) -> Reply:
        with self._lock:
            batch = self.batches.get(req.params["batch_id"])
            if batch is None:
                return error_reply(404, "no such batch", code="not_found")
            if batch["status"] not in ("completed", "failed", "expired", "cancelled"):
                batch["_polls"] += 1
                batch["status"] = "in_progress"
                if batch["_polls"] >= self.polls:
                    self._run(batch)
            return Reply(200, _public(batch))


def _public(batch: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in batch.items() if not k.startswith("_")}


def install_batch_api(fake: FakeOpenAI, **kw: Any) -> BatchAPI:
    api = BatchAPI(fake, **kw)
    fake.route("POST", "/v1/files", api.upload)
    fake.route("GET", "/v1/files/{file_id}/content", api.content)
    fake.route("POST", "/v1/batches", api.create)
    fake.route("GET", "/v1/batches/{batch_id}", api.retrieve)
    return api
