#!/usr/bin/env python3
"""Writes the seed corpus in fuzz/corpus/<fuzzer>/ from the API references and from traffic recorded
between ponte-cli and ponte-sim by record-traffic.py. Small files only (each capped), named by content
hash so that re-running it is idempotent.
Usage: make-corpus.py REFERENCE_DIR [RECORDED_DIR...]"""
import hashlib
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
CAP = 4096
PER_FUZZER = 60
counts = {}


def put(fuzzer, data):
    if isinstance(data, str):
        data = data.encode()
    data = data[:CAP]
    if counts.get(fuzzer, 0) >= PER_FUZZER:
        return
    d = os.path.join(here, "corpus", fuzzer)
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, hashlib.sha1(data).hexdigest()[:16])
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)
    counts[fuzzer] = counts.get(fuzzer, 0) + 1


def json_blocks(text):
    for block in re.findall(r"```json\n(.*?)```", text, re.S):
        try:
            yield json.loads(block)
        except ValueError:
            for line in block.splitlines():  # some blocks hold one object per line
                try:
                    yield json.loads(line)
                except ValueError:
                    pass


def from_references(refdir):
    omie = open(os.path.join(refdir, "omie-api.md"), encoding="utf-8").read()
    ploomes = open(os.path.join(refdir, "ploomes-api.md"), encoding="utf-8").read()
    # Omie faults from the table of exact strings (§4.2): faultstring and faultcode cells.
    for fault, code in re.findall(r"\| `(ERROR:[^`]*|O código[^`]*)` [^|]*\| `?([^|`]*)`?", omie):
        body = json.dumps({"faultstring": fault, "faultcode": code.strip()}, ensure_ascii=False)
        put("omie_reply", b"\x02" + body.encode())  # first byte: HTTP 500
        put("omie_reply", b"\x00" + body.encode())  # HTTP 200
    for doc in json_blocks(omie):
        body = json.dumps(doc, ensure_ascii=False)
        put("omie_reply", b"\x00" + body.encode())
        if isinstance(doc, dict) and "topic" in doc:
            put("webhook_payload", body)
            # one event per topic family of §5.3, with the id key each family carries
            for topic, key in (("ClienteFornecedor.Alterado", "codigo_cliente_omie"), ("Produto.Incluido", "codigo_produto"),
                               ("Servico.Alterado", "nCodServ"), ("VendaProduto.Faturada", "idPedido"),
                               ("Vendedor.Excluido", "codigo"), ("Financas.ContaReceber.BaixaRealizada", "x")):
                event = [{"x": 1}] if key == "x" else {key: 6289226831, "idCliente": 1}
                put("webhook_payload", json.dumps(dict(doc, topic=topic, event=event), ensure_ascii=False))
    put("webhook_payload", '{"ping":"omie"}')
    # Webhook deliveries as the receiver gets them: Content-Length and chunked framing, the token forms.
    for doc in json_blocks(omie):
        if isinstance(doc, dict) and "topic" in doc:
            body = json.dumps(doc).encode()
            put("http_request", b"POST /webhooks/omie?token=t0k3n HTTP/1.1\r\nHost: 127.0.0.1:8090\r\n"
                b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
            put("http_request", b"POST /webhooks/omie HTTP/1.1\r\nHost: h\r\nX-Ponte-Token: t\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n%x;x=1\r\n" % len(body) + body + b"\r\n0\r\nT: v\r\n\r\n")
    put("http_request", b"GET /webhooks/omie HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
        b"GET /webhooks/omie HTTP/1.1\r\nConnection: close\r\n\r\n")
    for doc in json_blocks(ploomes):
        body = json.dumps(doc, ensure_ascii=False)
        put("ploomes_reply", b"\x00" + body.encode())
        if isinstance(doc, dict) and ("Entity" in doc or "New" in doc):
            put("webhook_payload", body)
            # the same capture for each entity Ponte follows, and a delete (only Old)
            for entity, action in (("Contacts", "Update"), ("Orders", "Create"), ("Products", "Update"),
                                   ("User", "Delete")):
                variant = dict(doc, Entity=entity, Action=action)
                if action == "Delete":
                    variant.pop("New", None)
                put("webhook_payload", json.dumps(variant, ensure_ascii=False))
    for msg in re.findall(r'\{"error":\{"message":"[^"]*"\}\}|\{"Message":"[^"]*"\}', ploomes):
        put("ploomes_reply", b"\x01" + msg.encode())
    for lit in ["O'Brien", "a''b", "50% + 3", "#&=?", "ação", "", "'", "\\", "é\u00e9", "\t\n", "a b+c"]:
        put("odata_literal", lit)


def split_requests(stream):
    """Splits a recorded client stream into requests (Content-Length framing, as the client sends)."""
    out = []
    while stream:
        end = stream.find(b"\r\n\r\n")
        if end < 0:
            break
        head = stream[:end].decode("latin-1")
        m = re.search(r"(?im)^content-length:\s*(\d+)", head)
        total = end + 4 + (int(m.group(1)) if m else 0)
        out.append(stream[:total])
        stream = stream[total:]
    return out


def split_responses(stream):
    out = []
    while stream:
        end = stream.find(b"\r\n\r\n")
        if end < 0:
            break
        head = stream[:end].decode("latin-1")
        m = re.search(r"(?im)^content-length:\s*(\d+)", head)
        total = end + 4 + (int(m.group(1)) if m else 0)
        out.append((stream[:total], stream[end + 4 : total], head))
        stream = stream[total:]
    return out


def from_recording(recdir):
    for name in sorted(os.listdir(recdir)):
        data = open(os.path.join(recdir, name), "rb").read()
        if name.endswith(".request"):
            for req in split_requests(data):
                if len(req) <= CAP:
                    put("http_request", req)
                body = req[req.find(b"\r\n\r\n") + 4 :]
                if body.startswith(b"{") and counts.get("mapping_import", 0) < 8:
                    put("mapping_import", body)  # a few other JSON shapes; the exported mapping is the main seed
        elif name.endswith(".response"):
            for raw, body, head in split_responses(data):
                put("http_response", b"\x00\x05" + raw)
                status = int(head.split(" ")[1]) if " " in head else 200
                target = "omie_reply" if b"faultstring" in body or b"codigo_" in body else "ploomes_reply"
                put(target, (b"\x00" if status == 200 else b"\x02") + body)
                # the same reply re-framed as chunked, so that the chunk parser has real seeds too
                if len(body) < 2048:
                    h = raw[: raw.find(b"\r\n\r\n")].decode("latin-1")
                    h = re.sub(r"(?im)^content-length:.*\r?\n?", "", h).rstrip("\r\n")
                    chunked = (h + "\r\nTransfer-Encoding: chunked\r\n\r\n").encode("latin-1")
                    half = len(body) // 2
                    for part in (body[:half], body[half:]):
                        if part:
                            chunked += b"%x\r\n" % len(part) + part + b"\r\n"
                    put("http_response", b"\x03\x07" + chunked + b"0\r\n\r\n")


from_references(sys.argv[1])
for recdir in sys.argv[2:]:
    from_recording(recdir)
for name, n in sorted(counts.items()):
    print("%s: %d seeds" % (name, n))
